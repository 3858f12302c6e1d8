package processes

// The children in these tests are this test binary started again: TestMain
// sees testChildEnv in its environment and runs one of the child programs below
// instead of the tests, the Go way to stand in for the seed's os.fork().

import (
	"bytes"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
	"unsafe"

	"go.uber.org/goleak"
)

// testChildEnv tells a copy of this test binary which child program to run.
const testChildEnv = "RACEKIT_PROCESSES_CHILD"

// testFloodSize is how much the "flood" child writes to stdout and to stderr
// each: far more than a pipe holds (64 KiB on Linux), and more than a pipe
// made as big as Linux allows (1 MiB) or a 1 MiB buffer plus a pipe.
const testFloodSize = 3<<19 + 3001

// testPacedLines is how many short lines the "paced" child writes to each
// stream, one read at a time: more reads than any queue of chunks a Run
// might keep for later has room for. The test tells the child how many in
// testLinesEnv.
const (
	testPacedLines = 1100
	testLinesEnv   = "RACEKIT_PROCESSES_LINES"
)

// testLateDelay is how long after the "late" child has exited its last lines
// arrive, written by another holder of its stdout and stderr.
const testLateDelay = 100 * time.Millisecond

// TestMain runs a child program when this binary was started as a child, and
// the tests otherwise; then it fails the run if any goroutine is still alive.
func TestMain(m *testing.M) {
	if mode, ok := os.LookupEnv(testChildEnv); ok {
		os.Exit(testRunChildProgram(mode))
	}
	goleak.VerifyTestMain(m)
}

// testCounter is changed by the "hello" child in its own copy of memory; the
// parent's stays what the parent made it.
var testCounter int

// testRunChildProgram is main for a child; it returns the exit status.
func testRunChildProgram(mode string) int {
	switch mode {
	case "hello":
		testCounter++
		fmt.Printf("pid=%d ppid=%d counter=%d\n", os.Getpid(), os.Getppid(), testCounter)
	case "both":
		fmt.Fprint(os.Stdout, "to stdout\n")
		fmt.Fprint(os.Stderr, "to stderr\n")
	case "fail":
		fmt.Fprint(os.Stdout, "partial\n")
		fmt.Fprint(os.Stderr, "bye\n")
		return 3
	case "flood":
		// Alternate 4 KiB writes to stdout and stderr, like a program that
		// logs while it works. A write blocks while its pipe is full.
		out, errOut := testFlood('a'), testFlood('A')
		for i := 0; i < testFloodSize; i += 4 << 10 {
			end := min(i+4<<10, testFloodSize)
			os.Stdout.Write(out[i:end])
			os.Stderr.Write(errOut[i:end])
		}
	case "paced":
		// Write a short line to stdout and one to stderr, and wait until
		// the parent has read both before writing the next: each line
		// arrives in a read of its own, however the parent reads.
		lines, _ := strconv.Atoi(os.Getenv(testLinesEnv))
		for i := range lines {
			fmt.Fprintf(os.Stdout, "out %04d\n", i)
			fmt.Fprintf(os.Stderr, "err %04d\n", i)
			testWaitUntilRead(1)
			testWaitUntilRead(2)
		}
	case "late":
		// Write a line to each stream, hand both streams to the test process
		// over the socket it passed as fd 3, and exit at once. The test
		// writes the last lines after the child has gone: like a process the
		// child started that outlives it, still holding its stdout.
		fmt.Fprint(os.Stdout, "early out\n")
		fmt.Fprint(os.Stderr, "early err\n")
		if err := syscall.Sendmsg(3, []byte{1}, syscall.UnixRights(1, 2), nil, 0); err != nil {
			fmt.Fprintf(os.Stderr, "sending stdout and stderr: %v\n", err)
			return 2
		}
	default:
		fmt.Fprintf(os.Stderr, "unknown child mode %q\n", mode)
		return 2
	}
	return 0
}

// testWaitUntilRead waits until no byte written to the pipe fd is left unread,
// asking the kernel how many are (Linux's FIONREAD). It exits the child if
// the test process has gone: nobody will read them.
func testWaitUntilRead(fd int) {
	if runtime.GOOS != "linux" {
		return // no pacing elsewhere: the test is weaker, never wrong
	}
	parent := os.Getppid()
	for i := 0; ; i++ {
		const fionread = 0x541b // FIONREAD on amd64, arm64 and most others
		var unread int32
		_, _, errno := syscall.Syscall(syscall.SYS_IOCTL, uintptr(fd), fionread, uintptr(unsafe.Pointer(&unread)))
		if errno != 0 || unread == 0 {
			return // read, or not a pipe
		}
		if os.Getppid() != parent {
			os.Exit(2)
		}
		if i > 200 { // Run usually reads within microseconds: ask again at once
			time.Sleep(time.Duration(min(i-200, 1000)) * time.Microsecond)
		}
	}
}

// testFlood returns what the "flood" child writes to one stream: testFloodSize
// bytes, in blocks of 4 KiB cycling through the 26 letters from first.
func testFlood(first byte) []byte {
	b := make([]byte, 0, testFloodSize+4096)
	for i := 0; len(b) < testFloodSize; i++ {
		b = append(b, bytes.Repeat([]byte{first + byte(i%26)}, 4096)...)
	}
	return b[:testFloodSize]
}

// testChild returns a command that starts this test binary again as the child
// program mode.
func testChild(t *testing.T, mode string) *exec.Cmd {
	t.Helper()
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(self)
	cmd.Env = append(os.Environ(),
		testChildEnv+"="+mode,
		// A -race binary sleeps 1 s at exit unless told not to.
		"GORACE="+os.Getenv("GORACE")+" atexit_sleep_ms=0")
	return cmd
}

// testRunChild runs the child program mode with Run, and checks that the child
// is gone once Run has returned: waited for, not left as a zombie.
func testRunChild(t *testing.T, mode string) (Result, error) {
	t.Helper()
	return testRunChildCmd(t, testChild(t, mode))
}

// testRunChildCmd is testRunChild for a command already made.
func testRunChildCmd(t *testing.T, cmd *exec.Cmd) (Result, error) {
	t.Helper()
	res, err := Run(cmd)
	if res.PID <= 0 {
		t.Fatalf("Run returned the child's PID as %d, want the pid of the process it started "+
			"(in the Result it returns even when the child fails)", res.PID)
	}
	if kerr := syscall.Kill(res.PID, 0); !errors.Is(kerr, syscall.ESRCH) {
		t.Errorf("after Run returned, child process %d still exists (a zombie if it has exited): "+
			"Run must wait for the child with cmd.Wait before it returns", res.PID)
	}
	return res, err
}

func TestChildHasItsOwnPIDAndMemory(t *testing.T) {
	testCounter = 100
	res, err := testRunChild(t, "hello")
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
	if childCounter != 1 || testCounter != 100 {
		t.Errorf("the child counted to %d and the parent's counter is %d, want 1 and 100 unchanged: "+
			"a child process starts with its own fresh memory", childCounter, testCounter)
	}
}

func TestRunKeepsStdoutAndStderrApart(t *testing.T) {
	res, err := testRunChild(t, "both")
	if err != nil {
		t.Fatalf("Run returned %v for a child that exited with status 0", err)
	}
	if string(res.Stdout) != "to stdout\n" || string(res.Stderr) != "to stderr\n" {
		t.Errorf("Run collected stdout %q and stderr %q, want %q and %q",
			res.Stdout, res.Stderr, "to stdout\n", "to stderr\n")
	}
}

func TestRunReportsExitStatus(t *testing.T) {
	res, err := testRunChild(t, "fail")
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != 3 {
		t.Fatalf("Run returned error %v for a child that exited with status 3, want an *exec.ExitError "+
			"with ExitCode() 3: it is what cmd.Wait returns", err)
	}
	if string(res.Stdout) != "partial\n" || string(res.Stderr) != "bye\n" {
		t.Errorf("Run collected stdout %q and stderr %q from a child that failed, want %q and %q: "+
			"return the Result, everything collected, even when the child fails", res.Stdout, res.Stderr, "partial\n", "bye\n")
	}
}

// A program that does not exist never starts: Run says so with an error,
// and there is no child, so no PID. (Whatever Run set up for a child, such as
// a goroutine reading a pipe, must not be left behind either: TestMain's
// goleak check sees it.)
func TestRunReportsStartFailure(t *testing.T) {
	res, err := Run(exec.Command(filepath.Join(t.TempDir(), "no-such-program")))
	if err == nil {
		t.Errorf("Run returned a nil error for a program that does not exist")
	}
	if res.PID != 0 {
		t.Errorf("Run returned PID %d for a program that never started, want 0", res.PID)
	}
}

// The child writes 1.5 MiB to each of stdout and stderr, in turns. Whichever
// pipe nobody reads fills up after 64 KiB, and then the child waits, forever,
// for room. If this test hangs until the time budget, Run is not reading both
// pipes while the child runs.
func TestRunCollectsMoreThanAPipeHolds(t *testing.T) {
	res, err := testRunChild(t, "flood")
	if err != nil {
		t.Fatalf("Run returned %v for a child that exited with status 0", err)
	}
	if !bytes.Equal(res.Stdout, testFlood('a')) || !bytes.Equal(res.Stderr, testFlood('A')) {
		t.Errorf("Run collected %d bytes of stdout and %d of stderr, want exactly what the child wrote: "+
			"%d of each", len(res.Stdout), len(res.Stderr), testFloodSize)
	}
}

// testRanPaced is whether TestRunKeepsReadingBothStreams has run in this process.
var testRanPaced bool

// A Run that reads one stream in a goroutine, queues what it reads (say on a
// channel of chunks with room for 100) and drains the queue only once the
// other stream has ended, stops reading when the queue is full: then the
// child waits for that pipe, and the other stream never ends. How much such a
// queue holds depends on how the child's writes fall into reads, so here the
// child writes 1100 short lines to each stream, each only after Run has read
// the one before: every line is one read, more than any such queue holds. If
// this test hangs until the time budget, Run stops reading a stream while it
// waits for the other. The answer is the same on every run, and 1100 handovers
// between two processes take a while, so when the test is repeated (-count,
// -cpu) the repeats write only 100 lines.
func TestRunKeepsReadingBothStreams(t *testing.T) {
	lines := testPacedLines
	if testRanPaced {
		lines = 100
	}
	testRanPaced = true
	cmd := testChild(t, "paced")
	cmd.Env = append(cmd.Env, testLinesEnv+"="+strconv.Itoa(lines))
	res, err := testRunChildCmd(t, cmd)
	if err != nil {
		t.Fatalf("Run returned %v for a child that exited with status 0", err)
	}
	var out, errOut strings.Builder
	for i := range lines {
		fmt.Fprintf(&out, "out %04d\n", i)
		fmt.Fprintf(&errOut, "err %04d\n", i)
	}
	if string(res.Stdout) != out.String() || string(res.Stderr) != errOut.String() {
		t.Errorf("Run collected %d bytes of stdout and %d of stderr, want exactly the %d lines the child wrote "+
			"to each (%d and %d bytes)", len(res.Stdout), len(res.Stderr), lines, out.Len(), errOut.Len())
	}
}

// A stream ends when every process holding it has closed it, not when the
// child exits: a process the child started may write on. Here the child
// writes a line to each stream and exits, and this test, holding both
// streams too (the child handed them over a socket), writes the last lines
// 100 ms later. Run must read both streams to their end and only then call
// cmd.Wait, which closes the pipes: a Run that waits first returns at once,
// without the last lines, however fast its readers are.
func TestRunReadsBothStreamsToTheirEnd(t *testing.T) {
	pair, err := syscall.Socketpair(syscall.AF_UNIX, syscall.SOCK_STREAM, 0)
	if err != nil {
		t.Fatal(err)
	}
	ours, theirs := os.NewFile(uintptr(pair[0]), "test socket"), os.NewFile(uintptr(pair[1]), "child socket")
	conn, err := net.FileConn(ours)
	ours.Close()
	if err != nil {
		t.Fatal(err)
	}
	cmd := testChild(t, "late")
	cmd.ExtraFiles = []*os.File{theirs} // fd 3 in the child

	returned, closing := make(chan struct{}), make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		streams := testReceiveFiles(conn.(*net.UnixConn))
		if streams == nil {
			return // the child never sent them: Run's error says why
		}
		select {
		case <-returned:
		case <-time.After(testLateDelay):
		}
		close(closing)
		for i, f := range streams {
			f.WriteString([]string{"late out\n", "late err\n"}[i]) // EPIPE if Run closed the pipe
			f.Close()
		}
	})

	res, err := testRunChildCmd(t, cmd)
	close(returned)
	theirs.Close()
	conn.Close() // ends testReceiveFiles if the child never sent anything
	select {
	case <-closing:
	default:
		t.Errorf("Run returned before the child's stdout and stderr had ended: the child had exited, but this " +
			"test still held both streams open, as a process the child started might, and wrote more later. Read both " +
			"until io.ReadAll returns, and call cmd.Wait only after that: Wait closes the pipes, and so does a " +
			"cmd.WaitDelay once that long has passed since the child exited (leave WaitDelay at 0)")
	}
	wg.Wait()
	if err != nil {
		t.Fatalf("Run returned %v for a child that exited with status 0", err)
	}
	if string(res.Stdout) != "early out\nlate out\n" || string(res.Stderr) != "early err\nlate err\n" {
		t.Errorf("Run collected stdout %q and stderr %q, want %q and %q: the last lines came after the child exited, "+
			"before the streams were closed. Read both to their end before cmd.Wait, with no cmd.WaitDelay", res.Stdout, res.Stderr,
			"early out\nlate out\n", "early err\nlate err\n")
	}
}

// testReceiveFiles receives the two files the "late" child sends on conn, or
// returns nil if none come before conn is closed.
func testReceiveFiles(conn *net.UnixConn) []*os.File {
	oob := make([]byte, syscall.CmsgSpace(2*4))
	_, oobn, _, _, err := conn.ReadMsgUnix(make([]byte, 1), oob)
	if err != nil {
		return nil
	}
	msgs, err := syscall.ParseSocketControlMessage(oob[:oobn])
	if err != nil || len(msgs) != 1 {
		return nil
	}
	fds, err := syscall.ParseUnixRights(&msgs[0])
	if err != nil || len(fds) != 2 {
		return nil
	}
	return []*os.File{os.NewFile(uintptr(fds[0]), "child stdout"), os.NewFile(uintptr(fds[1]), "child stderr")}
}
