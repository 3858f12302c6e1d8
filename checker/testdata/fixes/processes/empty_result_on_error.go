// want: fail
// Collects both streams correctly, but returns an empty Result with the
// error when the child fails: exactly when its stderr says why, the caller
// gets none of it (nor its PID).
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
	var out, errOut bytes.Buffer
	cmd.Stdout = &out
	cmd.Stderr = &errOut
	if err := cmd.Run(); err != nil {
		return Result{}, err
	}
	return Result{PID: cmd.Process.Pid, Stdout: out.Bytes(), Stderr: errOut.Bytes()}, nil
}
