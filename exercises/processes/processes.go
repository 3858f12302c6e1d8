// Package processes is the seed's os.fork (section 1d) in Go. Go cannot fork
// a running program; it starts a child process with os/exec instead and reads
// what the child writes through pipes. Parent and child share no memory.
//
// Your task: Run works for a chatty child but hangs as soon as the child
// writes more than a pipe holds (64 KiB on Linux) to stderr. Make Run collect
// stdout and stderr while the child runs, and only then wait for it to exit.
// Then run `make check NAME=processes` (or `go test -race ./exercises/processes/`).
package processes

import (
	"io"
	"os/exec"
)

// Result is what Run collected from one child process.
type Result struct {
	PID    int    // the child's process id
	Stdout []byte // everything the child wrote to its standard output
	Stderr []byte // everything the child wrote to its standard error
}

// Run starts cmd, collects everything it writes to stdout and stderr, and
// waits for it to exit. It returns an error if the child could not start or
// did not exit with status 0, and the Result even then.
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
