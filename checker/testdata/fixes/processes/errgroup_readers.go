// want: pass
// Reads each pipe to its end in an errgroup goroutine; g.Wait joins both
// readers (and returns the first read error), and only then cmd.Wait reaps
// the child and reports its exit status.
package processes

import (
	"io"
	"os/exec"

	"golang.org/x/sync/errgroup"
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
	var g errgroup.Group
	g.Go(func() (err error) { res.Stdout, err = io.ReadAll(stdout); return err })
	g.Go(func() (err error) { res.Stderr, err = io.ReadAll(stderr); return err })
	readErr := g.Wait()
	if err := cmd.Wait(); err != nil {
		return res, err
	}
	return res, readErr
}
