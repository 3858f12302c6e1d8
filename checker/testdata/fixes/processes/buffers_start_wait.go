// want: pass
// Gives os/exec a bytes.Buffer for each stream, then Start and Wait: os/exec
// copies both pipes in its own goroutines and Wait waits for them.
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
	if err := cmd.Start(); err != nil {
		return Result{}, err
	}
	err := cmd.Wait()
	return Result{PID: cmd.Process.Pid, Stdout: out.Bytes(), Stderr: errOut.Bytes()}, err
}
