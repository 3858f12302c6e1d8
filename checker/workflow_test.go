package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.yaml.in/yaml/v3"
)

// The course workflow is read by GitHub, not by us: check that it parses
// and says what the README promises, since nothing here runs it.
func TestGradeWorkflow(t *testing.T) {
	root, _ := kitRoot(t)
	data, err := os.ReadFile(filepath.Join(root, ".github/workflows/grade.yml"))
	require.NoError(t, err)
	var wf struct {
		On   map[string]any `yaml:"on"`
		Jobs map[string]struct {
			Steps []struct {
				Name string            `yaml:"name"`
				Uses string            `yaml:"uses"`
				If   string            `yaml:"if"`
				Run  string            `yaml:"run"`
				With map[string]string `yaml:"with"`
			} `yaml:"steps"`
		} `yaml:"jobs"`
	}
	require.NoError(t, yaml.Unmarshal(data, &wf))
	assert.Contains(t, wf.On, "push", "grades on push")
	job, ok := wf.Jobs["grade"]
	require.True(t, ok)

	var grade, upload, setupGo bool
	var gradeScript string
	for _, s := range job.Steps {
		switch {
		case strings.HasPrefix(s.Uses, "actions/setup-go@"):
			setupGo = s.With["go-version-file"] == "kit/go.mod"
		case strings.Contains(s.Run, "go run ./checker grade"):
			grade = true
			gradeScript = s.Run
			assert.Contains(t, s.Run, "--submission ../submission")
			assert.Contains(t, s.Run, `markdown:"$GITHUB_STEP_SUMMARY"`, "the scores table in the job summary")
			assert.Contains(t, s.Run, "junit:", "a JUnit report")
			assert.NotContains(t, s.Run, "|| true", "a failing grade fails the run")
		case strings.HasPrefix(s.Uses, "actions/upload-artifact@"):
			upload = true
			assert.Equal(t, "always()", s.If, "the report is uploaded even when the grade fails the run")
			assert.Contains(t, s.With["path"], "racekit-junit.xml")
		}
	}
	assert.True(t, setupGo, "Go from the kit's go.mod")
	assert.True(t, grade, "a grade step")
	assert.True(t, upload, "an upload step")

	// Run the grade step as the workflow does, on a submission holding
	// every reference solution: it must pass, and fill the job summary.
	work := t.TempDir()
	sub := filepath.Join(work, "submission")
	_, cat := kitRoot(t)
	for _, e := range cat.Exercises {
		code, err := os.ReadFile(filepath.Join(root, e.SolutionDir(), e.Name+".go"))
		require.NoError(t, err)
		require.NoError(t, os.MkdirAll(filepath.Join(sub, e.Dir), 0o755))
		require.NoError(t, os.WriteFile(filepath.Join(sub, e.Dir, e.Name+".go"), code, 0o644))
	}
	summary := filepath.Join(work, "summary.md")
	script := strings.ReplaceAll(gradeScript, "../", work+"/")
	cmd := exec.Command("bash", "-euo", "pipefail", "-c", script)
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "GITHUB_STEP_SUMMARY="+summary)
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, "the grade step fails on the reference solutions:\n%s", out)
	table, err := os.ReadFile(summary)
	require.NoError(t, err)
	assert.Contains(t, string(table), fmt.Sprintf("%d/%d exercises pass", len(cat.Exercises), len(cat.Exercises)))
	assert.Contains(t, string(table), "| account | 10/10 | ✅ passed |")
	assert.FileExists(t, filepath.Join(work, "racekit-junit.xml"))
	assert.FileExists(t, filepath.Join(work, "racekit-grade.json"))
}
