// want: fail
// Reads both pipes in goroutines, as it should, but calls cmd.Wait before
// waiting for the readers. Wait returns as soon as the child exits and closes
// the pipes: whatever is still on its way (written by a process the child
// started, or not yet read) is lost. No data race: the readers are joined
// before Run returns, just too late.
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
	err = cmd.Wait()
	wg.Wait()
	return res, err
}
