// want: deadlock timeout
// Reads stderr to the end first, then stdout: the same hang as the shipped
// code with the streams swapped, once stdout holds more than a pipe.
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
	res.Stderr, _ = io.ReadAll(stderr)
	res.Stdout, _ = io.ReadAll(stdout)
	return res, cmd.Wait()
}
