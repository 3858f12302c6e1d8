package main

import (
	"archive/zip"
	"encoding/json"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const kitRoot = "../.."

// The zip has Gradescope's layout, and its scripts grade a submission end
// to end: setup.sh builds the checker, run_autograder writes results.json.
func TestAutograderGradesASubmission(t *testing.T) {
	zipFile := filepath.Join(t.TempDir(), "autograder.zip")
	require.NoError(t, build(kitRoot, zipFile, []string{"account"}))

	ag := t.TempDir()
	zr, err := zip.OpenReader(zipFile)
	require.NoError(t, err)
	defer zr.Close()
	names := map[string]os.FileMode{}
	for _, f := range zr.File {
		names[f.Name] = f.Mode()
		dst := filepath.Join(ag, filepath.FromSlash(f.Name))
		require.NoError(t, os.MkdirAll(filepath.Dir(dst), 0o755))
		rc, err := f.Open()
		require.NoError(t, err)
		data, err := io.ReadAll(rc)
		rc.Close()
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(dst, data, f.Mode().Perm()))
	}
	assert.Equal(t, os.FileMode(0o755), names["setup.sh"].Perm(), "setup.sh at the root, executable")
	assert.Equal(t, os.FileMode(0o755), names["run_autograder"].Perm(), "run_autograder at the root, executable")
	assert.Contains(t, names, "source/go.mod")
	assert.Contains(t, names, "source/account/account_test.go")
	for name := range names {
		assert.False(t, strings.HasPrefix(name, "source/solutions/"), "the solutions stay out: %s", name)
	}

	// Gradescope puts the student's files in submission/.
	sub := filepath.Join(ag, "submission", "account")
	require.NoError(t, os.MkdirAll(sub, 0o755))
	solution, err := os.ReadFile(filepath.Join(kitRoot, "solutions/account/account.go"))
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(sub, "account.go"), solution, 0o644))

	for _, script := range []string{"setup.sh", "run_autograder"} {
		cmd := exec.Command("bash", filepath.Join(ag, script))
		cmd.Env = append(os.Environ(), "AUTOGRADER="+ag)
		out, err := cmd.CombinedOutput()
		require.NoError(t, err, "%s:\n%s", script, out)
	}
	data, err := os.ReadFile(filepath.Join(ag, "results", "results.json"))
	require.NoError(t, err)
	var results struct {
		Score float64 `json:"score"`
		Tests []struct {
			Name     string  `json:"name"`
			Score    float64 `json:"score"`
			MaxScore float64 `json:"max_score"`
			Status   string  `json:"status"`
		} `json:"tests"`
	}
	require.NoError(t, json.Unmarshal(data, &results))
	assert.Equal(t, 10.0, results.Score, "the reference solution earns every point")
	require.NotEmpty(t, results.Tests)
	for _, tc := range results.Tests {
		assert.Equal(t, "passed", tc.Status, tc.Name)
		assert.True(t, strings.HasPrefix(tc.Name, "account: "), tc.Name)
	}
}
