package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/racekit/racekit/checker/internal/catalog"
	"github.com/racekit/racekit/checker/internal/check"
	"github.com/racekit/racekit/checker/internal/diagnose"
	"github.com/racekit/racekit/checker/internal/i18n"
)

// TestMain makes every checker these tests start speak English, whatever
// the locale of the machine running them; the Chinese is tested on its own.
func TestMain(m *testing.M) {
	os.Setenv("RACEKIT_LANG", "en")
	os.Exit(m.Run())
}

func kitRoot(t testing.TB) (string, *catalog.Catalog) {
	t.Helper()
	root, err := catalog.Root(".")
	require.NoError(t, err)
	cat, err := catalog.Load(root)
	require.NoError(t, err)
	return root, cat
}

func exercise(t testing.TB, cat *catalog.Catalog, name string) *catalog.Exercise {
	t.Helper()
	es, err := cat.Select([]string{name})
	require.NoError(t, err)
	return es[0]
}

// The account exercise as shipped: a race, pointing at account/account.go
// with the source line, as a learner sees it on a fresh clone.
func TestShippedAccountIsARaceInTheLearnersFile(t *testing.T) {
	root, cat := kitRoot(t)
	r, err := check.Exercise(context.Background(), root, exercise(t, cat, "account"), check.Form{})
	require.NoError(t, err)
	require.False(t, r.Passed)
	require.Contains(t, r.Kinds(), "race")
	race := r.Failures[slices.IndexFunc(r.Failures, func(f diagnose.Failure) bool { return f.Kind == "race" })]
	require.Len(t, race.Locations, 2)
	for _, l := range race.Locations {
		assert.Equal(t, "account/account.go", l.File)
		assert.Contains(t, l.Source, "a.balance", "the learner's own line, quoted")
	}
}

// failingCheckJSON runs `check --json args...` in the kit at root, which
// must fail (exit 1) as an unsolved kit does, and returns what it printed.
func failingCheckJSON(t *testing.T, root string, args ...string) []byte {
	t.Helper()
	cmd := exec.Command("go", append([]string{"run", "./checker", "check", "--json"}, args...)...)
	cmd.Dir = root
	var stdout bytes.Buffer
	cmd.Stdout = &stdout
	err := cmd.Run()
	var exit *exec.ExitError
	require.True(t, errors.As(err, &exit), "check of the unsolved kit must fail: %v", err)
	assert.Equal(t, 1, exit.ExitCode())
	return stdout.Bytes()
}

// `check` with no names stops at the exercise the learner is on, the first
// that fails, and names the rest as not checked: a fresh kit answers in
// seconds instead of sitting through every later exercise's deadlock.
func TestCheckStopsAtTheFirstFailingExercise(t *testing.T) {
	root, cat := kitRoot(t)
	stdout := failingCheckJSON(t, root)
	var doc struct {
		Exercises []struct {
			Name   string `json:"name"`
			Passed bool   `json:"passed"`
		} `json:"exercises"`
		NotChecked []string `json:"not_checked"`
	}
	require.NoError(t, json.Unmarshal(stdout, &doc), "%s", stdout)
	require.Len(t, doc.Exercises, 1, "only the first exercise, which fails on a fresh kit, is checked")
	assert.Equal(t, cat.Exercises[0].Name, doc.Exercises[0].Name)
	assert.False(t, doc.Exercises[0].Passed)
	var later []string
	for _, e := range cat.Exercises[1:] {
		later = append(later, e.Name)
	}
	assert.Equal(t, later, doc.NotChecked)
}

// `check --json` prints the documented schema, and exits 1 on a failure.
func TestCheckJSONDocument(t *testing.T) {
	root, _ := kitRoot(t)
	stdout := failingCheckJSON(t, root, "account")

	var doc struct {
		Exercises []struct {
			Name     *string `json:"name"`
			Path     *string `json:"path"`
			Passed   *bool   `json:"passed"`
			Failures []struct {
				Kind      *string `json:"kind"`
				Test      *string `json:"test"`
				Message   *string `json:"message"`
				Locations []struct {
					File *string `json:"file"`
					Line *int    `json:"line"`
				} `json:"locations"`
			} `json:"failures"`
			DurationMS *int64 `json:"duration_ms"`
		} `json:"exercises"`
		Passed *int `json:"passed"`
		Total  *int `json:"total"`
	}
	dec := json.NewDecoder(bytes.NewReader(stdout))
	require.NoError(t, dec.Decode(&doc), "stdout must be one JSON document")
	assert.False(t, dec.More(), "nothing after the document")
	require.Len(t, doc.Exercises, 1)
	ex := doc.Exercises[0]
	assert.Equal(t, "account", *ex.Name)
	assert.Equal(t, "account", *ex.Path)
	assert.False(t, *ex.Passed)
	assert.Positive(t, *ex.DurationMS)
	require.NotEmpty(t, ex.Failures)
	for _, f := range ex.Failures {
		assert.Contains(t, []string{"compile", "race", "leak", "deadlock", "timeout", "fail", "panic", "tamper"}, *f.Kind)
		assert.NotEmpty(t, *f.Message)
		require.NotNil(t, f.Test)
		for _, l := range f.Locations {
			assert.False(t, filepath.IsAbs(*l.File), "paths are relative to the kit root: %s", *l.File)
			assert.Positive(t, *l.Line)
		}
	}
	assert.Equal(t, 0, *doc.Passed)
	assert.Equal(t, 1, *doc.Total)
}

func TestWantLine(t *testing.T) {
	dir := t.TempDir()
	write := func(first string) string {
		f := filepath.Join(dir, "fix.go")
		require.NoError(t, os.WriteFile(f, []byte(first+"\npackage x\n"), 0o644))
		return f
	}
	want, err := wantLine(write("// want: pass"))
	require.NoError(t, err)
	assert.Nil(t, want)
	want, err = wantLine(write("// want: race fail"))
	require.NoError(t, err)
	assert.Equal(t, []string{"race", "fail"}, want)
	_, err = wantLine(write("// want: racy"))
	assert.ErrorContains(t, err, `unknown verdict kind "racy"`)
	_, err = wantLine(write("package x"))
	assert.Error(t, err)
}

// Every exercise speaks Chinese and English: its topic, every hint, its
// README; and so does the kit's own README.
func TestEveryExerciseIsInBothLanguages(t *testing.T) {
	root, cat := kitRoot(t)
	for _, e := range cat.Exercises {
		assert.NotEmpty(t, e.TopicZH, "%s: the catalog has no topic_zh", e.Name)
		if assert.Len(t, e.HintsZH, len(e.Hints), "%s: hints_zh must translate every hint, in order", e.Name) {
			for i, h := range e.HintsZH {
				assert.NotEmpty(t, h, "%s: hint %d has no Chinese", e.Name, i+1)
			}
		}
		for _, readme := range []string{"README.md", "README.zh.md"} {
			assert.FileExists(t, filepath.Join(root, e.Dir, readme), "%s: every exercise has a README in both languages", e.Name)
		}
	}
	assert.FileExists(t, filepath.Join(root, "README.zh.md"))
	first, _, _ := strings.Cut(readFile(t, filepath.Join(root, "README.md")), "\n")
	assert.Contains(t, first, "README.zh.md", "README.md's first line links to the Chinese README")
}

// Every failure message of every exercise's tests has its Chinese in
// messages.zh.toml beside them, with the same verbs, and the Chinese reads
// the values back out of what the English prints; nothing else is there.
func TestEveryTestMessageIsInBothLanguages(t *testing.T) {
	root, cat := kitRoot(t)
	for _, e := range cat.Exercises {
		dir := filepath.Join(root, e.Dir)
		zh, err := i18n.ReadTestMessages(dir)
		require.NoError(t, err, e.Name)
		tests, err := filepath.Glob(filepath.Join(dir, "*_test.go"))
		require.NoError(t, err)
		used := map[string]bool{}
		for _, file := range tests {
			failures, err := i18n.Failures([]byte(readFile(t, file)))
			require.NoError(t, err, file)
			for _, f := range failures {
				used[f.Format] = true
				cn, ok := zh[f.Format]
				if !assert.True(t, ok, "%s:%d prints %q, which has no Chinese in %s", rel(root, file), f.From, f.Format, i18n.TestMessagesFile) {
					continue
				}
				assert.Equal(t, i18n.Verbs(f.Format), i18n.Verbs(cn), "%s: the Chinese of %q has other verbs: %q", e.Name, f.Format, cn)
				// What the English prints with stand-in values, said in Chinese.
				var values []any
				for _, v := range i18n.Verb.FindAllString(f.Format, -1) {
					if v != "%%" {
						values = append(values, fmt.Sprintf("V%d", len(values)))
					}
				}
				_, ok = i18n.Translate(fmt.Sprintf(f.Format, values...), f.Format, cn)
				assert.True(t, ok, "%s: %q could not be said in Chinese as %q", e.Name, f.Format, cn)
			}
		}
		for en := range zh {
			assert.True(t, used[en], "%s: %s translates %q, which no test prints", e.Name, i18n.TestMessagesFile, en)
		}
	}
}

func rel(root, file string) string {
	r, _ := filepath.Rel(root, file)
	return r
}

func readFile(t *testing.T, file string) string {
	t.Helper()
	data, err := os.ReadFile(file)
	require.NoError(t, err)
	return string(data)
}

// An exercise's tests share its package with the learner's code, so every
// name a test file declares at package level starts with test (or is a
// Test, Benchmark, Example or Fuzz function): a correct fix that declares
// its own result, slow or counter must not fail to compile against them.
func TestTestsLeaveTheLearnersNamesFree(t *testing.T) {
	root, cat := kitRoot(t)
	for _, e := range cat.Exercises {
		files, err := filepath.Glob(filepath.Join(root, e.Dir, "*_test.go"))
		require.NoError(t, err)
		require.NotEmpty(t, files, e.Name)
		for _, file := range files {
			f, err := parser.ParseFile(token.NewFileSet(), file, nil, parser.SkipObjectResolution)
			require.NoError(t, err)
			for _, name := range packageLevelNames(f) {
				ok := strings.HasPrefix(name, "test") || name == "_"
				for _, prefix := range []string{"Test", "Benchmark", "Example", "Fuzz"} {
					ok = ok || strings.HasPrefix(name, prefix)
				}
				assert.True(t, ok, "%s declares %s: a learner's fix may declare it too; call it test%s",
					rel(root, file), name, strings.ToUpper(name[:1])+name[1:])
			}
		}
	}
}

// packageLevelNames are the names f declares at package level, methods
// aside.
func packageLevelNames(f *ast.File) []string {
	var names []string
	for _, d := range f.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			if d.Recv == nil {
				names = append(names, d.Name.Name)
			}
		case *ast.GenDecl:
			for _, s := range d.Specs {
				switch s := s.(type) {
				case *ast.TypeSpec:
					names = append(names, s.Name.Name)
				case *ast.ValueSpec:
					for _, n := range s.Names {
						names = append(names, n.Name)
					}
				}
			}
		}
	}
	return names
}
