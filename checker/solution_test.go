package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSideBySideShowsTheLinesThatDiffer(t *testing.T) {
	var out strings.Builder
	sideBySide(&out, "a\nb\nc\nd\ne\nf\ng\n", "a\nb\nC\nd\ne\nf\ng\nh\n", 23)
	assert.Equal(t, ""+
		"b            b\n"+
		"c          | C\n"+
		"d            d\n"+
		"··········   ··········\n"+
		"g            g\n"+
		"           > h\n", out.String())

	out.Reset()
	sideBySide(&out, "same\n", "same\n", 23)
	assert.Equal(t, "(the same, line for line)\n", out.String())
	assert.Equal(t, "abcd…", fit("abcdefgh", 5), "a long line is cut to its column")
}

// solution refuses before the exercise has passed, shows the solution and
// the lines that differ from the learner's once it has, and with --force.
func TestSolutionOnlyAfterAPass(t *testing.T) {
	bin := buildChecker(t)
	_, root := kitCopy(t, "exercises/catalog.toml", "account/account.go", "solutions/account/account.go")

	out, code := runIn(t, bin, root, "solution", "account")
	assert.Equal(t, 1, code)
	assert.Contains(t, out, "shown once your code passes")
	assert.NotContains(t, out, "package account", "no solution before a pass")

	out, code = runIn(t, bin, root, "solution", "--force", "account")
	assert.Equal(t, 0, code)
	assert.Contains(t, out, "── solutions/account/account.go ──")
	assert.Contains(t, out, "a.mu.Lock()")
	assert.Regexp(t, `(?m)^\s*> .*a\.mu\.Lock\(\)`, out, "a line only the solution has is marked >")

	require.NoError(t, os.MkdirAll(filepath.Join(root, ".racekit"), 0o755))
	require.NoError(t, os.WriteFile(progressFile(root), []byte(`{"account":{"passed":true,"checked":"2026-11-28T00:00:00Z"}}`), 0o644))
	out, code = runIn(t, bin, root, "solution", "account")
	assert.Equal(t, 0, code)
	assert.Contains(t, out, "── solutions/account/account.go ──")
}
