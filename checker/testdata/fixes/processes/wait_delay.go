// want: fail
// bytes.Buffer writers, plus cmd.WaitDelay = 50ms "so Wait can never hang on
// a grandchild". Once the child has exited, Wait stops copying after 50 ms
// and closes the pipes, losing what a process the child started writes later.
package processes

import (
	"bytes"
	"os/exec"
	"time"
)

type Result struct {
	PID    int
	Stdout []byte
	Stderr []byte
}

func Run(cmd *exec.Cmd) (Result, error) {
	var stdout, stderr bytes.Buffer
	cmd.Stdout = &stdout
	cmd.Stderr = &stderr
	cmd.WaitDelay = 50 * time.Millisecond
	if err := cmd.Start(); err != nil {
		return Result{}, err
	}
	res := Result{PID: cmd.Process.Pid}
	err := cmd.Wait()
	res.Stdout = stdout.Bytes()
	res.Stderr = stderr.Bytes()
	return res, err
}
