// want: pass
// cmd.Output collects stdout and waits; setting cmd.Stderr to a buffer first
// collects stderr at the same time.
package processes

import (
	"bytes"
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
	var errOut bytes.Buffer
	cmd.Stderr = &errOut
	out, err := cmd.Output()
	res := Result{Stdout: out, Stderr: errOut.Bytes()}
	if cmd.Process != nil {
		res.PID = cmd.Process.Pid
	}
	return res, err
}
