package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// make check as a learner types it on a fresh kit: it fails, and its last
// words are the checker's, with no "exit status 1" from Go and no
// "make: *** [...] Error 1" from make under them. Likewise make solution
// before a pass.
func TestMakeEndsWithTheCheckersWords(t *testing.T) {
	if _, err := exec.LookPath("make"); err != nil {
		t.Skip("make is not installed")
	}
	bin := buildChecker(t)
	_, root := twoExerciseKit(t)
	realRoot, _ := kitRoot(t)
	makefile, err := os.ReadFile(filepath.Join(realRoot, "Makefile"))
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(root, "Makefile"), makefile, 0o644))
	require.NoError(t, os.MkdirAll(filepath.Join(root, "bin"), 0o755))
	checker, err := os.ReadFile(bin)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(root, "bin", "checker"), checker, 0o755))

	for _, c := range []struct {
		args      []string
		lastWords string
	}{
		{[]string{"check"}, "The later exercises are checked once this one passes"}, // the learner's plain `make check`
		{[]string{"solution", "NAME=account"}, "--force shows it anyway"},
	} {
		t.Run(c.args[0], func(t *testing.T) {
			// -o checker: bin/checker is already built; the copy has no source.
			cmd := exec.Command("make", append([]string{"-o", "checker"}, c.args...)...)
			cmd.Dir = root
			cmd.Env = append(os.Environ(), "NO_COLOR=1", "RACEKIT_LANG=en")
			out, err := cmd.CombinedOutput()
			require.Error(t, err, "make %s must fail on the shipped account:\n%s", c.args[0], out)
			text := strings.TrimRight(string(out), "\n")
			lines := strings.Split(text, "\n")
			assert.Contains(t, lines[len(lines)-1], c.lastWords, "the checker's words must come last:\n%s", out)
			assert.NotContains(t, text, "make: ***")
			assert.NotContains(t, text, "exit status")
		})
	}
}
