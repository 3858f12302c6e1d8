// want: deadlock timeout
// A goroutine reads stderr in 32 KiB reads and queues each chunk on a channel
// with room for 100 ("plenty"); Run reads stdout to its end, then drains the
// queue. How much 100 chunks hold depends on how the child's writes fall into
// reads: a child that writes many small pieces to stderr while stdout is open
// fills the queue, then the pipe, and waits; stdout never ends.
package processes

import (
	"io"
	"os/exec"
)

type Result struct {
	PID    int
	Stdout []byte
	Stderr []byte
}

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

	chunks := make(chan []byte, 100)
	go func() {
		defer close(chunks)
		buf := make([]byte, 32*1024)
		for {
			n, err := stderr.Read(buf)
			if n > 0 {
				chunks <- append([]byte(nil), buf[:n]...)
			}
			if err != nil {
				return
			}
		}
	}()

	res.Stdout, err = io.ReadAll(stdout)
	for c := range chunks {
		res.Stderr = append(res.Stderr, c...)
	}
	if werr := cmd.Wait(); err == nil {
		err = werr
	}
	return res, err
}
