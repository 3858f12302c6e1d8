// want: fail
// One bytes.Buffer as both cmd.Stdout and cmd.Stderr (os/exec then uses one
// pipe for both), returned as Stdout and as Stderr: never hangs, but the two
// streams are mixed in both fields.
package processes

import (
	"bytes"
	"os/exec"
)

type Result struct {
	PID    int
	Stdout []byte
	Stderr []byte
}

func Run(cmd *exec.Cmd) (Result, error) {
	var out bytes.Buffer
	cmd.Stdout = &out
	cmd.Stderr = &out
	if err := cmd.Start(); err != nil {
		return Result{}, err
	}
	res := Result{PID: cmd.Process.Pid}
	err := cmd.Wait()
	res.Stdout = out.Bytes()
	res.Stderr = out.Bytes()
	return res, err
}
