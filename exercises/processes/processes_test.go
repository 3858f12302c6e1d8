package processes

// The children in these tests are this test binary started again: TestMain
// sees childEnv in its environment and runs one of the child programs below
// instead of the tests, the Go way to stand in for the seed's os.fork().

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"

	"go.uber.org/goleak"
)

// childEnv tells a copy of this test binary which child program to run.
const childEnv = "RACEKIT_PROCESSES_CHILD"

// floodSize is how much the "flood" child writes to stdout and to stderr
// each: far more than a pipe holds (64 KiB on Linux).
const floodSize = 1 << 20

// TestMain runs a child program when this binary was started as a child, and
// the tests otherwise; then it fails the run if any goroutine is still alive.
func TestMain(m *testing.M) {
	if mode, ok := os.LookupEnv(childEnv); ok {
		os.Exit(runChildProgram(mode))
	}
	goleak.VerifyTestMain(m)
}

// counter is changed by the "hello" child in its own copy of memory; the
// parent's stays what the parent made it.
var counter int

// runChildProgram is main for a child; it returns the exit status.
func runChildProgram(mode string) int {
	switch mode {
	case "hello":
		counter++
		fmt.Printf("pid=%d ppid=%d counter=%d\n", os.Getpid(), os.Getppid(), counter)
	case "both":
		fmt.Fprint(os.Stdout, "to stdout\n")
		fmt.Fprint(os.Stderr, "to stderr\n")
	case "fail":
		fmt.Fprint(os.Stderr, "bye\n")
		return 3
	case "flood":
		// Alternate 4 KiB writes to stdout and stderr, like a program that
		// logs while it works. A write blocks while its pipe is full.
		out, errOut := flood('a'), flood('A')
		for i := 0; i < floodSize; i += 4096 {
			os.Stdout.Write(out[i : i+4096])
			os.Stderr.Write(errOut[i : i+4096])
		}
	default:
		fmt.Fprintf(os.Stderr, "unknown child mode %q\n", mode)
		return 2
	}
	return 0
}

// flood returns what the "flood" child writes to one stream: floodSize
// bytes cycling through the 26 letters from first.
func flood(first byte) []byte {
	b := make([]byte, 0, floodSize)
	for i := 0; len(b) < floodSize; i++ {
		b = append(b, bytes.Repeat([]byte{first + byte(i%26)}, 4096)...)
	}
	return b
}

// child returns a command that starts this test binary again as the child
// program mode.
func child(t *testing.T, mode string) *exec.Cmd {
	t.Helper()
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(self)
	cmd.Env = append(os.Environ(),
		childEnv+"="+mode,
		// A -race binary sleeps 1 s at exit unless told not to.
		"GORACE="+os.Getenv("GORACE")+" atexit_sleep_ms=0")
	return cmd
}

// runChild runs the child program mode with Run, and checks that the child
// is gone once Run has returned: waited for, not left as a zombie.
func runChild(t *testing.T, mode string) (Result, error) {
	t.Helper()
	res, err := Run(child(t, mode))
	if res.PID <= 0 {
		t.Fatalf("Run returned the child's PID as %d, want the pid of the process it started", res.PID)
	}
	if kerr := syscall.Kill(res.PID, 0); !errors.Is(kerr, syscall.ESRCH) {
		t.Errorf("after Run returned, child process %d still exists (a zombie if it has exited): "+
			"Run must wait for the child with cmd.Wait before it returns", res.PID)
	}
	return res, err
}

func TestChildHasItsOwnPIDAndMemory(t *testing.T) {
	counter = 100
	res, err := runChild(t, "hello")
	if err != nil {
		t.Fatalf("Run returned %v for a child that exited with status 0", err)
	}
	var pid, ppid, childCounter int
	if _, err := fmt.Sscanf(string(res.Stdout), "pid=%d ppid=%d counter=%d\n", &pid, &ppid, &childCounter); err != nil {
		t.Fatalf("the child's stdout was %q, want one line like \"pid=123 ppid=45 counter=1\"", res.Stdout)
	}
	if pid != res.PID {
		t.Errorf("the child says its pid is %d but Run returned PID %d", pid, res.PID)
	}
	if ppid != os.Getpid() {
		t.Errorf("the child says its parent is process %d, want this test process, %d", ppid, os.Getpid())
	}
	if childCounter != 1 || counter != 100 {
		t.Errorf("the child counted to %d and the parent's counter is %d, want 1 and 100 unchanged: "+
			"a child process starts with its own fresh memory", childCounter, counter)
	}
}

func TestRunKeepsStdoutAndStderrApart(t *testing.T) {
	res, err := runChild(t, "both")
	if err != nil {
		t.Fatalf("Run returned %v for a child that exited with status 0", err)
	}
	if string(res.Stdout) != "to stdout\n" || string(res.Stderr) != "to stderr\n" {
		t.Errorf("Run collected stdout %q and stderr %q, want %q and %q",
			res.Stdout, res.Stderr, "to stdout\n", "to stderr\n")
	}
}

func TestRunReportsExitStatus(t *testing.T) {
	res, err := runChild(t, "fail")
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != 3 {
		t.Fatalf("Run returned error %v for a child that exited with status 3, want an *exec.ExitError "+
			"with ExitCode() 3: it is what cmd.Wait returns", err)
	}
	if string(res.Stderr) != "bye\n" {
		t.Errorf("Run collected stderr %q from a child that failed, want %q: "+
			"return the Result even when the child fails", res.Stderr, "bye\n")
	}
}

func TestRunReportsStartFailure(t *testing.T) {
	_, err := Run(exec.Command(filepath.Join(t.TempDir(), "no-such-program")))
	if err == nil {
		t.Errorf("Run returned a nil error for a program that does not exist")
	}
}

// The child writes 1 MiB to each of stdout and stderr, in turns. Whichever
// pipe nobody reads fills up after 64 KiB, and then the child waits, forever,
// for room. If this test hangs until the time budget, Run is not reading both
// pipes while the child runs.
func TestRunCollectsMoreThanAPipeHolds(t *testing.T) {
	res, err := runChild(t, "flood")
	if err != nil {
		t.Fatalf("Run returned %v for a child that exited with status 0", err)
	}
	if !bytes.Equal(res.Stdout, flood('a')) || !bytes.Equal(res.Stderr, flood('A')) {
		t.Errorf("Run collected %d bytes of stdout and %d of stderr, want exactly what the child wrote: "+
			"%d of each", len(res.Stdout), len(res.Stderr), floodSize)
	}
}
