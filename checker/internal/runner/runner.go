// Package runner builds an exercise's test binary with the race detector
// and runs it as a stress loop: several processes, each repeating every
// test at several GOMAXPROCS values, each in its own process group and
// stopped whole when its time budget runs out.
package runner

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/sync/errgroup"

	"github.com/racekit/racekit/checker/internal/testjson"
)

// Target is one package to test: an exercise as the learner left it, its
// reference solution, or the exercise with files swapped in by Overlay.
type Target struct {
	Root string // the kit root
	Dir  string // the package, relative to Root
	// Overlay maps an absolute path in Dir to the file whose contents the
	// build uses instead ("" hides the file), as `go build -overlay` does.
	Overlay map[string]string
}

// Package is the target as a go command argument.
func (t Target) Package() string { return "./" + filepath.ToSlash(t.Dir) }

// Flags returns the go command flags that build t: an -overlay file,
// written into dir, when t has one.
func (t Target) Flags(dir string) ([]string, error) {
	if len(t.Overlay) == 0 {
		return nil, nil
	}
	f := filepath.Join(dir, strings.ReplaceAll(t.Dir, "/", "_")+".overlay.json")
	data, err := json.Marshal(map[string]any{"Replace": t.Overlay})
	if err != nil {
		return nil, err
	}
	return []string{"-overlay", f}, os.WriteFile(f, data, 0o644)
}

// Binary is a built test binary.
type Binary struct {
	Path  string
	Dir   string   // the package directory, where the tests run
	Tests []string // the tests every run must report, set by the caller
}

// BuildError is a build that failed: the compiler's (or vet's) output.
type BuildError struct{ Output string }

func (e *BuildError) Error() string { return "build failed:\n" + e.Output }

// vetChecks are the go vet analyzers run before the tests: go test's own
// high-confidence set, and copylocks. A sync.Mutex copied by a value
// receiver or an assignment is a lock nobody else takes; at run time it
// shows as a race inside sync's own code, far from the learner's line,
// while vet names the line and says what was copied.
const vetChecks = "atomic,bool,buildtags,directive,errorsas,ifaceassert,nilfunc,printf,stringintconv,tests,copylocks"

// BuildTimeout bounds a build: a cold cache builds the race runtime first.
var BuildTimeout = 5 * time.Minute

// Build compiles t's test binary into dir. A compile error comes back as a
// *BuildError; any other error means the checker itself could not work.
func Build(ctx context.Context, t Target, dir string) (*Binary, error) {
	ctx, cancel := context.WithTimeout(ctx, BuildTimeout)
	defer cancel()
	bin := &Binary{
		Path: filepath.Join(dir, strings.ReplaceAll(t.Dir, "/", "_")+".test"),
		Dir:  filepath.Join(t.Root, t.Dir),
	}
	args := []string{"test", "-c", "-race", "-json", "-vet=" + vetChecks, "-o", bin.Path}
	overlay, err := t.Flags(dir)
	if err != nil {
		return nil, err
	}
	args = append(args, overlay...)
	args = append(args, t.Package())
	cmd := exec.CommandContext(ctx, "go", args...)
	cmd.Dir = t.Root
	inGroup(cmd)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if ctx.Err() == context.DeadlineExceeded {
		return nil, &BuildError{Output: fmt.Sprintf("the build took longer than %v and was stopped\n", BuildTimeout)}
	}
	if err != nil {
		if text := buildOutput(out) + stderr.String(); text != "" {
			return nil, &BuildError{Output: text}
		}
		return nil, fmt.Errorf("go test -c ./%s: %v", t.Dir, err)
	}
	bin.Tests, err = t.DeclaredTests()
	return bin, err
}

// DeclaredTests returns the Test functions of t's test files, as the build
// read them. Each run must report every one of them: a binary that exits
// before running a test (os.Exit in an init, say) cannot pass. The list
// comes from the source, not from the binary, which the code under test
// could subvert.
func (t Target) DeclaredTests() ([]string, error) {
	dir := filepath.Join(t.Root, t.Dir)
	files, err := filepath.Glob(filepath.Join(dir, "*_test.go"))
	if err != nil {
		return nil, err
	}
	for target := range t.Overlay {
		if filepath.Dir(target) == dir && strings.HasSuffix(target, "_test.go") && !slices.Contains(files, target) {
			files = append(files, target)
		}
	}
	slices.Sort(files)
	var tests []string
	fset := token.NewFileSet()
	for _, f := range files {
		src := f
		if real, ok := t.Overlay[f]; ok {
			if real == "" {
				continue // hidden
			}
			src = real
		}
		file, err := parser.ParseFile(fset, src, nil, parser.SkipObjectResolution)
		if err != nil {
			return nil, err
		}
		for _, d := range file.Decls {
			if fn, ok := d.(*ast.FuncDecl); ok && fn.Recv == nil && isTestName(fn.Name.Name) {
				tests = append(tests, fn.Name.Name)
			}
		}
	}
	return tests, nil
}

// isTestName reports whether name is a test function's, as go test decides:
// "Test" followed by nothing or by a character that is not lower case.
func isTestName(name string) bool {
	rest, ok := strings.CutPrefix(name, "Test")
	if !ok || name == "TestMain" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return rest == "" || !unicode.IsLower(r)
}

// buildOutput collects the text of build-output events.
func buildOutput(jsonl []byte) string {
	var b strings.Builder
	sc := bufio.NewScanner(strings.NewReader(string(jsonl)))
	for sc.Scan() {
		var e testjson.Event
		if json.Unmarshal(sc.Bytes(), &e) == nil && e.Action == "build-output" {
			b.WriteString(e.Output)
		}
	}
	return b.String()
}

// Config is how hard to stress a binary.
type Config struct {
	Runs     int           // processes in all
	Parallel int           // processes at a time
	Count    int           // -test.count
	CPU      string        // -test.cpu
	Budget   time.Duration // -test.timeout of each process, on an idle machine
	Memory   int64         // bytes of resident memory a process may use; 0 for no limit
	FailFast bool          // start no test after the first failure (-test.failfast)
}

// Result is what one test process did.
type Result struct {
	Process  *testjson.Process
	ExitCode int           // -1 when killed by a signal
	Stopped  string        // why the checker stopped it, if it did: Overstayed or OutOfMemory
	Elapsed  time.Duration // wall time of the process
}

// Why the checker stops a test process.
const (
	Overstayed  = "overstayed its budget"
	OutOfMemory = "used too much memory"
)

// grace is how long past its budget a process may take to report its own
// timeout (the testing package panics with every goroutine's stack) before
// the checker stops it.
const grace = 10 * time.Second

// Stress runs c.Runs processes of bin, c.Parallel at a time, and returns
// their results. It stops at the first process that fails, since one
// failure is a verdict and learners are waiting.
func Stress(ctx context.Context, bin *Binary, c Config, failed func(*Result) bool) []*Result {
	results := make([]*Result, c.Runs)
	g, ctx := errgroup.WithContext(ctx) // the first failure cancels the rest
	g.SetLimit(max(1, c.Parallel))
	for i := range c.Runs {
		g.Go(func() error {
			if ctx.Err() != nil {
				return nil
			}
			r := Run(ctx, bin, c)
			if ctx.Err() != nil { // stopped because a sibling failed
				return nil
			}
			results[i] = r
			if failed(r) {
				return errFailed
			}
			return nil
		})
	}
	g.Wait()
	var done []*Result
	for _, r := range results {
		if r != nil {
			done = append(done, r)
		}
	}
	return done
}

var errFailed = errors.New("a test process failed")

// Run runs bin once, its output converted to events by test2json.
func Run(ctx context.Context, bin *Binary, c Config) *Result {
	start := time.Now()
	budget := stretched(c.Budget)
	args := []string{
		"-test.v=test2json",
		"-test.paniconexit0",
		fmt.Sprintf("-test.count=%d", c.Count),
		"-test.cpu=" + c.CPU,
		"-test.timeout=" + budget.String(),
	}
	if c.FailFast {
		args = append(args, "-test.failfast")
	}
	cmd := exec.Command(bin.Path, args...)
	cmd.Dir = bin.Dir
	cmd.Env = testEnv()
	inGroup(cmd)
	pr, pw, err := os.Pipe()
	if err != nil {
		return crashed(err, start)
	}
	cmd.Stdout, cmd.Stderr = pw, pw // as go test does: one stream
	if err := cmd.Start(); err != nil {
		pw.Close()
		pr.Close()
		return crashed(err, start)
	}
	pw.Close()

	events := make(chan *testjson.Process, 1)
	convertCtx, stopConverting := context.WithCancel(context.Background())
	defer stopConverting()
	go func() {
		defer pr.Close()
		events <- convert(convertCtx, pr)
	}()

	// Stop the process when the caller gives up, when it uses more memory
	// than allowed, or when it overstays its budget: first SIGQUIT, which
	// makes Go print every goroutine's stack, then SIGKILL to its group.
	stopped := make(chan string, 1)
	exited := make(chan struct{})
	go func() {
		timer := time.NewTimer(budget + grace)
		defer timer.Stop()
		poll := time.NewTicker(100 * time.Millisecond)
		defer poll.Stop()
		for {
			select {
			case <-exited:
				stopped <- ""
				return
			case <-ctx.Done():
				killGroup(cmd)
				stopped <- ""
				return
			case <-poll.C:
				if c.Memory > 0 && residentBytes(cmd.Process.Pid) > c.Memory {
					killGroup(cmd)
					stopped <- OutOfMemory
					return
				}
			case <-timer.C:
				cmd.Process.Signal(syscall.SIGQUIT)
				select {
				case <-exited:
				case <-time.After(2 * time.Second):
					killGroup(cmd)
				}
				stopped <- Overstayed
				return
			}
		}
	}()
	err = cmd.Wait()
	close(exited)
	killGroup(cmd) // whatever the tests started (child processes) goes too
	r := &Result{Stopped: <-stopped}
	select {
	case r.Process = <-events:
	case <-time.After(5 * time.Second):
		// A process that left its group (setsid) still holds the output
		// pipe open: stop reading and keep what came.
		stopConverting()
		r.Process = <-events
	}
	r.Elapsed = time.Since(start)
	r.ExitCode = cmd.ProcessState.ExitCode()
	if err != nil && r.ExitCode == 0 {
		r.ExitCode = -1
	}
	return r
}

// convert pipes the binary's output through `go tool test2json`, until
// the output ends or ctx is done.
func convert(ctx context.Context, r io.Reader) *testjson.Process {
	cmd := exec.CommandContext(ctx, test2json(), "-t")
	cmd.Stdin = r
	out, err := cmd.StdoutPipe()
	if err != nil {
		return &testjson.Process{Output: err.Error()}
	}
	if err := cmd.Start(); err != nil {
		return &testjson.Process{Output: err.Error()}
	}
	p, _ := testjson.Scan(out)
	io.Copy(io.Discard, out) // should Scan give up early, test2json must not block
	cmd.Wait()
	return p
}

// residentBytes is the resident memory of process pid, or 0 if unknown.
func residentBytes(pid int) int64 {
	status, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(status), "\n") {
		if kb, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			var n int64
			fmt.Sscan(strings.TrimSuffix(strings.TrimSpace(kb), " kB"), &n)
			return n << 10
		}
	}
	return 0
}

// test2json finds the converter. Go builds it on first use, so ask the go
// command for its path rather than looking in GOTOOLDIR.
var test2json = sync.OnceValue(func() string {
	out, err := exec.Command("go", "tool", "-n", "test2json").Output()
	if err != nil {
		return "test2json"
	}
	return strings.TrimSpace(string(out))
})

func crashed(err error, start time.Time) *Result {
	return &Result{
		Process:  &testjson.Process{Output: "the checker could not start the tests: " + err.Error()},
		ExitCode: -1,
		Elapsed:  time.Since(start),
	}
}

// testEnv is the environment of a test process. The race detector by
// default sleeps a second before exit to let reports flush; nothing here
// needs that, and it would double the time of a passing check.
func testEnv() []string {
	env := os.Environ()
	for i, kv := range env {
		if strings.HasPrefix(kv, "GORACE=") {
			env = append(env[:i:i], env[i+1:]...)
			break
		}
	}
	return append(env, "GORACE=atexit_sleep_ms=0")
}

// inGroup puts cmd in a process group of its own, so that killing the group
// takes everything it started.
func inGroup(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if cmd.Cancel != nil { // made by CommandContext: cancelling kills the group
		cmd.Cancel = func() error { return killGroup(cmd) }
	}
}

func killGroup(cmd *exec.Cmd) error {
	if cmd.Process == nil {
		return nil
	}
	err := syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
	if errors.Is(err, syscall.ESRCH) {
		return nil
	}
	return err
}
