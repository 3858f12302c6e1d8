package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// tmuxPane drives one program in a real terminal: a tmux server of its own,
// one window, keys sent as a person types them, the screen read back.
type tmuxPane struct {
	t      *testing.T
	socket string
}

func startInTmux(t *testing.T, dir, command string) *tmuxPane {
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux is not installed (.ci/run installs it): the terminal test of watch cannot run")
	}
	p := &tmuxPane{t: t, socket: filepath.Join(t.TempDir(), "tmux.sock")}
	// The shell stays after the command, so that its exit status can be read.
	p.tmux("new-session", "-d", "-x", "120", "-y", "60", "-c", dir,
		fmt.Sprintf("%s; echo EXITED $?; sleep 600", command))
	t.Cleanup(func() { exec.Command("tmux", "-S", p.socket, "kill-server").Run() })
	return p
}

func (p *tmuxPane) tmux(args ...string) string {
	p.t.Helper()
	out, err := exec.Command("tmux", append([]string{"-S", p.socket}, args...)...).CombinedOutput()
	require.NoError(p.t, err, "tmux %v: %s", args, out)
	return string(out)
}

// keys types keys, without Enter.
func (p *tmuxPane) keys(keys string) { p.tmux("send-keys", "-l", keys) }

// waitFor waits until the screen shows what.
func (p *tmuxPane) waitFor(what string) {
	p.t.Helper()
	deadline := time.Now().Add(90 * time.Second)
	for {
		screen := p.tmux("capture-pane", "-p", "-J")
		if strings.Contains(screen, what) {
			return
		}
		if time.Now().After(deadline) {
			p.t.Fatalf("the terminal never showed %q; it shows:\n%s", what, screen)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// watch in a real terminal, as a learner uses it, in English and in
// Chinese: single keys with no Enter, a fix saved by rename, the next
// exercise, and q.
func TestWatchInATerminal(t *testing.T) {
	bin := buildChecker(t)
	for _, c := range []struct {
		lang                                          string
		verdict, hint, passes, checkingNext, progress string
	}{
		{"en", "Data race: goroutine", "Hint 1 of", "account passes", "checking downloads", "Progress: 1/"},
		{"zh", "数据竞争：goroutine", "提示 1/", "account 通过了", "正在检查 downloads", "进度：1/"},
	} {
		t.Run(c.lang, func(t *testing.T) {
			realRoot, root := twoExerciseKit(t)
			p := startInTmux(t, root, "RACEKIT_LANG="+c.lang+" "+bin+" watch")
			p.waitFor("✗ account")
			p.waitFor(c.verdict)
			p.keys("h")
			p.waitFor(c.hint)

			solution, err := os.ReadFile(filepath.Join(realRoot, "solutions/account/account.go"))
			require.NoError(t, err)
			saveByRename(t, root, "account/account.go", solution)
			p.waitFor(c.passes)
			p.waitFor(c.checkingNext)
			p.keys("l")
			p.waitFor(c.progress)
			p.keys("q")
			p.waitFor("EXITED 0")
		})
	}
}
