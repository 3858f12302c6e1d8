// want: pass
// Keeps the pipes, reads each one to the end in its own goroutine, waits for
// both readers with a WaitGroup, and only then calls cmd.Wait.
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
	var outErr, errErr error
	wg.Go(func() { res.Stdout, outErr = io.ReadAll(stdout) })
	wg.Go(func() { res.Stderr, errErr = io.ReadAll(stderr) })
	wg.Wait()

	err = cmd.Wait()
	if err == nil {
		err = outErr
	}
	if err == nil {
		err = errErr
	}
	return res, err
}
