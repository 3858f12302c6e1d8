// want: panic
// Ignores the error from cmd.Start ("Wait will report it anyway"). For a
// program that does not exist, Wait does return an error, but cmd.Process is
// nil, and reading its Pid panics.
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
	cmd.Start()
	err := cmd.Wait()
	return Result{PID: cmd.Process.Pid, Stdout: out.Bytes(), Stderr: errOut.Bytes()}, err
}
