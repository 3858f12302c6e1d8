// want: fail
// Uses cmd.CombinedOutput, which never hangs but mixes stderr into stdout:
// the Result cannot tell the two streams apart any more.
package processes

import "os/exec"

// Result is what Run collected from one child process.
type Result struct {
	PID    int
	Stdout []byte
	Stderr []byte
}

// Run starts cmd, collects its stdout and stderr, and waits for it to exit.
func Run(cmd *exec.Cmd) (Result, error) {
	out, err := cmd.CombinedOutput()
	res := Result{Stdout: out}
	if cmd.Process != nil {
		res.PID = cmd.Process.Pid
	}
	return res, err
}
