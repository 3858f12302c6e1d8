// want: fail
// Drains both pipes in goroutines and joins them, but never calls cmd.Wait:
// the exit status is lost and the dead child stays behind as a zombie.
package processes

import (
	"io"
	"os/exec"
	"sync"
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
	var wg sync.WaitGroup
	wg.Go(func() { res.Stdout, _ = io.ReadAll(stdout) })
	wg.Go(func() { res.Stderr, _ = io.ReadAll(stderr) })
	wg.Wait()
	return res, nil
}
