// want: deadlock timeout fail
// Waits for the child to exit before reading its pipes: a child with more to
// say than a pipe holds never exits, because nobody reads.
package processes

import (
	"io"
	"os/exec"
)

// Result is what Run collected from one child process.
type Result struct {
	PID    int
	Stdout []byte
	Stderr []byte
}

// Run starts cmd, collects its stdout and stderr, and waits for it to exit.
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
	waitErr := cmd.Wait()
	res.Stdout, _ = io.ReadAll(stdout)
	res.Stderr, _ = io.ReadAll(stderr)
	return res, waitErr
}
