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
	if os.Getenv("ORPHAN_ESCAPE") != "" {
		t.Skip("the other test's turn")
	}
	child := exec.Command("sleep", "600")
	if err := child.Start(); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(os.Getenv("ORPHAN_PID_FILE"), []byte(strconv.Itoa(child.Process.Pid)), 0o644)
	select {}
}

// TestEscapesItsGroup starts a child in a session of its own that keeps the
// test's output open long after the test ends: the runner must not wait
// for it.
func TestEscapesItsGroup(t *testing.T) {
	if os.Getenv("ORPHAN_ESCAPE") == "" {
		t.Skip("only when asked")
	}
	child := exec.Command("setsid", "sleep", "30")
	child.Stdout = os.Stdout
	if err := child.Start(); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(os.Getenv("ORPHAN_PID_FILE"), []byte(strconv.Itoa(child.Process.Pid)), 0o644)
}
