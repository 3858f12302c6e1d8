// Package processes is the seed's os.fork (section 1d) in Go. Go cannot fork
// a running program; it starts a child process with os/exec instead and reads
// what the child writes through pipes. Parent and child share no memory.
//
// Your task: Run works for a chatty child but hangs as soon as the child
// writes more than a pipe holds (64 KiB on Linux) to stderr. Make Run read
// stdout and stderr at the same time, each to its end, and only then wait for
// the child to exit.
// Then run `make check NAME=processes` (or `go test -race ./exercises/processes/`).
package processes

import (
	"io"
	"os/exec"
)

// Result is what Run collected from one child process.
type Result struct {
	PID    int    // the child's process id (0 if it did not start)
	Stdout []byte // everything written to the child's standard output
	Stderr []byte // everything written to the child's standard error
}

// Run starts cmd, collects everything written to its stdout and stderr,
// however much that is, and waits for it to exit. It reads both streams to
// their end, which can come after the child has exited (a process it started
// may still hold them), and returns only then, leaving no goroutine or
// unwaited child behind. It returns an error if the child could not start or
// did not exit with status 0 (the *exec.ExitError from cmd.Wait), and the
// Result even then.
func Run(cmd *exec.Cmd) (Result, error) {
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return Result{}, err
	}
	stderr, err := cmd.StderrPipe()
	if err != nil {
		return Result{}, err
	}
	if err := cmd.Start(); err != nil {
		return Result{}, err
	}
	res := Result{PID: cmd.Process.Pid}

	// Read everything the child writes to stdout, then everything it writes
	// to stderr, then wait for it to exit.
	res.Stdout, err = io.ReadAll(stdout)
	if err == nil {
		res.Stderr, err = io.ReadAll(stderr)
	}
	if werr := cmd.Wait(); err == nil {
		err = werr
	}
	return res, err
}
