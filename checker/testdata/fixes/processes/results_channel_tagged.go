// want: pass
// A reader goroutine per pipe sends what it read, tagged with its stream, on
// one results channel; Run receives exactly two results, then calls Wait.
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

type chunk struct {
	stderr bool
	data   []byte
	err    error
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

	results := make(chan chunk)
	read := func(r io.Reader, isErr bool) {
		b, err := io.ReadAll(r)
		results <- chunk{isErr, b, err}
	}
	go read(stdout, false)
	go read(stderr, true)

	var readErr error
	for range 2 {
		c := <-results
		if c.stderr {
			res.Stderr = c.data
		} else {
			res.Stdout = c.data
		}
		if readErr == nil {
			readErr = c.err
		}
	}

	err = cmd.Wait()
	if err == nil {
		err = readErr
	}
	return res, err
}
