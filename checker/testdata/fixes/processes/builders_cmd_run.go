// want: pass
// A strings.Builder for cmd.Stdout and for cmd.Stderr, then cmd.Run (Start and
// Wait): os/exec copies both pipes at once and Wait waits for the copies. The
// PID is read from cmd.Process afterwards, when the child started.
package processes

import (
	"os/exec"
	"strings"
)

type Result struct {
	PID    int
	Stdout []byte
	Stderr []byte
}

func Run(cmd *exec.Cmd) (Result, error) {
	var stdout, stderr strings.Builder
	cmd.Stdout = &stdout
	cmd.Stderr = &stderr
	err := cmd.Run()
	var res Result
	if cmd.Process != nil {
		res.PID = cmd.Process.Pid
	}
	res.Stdout = []byte(stdout.String())
	res.Stderr = []byte(stderr.String())
	return res, err
}
