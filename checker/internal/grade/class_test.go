package grade

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// buildChecker builds the checker binary that grades each submission.
func buildChecker(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "checker")
	cmd := exec.Command("go", "build", "-o", bin, "./checker")
	cmd.Dir = kitRoot
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, "%s", out)
	return bin
}

// zipDir zips dir into file, under a wrapping folder as GitHub's
// "Download ZIP" does.
func zipDir(t *testing.T, dir, file, wrapper string) {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	require.NoError(t, filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		w, err := zw.Create(wrapper + "/" + filepath.ToSlash(rel))
		if err != nil {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		_, err = w.Write(data)
		return err
	}))
	require.NoError(t, zw.Close())
	require.NoError(t, os.WriteFile(file, buf.Bytes(), 0o644))
}

func TestClassIsGradedAndResumesAfterAnInterruption(t *testing.T) {
	kit, _ := testKit(t)
	exercises, err := kit.Catalog.Select([]string{"account"})
	require.NoError(t, err)
	class := t.TempDir()
	move := func(name string, dir string) {
		require.NoError(t, os.Rename(dir, filepath.Join(class, name)))
	}

	move("alice", aSubmission(t))
	bob := aSubmission(t)
	write(t, filepath.Join(bob, "account/account.go"), shipped(t))
	move("bob", bob)
	dave := aSubmission(t)
	edit(t, filepath.Join(dave, "account/account_test.go"), "granted != 3 ||", "false &&")
	move("dave", dave)
	frank := aSubmission(t)
	edit(t, filepath.Join(frank, "account/account.go"), "return a.name", "return nonsense")
	move("frank", frank)
	oscar := aSubmission(t) // kills the grader that runs his code
	edit(t, filepath.Join(oscar, "account/account.go"), "\"errors\"", "\"errors\"\n\t\"os\"\n\t\"syscall\"")
	src, _ := os.ReadFile(filepath.Join(oscar, "account/account.go"))
	write(t, filepath.Join(oscar, "account/account.go"), string(src)+"\nfunc init() { syscall.Kill(os.Getppid(), syscall.SIGKILL) }\n")
	move("oscar", oscar)
	zipDir(t, aSubmission(t), filepath.Join(class, "carol.zip"), "racekit-main")
	require.NoError(t, os.WriteFile(filepath.Join(class, "mallory.zip"), []byte("not a zip"), 0o644))

	out := t.TempDir()
	var progress bytes.Buffer
	c := &Class{
		Kit: kit, Dir: class, Out: out, Jobs: 2, Exercises: exercises,
		Format: "text", Write: points, Grader: buildChecker(t), Progress: &progress,
		Dashboard: dashboardData,
	}

	// Interrupt the first run as soon as one report is saved.
	ctx, cancel := context.WithCancel(context.Background())
	c.Jobs = 1
	go func() {
		for ctx.Err() == nil {
			if reports, _ := filepath.Glob(filepath.Join(out, "students", "*.json")); len(reports) > 0 {
				cancel()
			}
			time.Sleep(20 * time.Millisecond)
		}
	}()
	code, err := c.Run(ctx)
	require.NoError(t, err)
	assert.Equal(t, 2, code, "an interrupted run says so")
	assert.Contains(t, progress.String(), "run the same command again")
	first, _ := filepath.Glob(filepath.Join(out, "students", "*.json"))
	require.NotEmpty(t, first)
	require.Less(t, len(first), 7, "the interruption stopped the run")

	// The second run grades only the rest.
	progress.Reset()
	c.Jobs = 2
	code, err = c.Run(context.Background())
	require.NoError(t, err)
	assert.Equal(t, 0, code)
	assert.Contains(t, progress.String(), "graded before")

	rows := gradebook(t, out)
	require.Len(t, rows, 8, "a header and seven students")
	assert.Equal(t, []string{"student", "account", "total", "max", "verdicts"}, rows[0])
	byName := map[string][]string{}
	for _, r := range rows[1:] {
		byName[r[0]] = r
	}
	assert.Equal(t, "10.00", byName["alice"][2])
	assert.Equal(t, "10.00", byName["carol"][2], "a zip with a wrapping folder")
	assert.Equal(t, "0.00", byName["bob"][2])
	assert.Contains(t, byName["bob"][4], "account: race")
	assert.Equal(t, "0.00", byName["dave"][2])
	assert.Contains(t, byName["dave"][4], "tamper")
	assert.Contains(t, byName["frank"][4], "compile")
	assert.Contains(t, byName["mallory"][4], "error: the zip could not be read")
	assert.Contains(t, byName["oscar"][4], "error: the grader process failed", "his grader died, nobody else's")

	// One report per student, in JSON and in the class's format.
	for _, s := range []string{"alice", "bob", "carol", "dave", "frank"} {
		assert.FileExists(t, filepath.Join(out, "students", s+".json"))
		assert.FileExists(t, filepath.Join(out, "students", s+".txt"))
	}
	// The dashboard is drawn from the same book as the gradebook.
	data, err := os.ReadFile(filepath.Join(out, Dashboard))
	require.NoError(t, err)
	var book Book
	require.NoError(t, json.Unmarshal(data, &book))
	require.Len(t, book.Students, 7)
	assert.Empty(t, book.Pending)
	assert.Equal(t, "alice", book.Students[0].Student)
	assert.True(t, book.Students[0].Exercises[0].Passed)

	leftovers, _ := filepath.Glob(filepath.Join(out, "students", ".tmp-*"))
	assert.Empty(t, leftovers, "every report was written whole")
}

// points is a stand-in for a report format (the real ones live in package
// report, which imports this one).
func points(w io.Writer, r Report) error {
	_, err := fmt.Fprintf(w, "%s: %.2f/%.2f\n", r.Student, r.Points, r.MaxPoints)
	return err
}

func gradebook(t *testing.T, out string) [][]string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(out, Gradebook))
	require.NoError(t, err)
	rows, err := csv.NewReader(strings.NewReader(string(data))).ReadAll()
	require.NoError(t, err)
	return rows
}

func TestUnzipRefusesEntriesOutsideTheSubmission(t *testing.T) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.Create("../../escaped.go")
	require.NoError(t, err)
	w.Write([]byte("package x"))
	require.NoError(t, zw.Close())
	file := filepath.Join(t.TempDir(), "evil.zip")
	require.NoError(t, os.WriteFile(file, buf.Bytes(), 0o644))
	dir := filepath.Join(t.TempDir(), "out")
	err = unzip(file, dir)
	assert.ErrorContains(t, err, "points outside the submission")
	assert.NoFileExists(t, filepath.Join(filepath.Dir(dir), "escaped.go"))
}

func TestUnzipRefusesABomb(t *testing.T) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.Create("big.go")
	require.NoError(t, err)
	zero := make([]byte, 1<<20)
	for range maxZipBytes>>20 + 1 {
		w.Write(zero) // compresses to almost nothing
	}
	require.NoError(t, zw.Close())
	file := filepath.Join(t.TempDir(), "bomb.zip")
	require.NoError(t, os.WriteFile(file, buf.Bytes(), 0o644))
	assert.ErrorContains(t, unzip(file, t.TempDir()), "bytes uncompressed")
}

func TestAllowanceCoversEveryExercisesBudget(t *testing.T) {
	kit, _ := testKit(t)
	var budgets time.Duration
	for _, e := range kit.Catalog.Exercises {
		budgets += e.Budget.Duration
	}
	assert.Greater(t, allowance(kit.Catalog.Exercises), budgets)
}
