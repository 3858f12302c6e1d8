// want: leak
// Starts the stderr reader before cmd.Start, and returns early when Start
// fails. os/exec closes the pipe, so the reader ends its read, but then it
// waits forever to hand its (empty) result over a channel nobody receives
// from any more.
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
	errc := make(chan []byte)
	go func() {
		b, _ := io.ReadAll(stderr)
		errc <- b
	}()
	if err := cmd.Start(); err != nil {
		return Result{}, err
	}
	res := Result{PID: cmd.Process.Pid}
	res.Stdout, _ = io.ReadAll(stdout)
	res.Stderr = <-errc
	return res, cmd.Wait()
}
