package grade

// A corpus of tampering and hostile submissions of the account exercise,
// each graded as a teacher's checker would: with the tests it carries.

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/racekit/racekit"
	"github.com/racekit/racekit/checker/internal/catalog"
	"github.com/racekit/racekit/checker/internal/check"
	"github.com/racekit/racekit/checker/internal/diagnose"
)

const kitRoot = "../../.."

// budget is the account exercise's time budget in these tests: short, so
// that the hanging submissions cost seconds, yet far above what the
// solution needs (about 0.2 s a process).
const budget = 6 * time.Second

func testKit(t testing.TB) (*Kit, *catalog.Exercise) {
	t.Helper()
	data, err := racekit.Canonical.ReadFile(catalog.Path)
	require.NoError(t, err)
	cat, err := catalog.Parse(data)
	require.NoError(t, err)
	es, err := cat.Select([]string{"account"})
	require.NoError(t, err)
	e := *es[0]
	e.Budget.Duration = budget
	return &Kit{Files: racekit.Canonical, Catalog: cat}, &e
}

// aSubmission is a student's copy of the kit's account exercise: the
// reference solution as its code, the kit's own test, and go.mod.
func aSubmission(t testing.TB) string {
	t.Helper()
	dir := t.TempDir()
	copyFile(t, filepath.Join(kitRoot, "solutions/account/account.go"), filepath.Join(dir, "account/account.go"))
	copyFile(t, filepath.Join(kitRoot, "account/account_test.go"), filepath.Join(dir, "account/account_test.go"))
	copyFile(t, filepath.Join(kitRoot, "go.mod"), filepath.Join(dir, "go.mod"))
	return dir
}

func copyFile(t testing.TB, from, to string) {
	t.Helper()
	data, err := os.ReadFile(from)
	require.NoError(t, err)
	write(t, to, string(data))
}

func write(t testing.TB, file, text string) {
	t.Helper()
	require.NoError(t, os.MkdirAll(filepath.Dir(file), 0o755))
	require.NoError(t, os.WriteFile(file, []byte(text), 0o644))
}

func edit(t testing.TB, file, old, new string) {
	t.Helper()
	data, err := os.ReadFile(file)
	require.NoError(t, err)
	require.Contains(t, string(data), old)
	write(t, file, strings.Replace(string(data), old, new, 1))
}

func gradeIt(t *testing.T, dir string) (Exercise, time.Duration) {
	t.Helper()
	kit, e := testKit(t)
	start := time.Now()
	rep := kit.Submission(context.Background(), dir, t.TempDir(), []*catalog.Exercise{e})
	require.Empty(t, rep.Error)
	require.Len(t, rep.Exercises, 1)
	return rep.Exercises[0], time.Since(start)
}

// shipped is the account exercise as the kit ships it: a race.
func shipped(t testing.TB) string {
	data, err := os.ReadFile(filepath.Join(kitRoot, "account/account.go"))
	require.NoError(t, err)
	return string(data)
}

func TestGradeCorpus(t *testing.T) {
	cases := []struct {
		name    string
		change  func(t *testing.T, dir string)
		kind    string // a verdict kind the grade must have; "" for full marks
		message string // part of the failure's message
	}{
		{name: "the reference solution", change: func(*testing.T, string) {}},
		{name: "only the code file handed in", change: func(t *testing.T, dir string) {
			require.NoError(t, os.Remove(filepath.Join(dir, "go.mod")))
			require.NoError(t, os.Remove(filepath.Join(dir, "account/account_test.go")))
		}},
		{name: "a Windows checkout (CRLF test file)", change: func(t *testing.T, dir string) {
			f := filepath.Join(dir, "account/account_test.go")
			data, _ := os.ReadFile(f)
			write(t, f, strings.ReplaceAll(string(data), "\n", "\r\n"))
		}},
		{name: "the code in a wrapping folder", change: func(t *testing.T, dir string) {
			require.NoError(t, os.MkdirAll(filepath.Join(dir, "racekit-main"), 0o755))
			for _, f := range []string{"account", "go.mod"} {
				require.NoError(t, os.Rename(filepath.Join(dir, f), filepath.Join(dir, "racekit-main", f)))
			}
		}},

		// Tampering: each earns nothing, whatever the code does.
		{name: "test edited to expect less", kind: "tamper", message: "account/account_test.go was edited",
			change: func(t *testing.T, dir string) {
				edit(t, filepath.Join(dir, "account/account_test.go"), "granted != 3 ||", "false &&")
			}},
		{name: "test deleted from a copy of the kit", kind: "tamper", message: "was removed or renamed",
			change: func(t *testing.T, dir string) {
				require.NoError(t, os.Remove(filepath.Join(dir, "account/account_test.go")))
			}},
		{name: "test renamed", kind: "tamper", message: "account/renamed_test.go was added",
			change: func(t *testing.T, dir string) {
				require.NoError(t, os.Rename(filepath.Join(dir, "account/account_test.go"), filepath.Join(dir, "account/renamed_test.go")))
			}},
		{name: "own TestMain that exits 0", kind: "tamper", message: "account/evil_test.go was added",
			change: func(t *testing.T, dir string) {
				write(t, filepath.Join(dir, "account/evil_test.go"), "package account\n\nimport (\n\t\"os\"\n\t\"testing\"\n)\n\nfunc TestMain(m *testing.M) { os.Exit(0) }\n")
			}},
		{name: "test file dropped by a build tag", kind: "tamper", message: "was edited",
			change: func(t *testing.T, dir string) {
				f := filepath.Join(dir, "account/account_test.go")
				data, _ := os.ReadFile(f)
				write(t, f, "//go:build ignore\n\n"+string(data))
			}},
		{name: "go.mod changed", kind: "tamper", message: "go.mod was edited",
			change: func(t *testing.T, dir string) {
				edit(t, filepath.Join(dir, "go.mod"), "go 1.26", "go 1.26\n\nreplace go.uber.org/goleak => ./fakegoleak")
			}},

		// Hostile or broken code: a verdict, within the budget, no points.
		{name: "init that exits 0", kind: "fail", message: "never reported",
			change: func(t *testing.T, dir string) {
				f := filepath.Join(dir, "account/account.go")
				edit(t, f, "\"errors\"", "\"errors\"\n\t\"os\"")
				data, _ := os.ReadFile(f)
				write(t, f, string(data)+"\nfunc init() { os.Exit(0) }\n")
			}},
		{name: "os.Exit(0) inside Save", kind: "panic", message: "os.Exit(0)",
			change: func(t *testing.T, dir string) {
				f := filepath.Join(dir, "account/account.go")
				edit(t, f, "\tbalance := a.balance\n\tslowStep()\n\ta.balance = balance + amount", "\tos.Exit(0)")
				edit(t, f, "\"errors\"", "\"errors\"\n\t\"os\"")
			}},
		{name: "os.Exit(3) inside Draw", kind: "fail",
			change: func(t *testing.T, dir string) {
				f := filepath.Join(dir, "account/account.go")
				edit(t, f, "\tbalance := a.balance\n\tif balance < amount {", "\tos.Exit(3)\n\tbalance := a.balance\n\tif balance < amount {")
				edit(t, f, "\"errors\"", "\"errors\"\n\t\"os\"")
			}},
		{name: "panic in init", kind: "panic", message: "boom",
			change: func(t *testing.T, dir string) {
				f := filepath.Join(dir, "account/account.go")
				data, _ := os.ReadFile(f)
				write(t, f, string(data)+"\nfunc init() { panic(\"boom\") }\n")
			}},
		{name: "endless loop", kind: "timeout",
			change: func(t *testing.T, dir string) {
				f := filepath.Join(dir, "account/account.go")
				edit(t, f, "func (a *Account) Name() string { return a.name }", "func (a *Account) Name() string {\n\tfor {\n\t}\n}")
			}},
		{name: "deadlock", kind: "deadlock",
			change: func(t *testing.T, dir string) {
				edit(t, filepath.Join(dir, "account/account.go"), "\ta.mu.Lock()\n\tdefer a.mu.Unlock()\n\treturn a.balance", "\ta.mu.Lock()\n\ta.mu.Lock()\n\treturn a.balance")
			}},
		{name: "output flood", kind: "timeout",
			change: func(t *testing.T, dir string) {
				f := filepath.Join(dir, "account/account.go")
				edit(t, f, "func (a *Account) Name() string { return a.name }",
					"func (a *Account) Name() string {\n\tfor {\n\t\tprintln(strings.Repeat(\"flood \", 100))\n\t}\n}")
				edit(t, f, "\"errors\"", "\"errors\"\n\t\"strings\"")
			}},
		{name: "memory hog", kind: "panic", message: "memory",
			change: func(t *testing.T, dir string) {
				f := filepath.Join(dir, "account/account.go")
				edit(t, f, "func (a *Account) Name() string { return a.name }",
					"var hog [][]byte\n\nfunc (a *Account) Name() string {\n\tfor {\n\t\thog = append(hog, bytes.Repeat([]byte(\"x\"), 1<<20))\n\t}\n}")
				edit(t, f, "\"errors\"", "\"bytes\"\n\t\"errors\"")
			}},
		{name: "goroutine bomb", kind: "leak panic timeout deadlock",
			change: func(t *testing.T, dir string) {
				f := filepath.Join(dir, "account/account.go")
				edit(t, f, "func (a *Account) Name() string { return a.name }",
					"func (a *Account) Name() string {\n\tfor range 200000 {\n\t\tgo func() { select {} }()\n\t}\n\treturn a.name\n}")
			}},
		{name: "compile error", kind: "compile", message: "undefined: nonsense",
			change: func(t *testing.T, dir string) {
				edit(t, filepath.Join(dir, "account/account.go"), "return a.name", "return nonsense")
			}},
		{name: "missing function", kind: "compile", message: "Draw",
			change: func(t *testing.T, dir string) {
				f := filepath.Join(dir, "account/account.go")
				data, _ := os.ReadFile(f)
				src := string(data)
				start := strings.Index(src, "// Draw withdraws")
				end := strings.Index(src, "// Balance returns")
				write(t, f, src[:start]+src[end:])
			}},
		{name: "code file dropped by a build tag", kind: "compile",
			change: func(t *testing.T, dir string) {
				f := filepath.Join(dir, "account/account.go")
				data, _ := os.ReadFile(f)
				write(t, f, "//go:build ignore\n\n"+string(data))
			}},
		{name: "importing the reference solution", kind: "compile", message: "solutions/account",
			change: func(t *testing.T, dir string) {
				f := filepath.Join(dir, "account/account.go")
				edit(t, f, "\"errors\"", "\"errors\"\n\tsol \"github.com/racekit/racekit/solutions/account\"")
				data, _ := os.ReadFile(f)
				write(t, f, string(data)+"\nvar _ = sol.New\n")
			}},
		{name: "the shipped exercise, unchanged", kind: "race",
			change: func(t *testing.T, dir string) {
				write(t, filepath.Join(dir, "account/account.go"), shipped(t))
			}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if tc.name == "memory hog" {
				defer func(limit int64) { check.MemoryLimit = limit }(check.MemoryLimit)
				check.MemoryLimit = 512 << 20
			}
			dir := aSubmission(t)
			tc.change(t, dir)
			ex, took := gradeIt(t, dir)
			// Within the budget: each process stops at it, two run at a time,
			// plus the build and the grace the runner gives a dying process.
			assert.Less(t, took, budget+40*time.Second, "grading took too long")
			if tc.kind == "" {
				assert.True(t, ex.Passed, "want a pass, got %v: %+v", ex.Kinds(), ex.Failures)
				assert.Equal(t, ex.MaxPoints, ex.Points)
				return
			}
			assert.False(t, ex.Passed)
			assert.Zero(t, ex.Points, "no points: %+v", ex.Checks)
			kinds := ex.Kinds()
			assert.True(t, containsAny(kinds, strings.Fields(tc.kind)), "want %s, got %v: %+v", tc.kind, kinds, ex.Failures)
			if tc.message != "" {
				assert.True(t, anyMessage(ex, tc.message), "no failure says %q: %+v", tc.message, ex.Failures)
			}
		})
	}
}

func containsAny(have, want []string) bool {
	for _, w := range want {
		for _, h := range have {
			if h == w {
				return true
			}
		}
	}
	return false
}

func anyMessage(ex Exercise, part string) bool {
	for _, f := range ex.Failures {
		if strings.Contains(f.Message, part) || strings.Contains(f.Evidence, part) {
			return true
		}
	}
	return false
}

// A failure in a subtest is its parent test's: the graded check says what
// failed, not that the test "did not run to the end".
func TestSubtestFailureExplainsItsTest(t *testing.T) {
	e := &catalog.Exercise{Name: "pipe", Points: 10}
	r := check.Result{
		Name:     "pipe",
		Failures: []diagnose.Failure{{Kind: diagnose.Fail, Test: "TestClose/a_Send_waits", Message: "a.Send returned nil while nothing could complete it"}},
		Tests:    []check.Outcome{{Name: "TestClose", Passed: false}},
	}
	ex := scored(e, r, "", []string{"TestClose"})
	require.Len(t, ex.Checks, 1)
	assert.Equal(t, diagnose.Fail, ex.Checks[0].Kind)
	assert.Equal(t, "a.Send returned nil while nothing could complete it", ex.Checks[0].Message)
	assert.Zero(t, ex.Points)
}
