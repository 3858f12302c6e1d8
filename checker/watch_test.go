package main

import (
	"bufio"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// twoExerciseKit copies the first two exercises of the kit, as shipped, into
// a new kit, and returns the real kit's root and the new one's.
func twoExerciseKit(t *testing.T) (realRoot, root string) {
	return kitCopy(t, "go.mod", "go.sum", "exercises/catalog.toml",
		"account/account.go", "account/account_test.go", "account/README.md",
		"exercises/downloads/downloads.go", "exercises/downloads/downloads_test.go", "exercises/downloads/README.md")
}

// kitCopy copies files of the kit, by their paths in it, into a new
// directory, and returns the real kit's root and the new one's.
func kitCopy(t *testing.T, rels ...string) (realRoot, root string) {
	t.Helper()
	realRoot, _ = kitRoot(t)
	root = t.TempDir()
	for _, rel := range rels {
		data, err := os.ReadFile(filepath.Join(realRoot, rel))
		require.NoError(t, err)
		require.NoError(t, os.MkdirAll(filepath.Dir(filepath.Join(root, rel)), 0o755))
		require.NoError(t, os.WriteFile(filepath.Join(root, rel), data, 0o644))
	}
	return realRoot, root
}

// saveByRename writes text to rel in root the way vim and JetBrains save:
// into a new file, renamed over the old one.
func saveByRename(t *testing.T, root, rel string, text []byte) {
	t.Helper()
	tmp := filepath.Join(root, filepath.Dir(rel), "."+filepath.Base(rel)+".swp")
	require.NoError(t, os.WriteFile(tmp, text, 0o644))
	require.NoError(t, os.Rename(tmp, filepath.Join(root, rel)))
}

// watch as a learner without a terminal uses it: the shipped account fails;
// a fix saved the way vim saves (a new file renamed over the old) is checked
// at once and passes; watch moves on to the next exercise and shows its
// README; h, l and q answer.
func TestWatchChecksOnSaveAndMovesOn(t *testing.T) {
	bin := buildChecker(t)
	realRoot, root := twoExerciseKit(t)

	cmd := exec.Command(bin, "watch")
	cmd.Dir = root
	stdin, err := cmd.StdinPipe()
	require.NoError(t, err)
	stdout, err := cmd.StdoutPipe()
	require.NoError(t, err)
	cmd.Stderr = cmd.Stdout
	require.NoError(t, cmd.Start())
	defer cmd.Process.Kill()

	var mu sync.Mutex
	var seen strings.Builder
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			mu.Lock()
			seen.WriteString(sc.Text() + "\n")
			mu.Unlock()
		}
	}()
	from := 0 // waitFor looks at what was printed after the last thing it found
	waitFor := func(what string) {
		t.Helper()
		deadline := time.Now().Add(90 * time.Second)
		for {
			mu.Lock()
			out := seen.String()
			mu.Unlock()
			if i := strings.Index(out[from:], what); i >= 0 {
				from += i + len(what)
				return
			}
			if time.Now().After(deadline) {
				t.Fatalf("watch never printed %q; it printed:\n%s", what, out)
			}
			time.Sleep(20 * time.Millisecond)
		}
	}

	waitFor("FAIL account") // piped: words, not symbols
	solution, err := os.ReadFile(filepath.Join(realRoot, "solutions/account/account.go"))
	require.NoError(t, err)
	saved := time.Now()
	saveByRename(t, root, "account/account.go", solution)
	waitFor("ok   account")
	t.Logf("from save to verdict: %v", time.Since(saved).Round(10*time.Millisecond))
	waitFor("account passes")
	waitFor("# ") // the next exercise's README
	waitFor("checking downloads")

	stdin.Write([]byte("h\n"))
	waitFor("Hint 1 of")
	stdin.Write([]byte("l\n"))
	waitFor("ok    1. account")
	stdin.Write([]byte("q\n"))
	exited := make(chan error)
	go func() { exited <- cmd.Wait() }()
	select {
	case err := <-exited:
		require.NoError(t, err, "q ends watch with status 0")
	case <-time.After(20 * time.Second):
		t.Fatal("watch did not end 20 s after q")
	}
}
