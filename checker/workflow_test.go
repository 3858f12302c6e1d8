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

// The class workflow: a matrix of shards, each grading its part of the
// class and uploading it, and a merge job that downloads them all. Its
// steps are run here as the runners would, on a class graded in an instant
// (tampered and unreadable submissions), to check how they fit together.
func TestGradeClassWorkflow(t *testing.T) {
	root, _ := kitRoot(t)
	data, err := os.ReadFile(filepath.Join(root, ".github/workflows/grade-class.yml"))
	require.NoError(t, err)
	type step struct {
		Uses string            `yaml:"uses"`
		Run  string            `yaml:"run"`
		With map[string]string `yaml:"with"`
	}
	var wf struct {
		On   map[string]any `yaml:"on"`
		Jobs map[string]struct {
			Needs    string `yaml:"needs"`
			Strategy struct {
				Matrix struct {
					Shard []int `yaml:"shard"`
				} `yaml:"matrix"`
			} `yaml:"strategy"`
			Steps []step `yaml:"steps"`
		} `yaml:"jobs"`
	}
	require.NoError(t, yaml.Unmarshal(data, &wf))
	assert.Contains(t, wf.On, "workflow_dispatch", "a teacher starts it")
	shards, merge := wf.Jobs["shard"], wf.Jobs["merge"]
	n := len(shards.Strategy.Matrix.Shard)
	require.Greater(t, n, 1, "a matrix of shards")
	for i, s := range shards.Strategy.Matrix.Shard {
		assert.Equal(t, i+1, s, "shards are numbered 1..N")
	}
	assert.Equal(t, "shard", merge.Needs, "the merge waits for every shard")

	find := func(steps []step, match func(step) bool) step {
		for _, s := range steps {
			if match(s) {
				return s
			}
		}
		t.Fatalf("no such step")
		return step{}
	}
	gradeStep := find(shards.Steps, func(s step) bool { return strings.Contains(s.Run, "grade --class") })
	upload := find(shards.Steps, func(s step) bool { return strings.HasPrefix(s.Uses, "actions/upload-artifact@") })
	download := find(merge.Steps, func(s step) bool { return strings.HasPrefix(s.Uses, "actions/download-artifact@") })
	mergeStep := find(merge.Steps, func(s step) bool { return strings.Contains(s.Run, "gradebook merge") })
	assert.Equal(t, "grades-shard-${{ matrix.shard }}", upload.With["name"])
	assert.Equal(t, "grades", upload.With["path"])
	assert.Equal(t, "grades-shard-*", download.With["pattern"])
	assert.Equal(t, "shards", download.With["path"])

	// A class of three whose grades need no test run.
	work := t.TempDir()
	class := filepath.Join(work, "class-repo", "class")
	for _, s := range []string{"ann", "bill"} {
		test, err := os.ReadFile(filepath.Join(root, "account/account_test.go"))
		require.NoError(t, err)
		require.NoError(t, os.MkdirAll(filepath.Join(class, s, "account"), 0o755))
		require.NoError(t, os.WriteFile(filepath.Join(class, s, "account/account_test.go"), append(test, "\n// changed\n"...), 0o644))
	}
	require.NoError(t, os.WriteFile(filepath.Join(class, "cid.zip"), []byte("not a zip"), 0o644))

	run := func(script string, env ...string) {
		t.Helper()
		script = strings.ReplaceAll(script, "../", work+"/")
		cmd := exec.Command("bash", "-euo", "pipefail", "-c", script)
		cmd.Dir = root
		cmd.Env = append(os.Environ(), env...)
		out, err := cmd.CombinedOutput()
		require.NoError(t, err, "%s\n%s", script, out)
	}
	for i := 1; i <= n; i++ { // each runner, then its upload and the download
		script := strings.NewReplacer("${{ matrix.shard }}", fmt.Sprint(i), "${{ strategy.job-total }}", fmt.Sprint(n)).Replace(gradeStep.Run)
		run(script, "CLASS_PATH=class", "EXERCISES=account")
		require.NoError(t, os.MkdirAll(filepath.Join(work, "shards"), 0o755))
		require.NoError(t, os.Rename(filepath.Join(work, "grades"), filepath.Join(work, "shards", fmt.Sprint("grades-shard-", i))))
	}
	run(mergeStep.Run, "GITHUB_STEP_SUMMARY="+filepath.Join(work, "summary.md"))

	book, err := os.ReadFile(filepath.Join(work, "grades/gradebook.csv"))
	require.NoError(t, err)
	assert.Equal(t, "student,account,total,max,verdicts\n"+
		"ann,0.00,0.00,10.00,account: tamper\n"+
		"bill,0.00,0.00,10.00,account: tamper\n"+
		"cid,0.00,0.00,0.00,error: the zip could not be read: zip: not a valid zip file\n", string(book))
	assert.FileExists(t, filepath.Join(work, "grades/index.html"))
	summary, err := os.ReadFile(filepath.Join(work, "summary.md"))
	require.NoError(t, err)
	assert.Contains(t, string(summary), "3 students graded")
}
