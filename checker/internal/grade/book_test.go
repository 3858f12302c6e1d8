package grade

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/racekit/racekit/checker/internal/catalog"
	"github.com/racekit/racekit/checker/internal/check"
	"github.com/racekit/racekit/checker/internal/diagnose"
)

// fakeGrader is a grader binary that grades nothing: it prints the report
// each submission carries in report.json, so that a class's outcome is
// known in advance and the same on every run.
func fakeGrader(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "grader")
	script := `#!/bin/sh
while [ $# -gt 0 ]; do
  [ "$1" = --submission ] && exec cat "$2/report.json"
  shift
done
exit 3
`
	require.NoError(t, os.WriteFile(bin, []byte(script), 0o755))
	return bin
}

// cannedClass writes a class whose submissions carry their reports, for
// the exercises account and pool: some pass, some race, one tampered, one
// the grader failed on, and one a zip that cannot be read.
func cannedClass(t *testing.T) (dir string, exercises []*catalog.Exercise) {
	t.Helper()
	kit, _ := testKit(t)
	exercises, err := kit.Catalog.Select([]string{"account", "pool"})
	require.NoError(t, err)
	dir = t.TempDir()
	outcome := func(name string, kind string) Exercise {
		e := Exercise{Result: check.Result{Name: name, Passed: kind == ""}, MaxPoints: 10}
		if kind == "" {
			e.Points = 10
		} else {
			e.Failures = []diagnose.Failure{{Kind: kind, Message: name + " failed with " + kind}}
		}
		return e
	}
	students := map[string][2]string{ // the kinds of account and pool; "" passes
		"amy": {"", ""}, "ben": {diagnose.Race, ""}, "cy": {"", diagnose.Deadlock},
		"dee": {diagnose.Tamper, diagnose.Tamper}, "eve": {"", ""}, "fay": {diagnose.Race, diagnose.Fail},
		"gus": {"", diagnose.Race},
	}
	for name, kinds := range students {
		rep := Report{Student: name, Total: 2, MaxPoints: 20}
		for i, ex := range []string{"account", "pool"} {
			e := outcome(ex, kinds[i])
			rep.Exercises = append(rep.Exercises, e)
			rep.Points += e.Points
			if e.Passed {
				rep.Passed++
			}
		}
		data, err := json.Marshal(rep)
		require.NoError(t, err)
		write(t, filepath.Join(dir, name, "report.json"), string(data))
	}
	write(t, filepath.Join(dir, "hal", "report.json"), "not a report") // the grader fails
	write(t, filepath.Join(dir, "ivy.zip"), "not a zip")
	return dir, exercises
}

// dashboardData is a stand-in for the HTML dashboard (package report
// imports this one): the book it was given, as JSON.
func dashboardData(w io.Writer, b Book) error { return json.NewEncoder(w).Encode(b) }

func gradeCanned(t *testing.T, class string, exercises []*catalog.Exercise, shard Shard) (out string, progress string) {
	t.Helper()
	kit, _ := testKit(t)
	out = t.TempDir()
	var buf bytes.Buffer
	c := &Class{
		Kit: kit, Dir: class, Out: out, Jobs: 2, Exercises: exercises, Format: "text", Write: points,
		Grader: fakeGrader(t), Shard: shard, Dashboard: dashboardData, Progress: &buf,
	}
	_, err := c.Run(context.Background())
	require.NoError(t, err)
	return out, buf.String()
}

func TestShardsTakeEveryNthSubmissionByName(t *testing.T) {
	class, exercises := cannedClass(t)
	var seen []string
	for i := 1; i <= 3; i++ {
		out, progress := gradeCanned(t, class, exercises, Shard{I: i, N: 3})
		assert.Contains(t, progress, fmt.Sprintf("shard %d/3: ", i))
		var names []string
		for _, row := range gradebook(t, out)[1:] {
			names = append(names, row[0])
		}
		seen = append(seen, strings.Join(names, " "))
	}
	// amy ben cy dee eve fay gus hal ivy, dealt out in turn
	assert.Equal(t, []string{"amy dee gus", "ben eve hal", "cy fay ivy"}, seen)
}

func TestMergedShardsGiveTheGradebookOfOneRun(t *testing.T) {
	class, exercises := cannedClass(t)
	kit, _ := testKit(t)
	whole, _ := gradeCanned(t, class, exercises, Shard{})
	first, _ := gradeCanned(t, class, exercises, Shard{I: 1, N: 2})
	second, _ := gradeCanned(t, class, exercises, Shard{I: 2, N: 2})

	merged := t.TempDir()
	require.NoError(t, Merge(merged, []string{first, second}, kit.Catalog, dashboardData))

	read := func(dir, file string) string {
		data, err := os.ReadFile(filepath.Join(dir, file))
		require.NoError(t, err)
		return string(data)
	}
	assert.Equal(t, read(whole, Gradebook), read(merged, Gradebook), "byte for byte")
	assert.Equal(t, read(whole, Dashboard), read(merged, Dashboard), "the dashboard is drawn from the same book")
	rows := gradebook(t, merged)
	require.Len(t, rows, 10, "a header and nine students")
	assert.Equal(t, []string{"ben", "0.00", "10.00", "10.00", "20.00", "account: race"}, rows[2])
	assert.Contains(t, rows[8][5], "error: the grader process failed", "hal")
	assert.Contains(t, rows[9][5], "error: the zip could not be read", "ivy")

	var book Book
	require.NoError(t, json.Unmarshal([]byte(read(merged, Dashboard)), &book))
	assert.Len(t, book.Students, 9)
	assert.Empty(t, book.Pending)
	assert.Equal(t, []Column{{"account", 10}, {"pool", 10}}, book.Exercises)

	// Every student's reports come along, in JSON and the class's format.
	for _, s := range []string{"amy", "ben", "cy", "dee", "eve", "fay", "gus", "hal", "ivy"} {
		assert.Equal(t, read(whole, "students/"+s+".json"), read(merged, "students/"+s+".json"))
		assert.FileExists(t, filepath.Join(merged, "students", s+".txt"))
	}
}

func TestMergeRefusesShardsThatDoNotFit(t *testing.T) {
	class, exercises := cannedClass(t)
	kit, _ := testKit(t)
	first, _ := gradeCanned(t, class, exercises, Shard{I: 1, N: 2})
	err := Merge(t.TempDir(), []string{first, first}, kit.Catalog, nil)
	assert.ErrorContains(t, err, "amy was graded in both")

	accountOnly, _ := gradeCanned(t, class, exercises[:1], Shard{I: 2, N: 2})
	err = Merge(t.TempDir(), []string{first, accountOnly}, kit.Catalog, nil)
	assert.ErrorContains(t, err, "shards of one class grade the same exercises")

	assert.ErrorContains(t, Merge(t.TempDir(), []string{t.TempDir()}, kit.Catalog, nil), Gradebook)
}

func TestDashboardIsRewrittenAsStudentsFinish(t *testing.T) {
	class, exercises := cannedClass(t)
	kit, _ := testKit(t)
	out := t.TempDir()
	var books []Book
	c := &Class{
		Kit: kit, Dir: class, Out: out, Jobs: 1, Exercises: exercises, Format: "json",
		Grader: fakeGrader(t), Progress: io.Discard,
		Dashboard: func(w io.Writer, b Book) error {
			books = append(books, b)
			return dashboardData(w, b)
		},
	}
	_, err := c.Run(context.Background())
	require.NoError(t, err)
	require.Len(t, books, 1+9+1, "on start, after each student, at the end")
	assert.Empty(t, books[0].Students)
	assert.Len(t, books[0].Pending, 9, "a fresh class: everyone still to grade")
	assert.Len(t, books[1].Students, 1)
	assert.Len(t, books[1].Pending, 8)
	assert.Len(t, books[10].Students, 9)

	// On resume (hal's grader failed, so he is graded again) the first
	// dashboard already shows everyone graded before.
	books = nil
	_, err = c.Run(context.Background())
	require.NoError(t, err)
	require.NotEmpty(t, books)
	assert.Len(t, books[0].Students, 9)
	assert.FileExists(t, filepath.Join(out, Dashboard))
}

func TestParseShard(t *testing.T) {
	sh, err := ParseShard("2/4")
	require.NoError(t, err)
	assert.Equal(t, Shard{I: 2, N: 4}, sh)
	for _, bad := range []string{"0/4", "5/4", "1/0", "2", "a/b", "1/2/3", " 1/2"} {
		_, err := ParseShard(bad)
		assert.Error(t, err, bad)
	}
}
