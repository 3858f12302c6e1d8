// want: race fail leak
// Reads both pipes in goroutines but never waits for them: cmd.Wait closes
// the pipes under the readers, and Run returns fields the readers still write.
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
	res := &Result{PID: cmd.Process.Pid}
	go func() { res.Stdout, _ = io.ReadAll(stdout) }()
	go func() { res.Stderr, _ = io.ReadAll(stderr) }()
	err = cmd.Wait()
	return *res, err
}
