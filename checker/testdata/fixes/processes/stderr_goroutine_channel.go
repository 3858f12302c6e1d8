// want: pass
// Reads stderr in a goroutine that sends what it read on a channel, reads
// stdout itself, receives stderr, then waits for the child.
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

	errc := make(chan []byte, 1)
	go func() {
		b, _ := io.ReadAll(stderr)
		errc <- b
	}()
	res.Stdout, _ = io.ReadAll(stdout)
	res.Stderr = <-errc
	return res, cmd.Wait()
}
