// Package processes is the reference solution: Run hands os/exec a buffer for
// each stream, so os/exec copies both pipes at once while the child runs, and
// cmd.Run waits for the child and for those copies to finish.
package processes

import (
	"bytes"
	"os/exec"
)

// Result is what Run collected from one child process.
type Result struct {
	PID    int    // the child's process id (0 if it did not start)
	Stdout []byte // everything written to the child's standard output
	Stderr []byte // everything written to the child's standard error
}

// Run starts cmd, collects everything written to its stdout and stderr,
// however much that is, and waits for it to exit. It reads both streams to
// their end, which can come after the child has exited (a process it started
// may still hold them), and returns only then, leaving no goroutine or
// unwaited child behind. It returns an error if the child could not start or
// did not exit with status 0 (the *exec.ExitError from cmd.Wait), and the
// Result even then.
func Run(cmd *exec.Cmd) (Result, error) {
	// When Stdout and Stderr are not files, Start makes a pipe for each and a
	// goroutine that copies it into its buffer as the child writes, so
	// neither pipe fills up. Wait (called by Run) returns once the child has
	// exited and both copies are done: only then are the buffers complete.
	var stdout, stderr bytes.Buffer
	cmd.Stdout = &stdout
	cmd.Stderr = &stderr
	err := cmd.Run()

	var res Result
	if cmd.Process != nil { // nil when the child could not start
		res.PID = cmd.Process.Pid
	}
	res.Stdout, res.Stderr = stdout.Bytes(), stderr.Bytes()
	return res, err
}
