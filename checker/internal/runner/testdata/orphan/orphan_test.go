// Package orphan is a test that starts a child process and then hangs: the
// runner must stop it at its budget and take the child down with it.
package orphan

import (
	"os"
	"os/exec"
	"strconv"
	"testing"
)

func TestStartsAChildAndHangs(t *testing.T) {
	child := exec.Command("sleep", "600")
	if err := child.Start(); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(os.Getenv("ORPHAN_PID_FILE"), []byte(strconv.Itoa(child.Process.Pid)), 0o644)
	select {}
}
