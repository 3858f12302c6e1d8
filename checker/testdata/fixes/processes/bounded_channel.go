// want: deadlock timeout
// A goroutine reads stderr in chunks and queues them on a channel with room
// for 16, while Run reads stdout to the end and only then drains the queue.
// Once 16 chunks wait and the pipe behind them is full, the child waits for
// room on stderr and never finishes stdout.
package processes

import (
	"bytes"
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
	chunks := make(chan []byte, 16)
	go func() {
		defer close(chunks)
		for {
			buf := make([]byte, 64<<10)
			n, err := stderr.Read(buf)
			if n > 0 {
				chunks <- buf[:n]
			}
			if err != nil {
				return
			}
		}
	}()
	res.Stdout, _ = io.ReadAll(stdout)
	var errOut bytes.Buffer
	for c := range chunks {
		errOut.Write(c)
	}
	res.Stderr = errOut.Bytes()
	return res, cmd.Wait()
}
