package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/racekit/racekit/checker/internal/catalog"
)

// The copies reset restores from are the shipped exercises, byte for byte,
// and every code file of every exercise has one. (On a kit whose exercises
// a learner has solved this fails: it is a test of the kit as shipped.)
func TestShippedCopiesMatchTheTree(t *testing.T) {
	root, cat := kitRoot(t)
	for _, e := range cat.Exercises {
		shipped, err := shippedFiles(e)
		require.NoError(t, err)
		var inTree []string
		files, err := filepath.Glob(filepath.Join(root, e.Dir, "*.go"))
		require.NoError(t, err)
		for _, f := range files {
			if catalog.IsCodeFile(f) {
				rel, _ := filepath.Rel(root, f)
				inTree = append(inTree, filepath.ToSlash(rel))
			}
		}
		var copies []string
		for p, data := range shipped {
			copies = append(copies, p)
			now, err := os.ReadFile(filepath.Join(root, p))
			require.NoError(t, err)
			assert.True(t, bytes.Equal(now, data),
				"_shipped/%s differs from %s: after changing the shipped exercise, copy it there (cp %s _shipped/%s)", p, p, p, p)
		}
		slices.Sort(copies)
		assert.Equal(t, inTree, copies, "%s: every code file, and only code files, has a shipped copy in _shipped/", e.Name)
	}
}

// reset asks first, restores the shipped code byte for byte (readable by
// all), never touches the tests, and says when there is nothing to do.
func TestResetRestoresTheShippedCodeAndNotTheTests(t *testing.T) {
	bin := buildChecker(t)
	realRoot, cat := kitRoot(t)
	e := exercise(t, cat, "account")
	shipped, err := shippedFiles(e)
	require.NoError(t, err)
	code := filepath.Join(e.Dir, "account.go")
	require.Contains(t, shipped, code)

	root := t.TempDir()
	catalogText, err := os.ReadFile(filepath.Join(realRoot, "exercises", "catalog.toml"))
	require.NoError(t, err)
	write := func(rel, text string) {
		require.NoError(t, os.MkdirAll(filepath.Dir(filepath.Join(root, rel)), 0o755))
		require.NoError(t, os.WriteFile(filepath.Join(root, rel), []byte(text), 0o644))
	}
	write("exercises/catalog.toml", string(catalogText))
	write(code, "package account // the learner's attempt\n")
	testFile := filepath.Join(e.Dir, "account_test.go")
	write(testFile, "package account // the learner's own edit of the test\n")
	read := func(rel string) string {
		data, err := os.ReadFile(filepath.Join(root, rel))
		require.NoError(t, err)
		return string(data)
	}
	reset := func(answer string, args ...string) string {
		cmd := exec.Command(bin, append([]string{"reset"}, args...)...)
		cmd.Dir = root
		cmd.Stdin = strings.NewReader(answer)
		out, err := cmd.CombinedOutput()
		require.NoError(t, err, "%s", out)
		return string(out)
	}

	out := reset("n\n", "account")
	assert.Contains(t, out, "[y/N]", "reset asks before it overwrites")
	assert.Equal(t, "package account // the learner's attempt\n", read(code), "answered no, the file stays as it was")

	out = reset("y\n", "account")
	assert.Contains(t, out, "reset "+code)
	assert.Equal(t, string(shipped[code]), read(code), "the shipped code, byte for byte")
	st, err := os.Stat(filepath.Join(root, code))
	require.NoError(t, err)
	assert.Equal(t, os.FileMode(0o644), st.Mode().Perm())
	assert.Equal(t, "package account // the learner's own edit of the test\n", read(testFile), "reset never touches a test file")

	assert.Contains(t, reset("", "account"), "already as shipped")

	write(code, "package account\n")
	out = reset("", "--yes", "account")
	assert.NotContains(t, out, "[y/N]", "--yes does not ask")
	assert.Equal(t, string(shipped[code]), read(code))
}
