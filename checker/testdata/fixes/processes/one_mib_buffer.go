// want: deadlock timeout
// Reads stderr in a goroutine into a buffer of 1 MiB ("plenty for a log")
// while reading stdout to the end. A child that writes more than 1 MiB to
// stderr fills the buffer, then the pipe behind it, and waits for room that
// never comes, so stdout never ends either.
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
		buf := make([]byte, 1<<20)
		n, _ := io.ReadFull(stderr, buf)
		errc <- buf[:n]
	}()
	res.Stdout, _ = io.ReadAll(stdout)
	res.Stderr = <-errc
	return res, cmd.Wait()
}
