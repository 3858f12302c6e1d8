package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// miniKit writes a kit of one exercise, a counter, whose tests read the
// count only after every Inc has returned: they kill the mutants of Inc
// and miss the ones that take Get's lock away.
func miniKit(t *testing.T, equivalent string) string {
	t.Helper()
	root := t.TempDir()
	files := map[string]string{
		"go.mod": "module mini\n\ngo 1.26\n",
		"exercises/catalog.toml": `[[exercise]]
name = "counter"
dir = "exercises/counter"
topic = "a counter"
seed = "none"
expect = ["race"]
points = 1
hints = ["lock it"]
` + equivalent,
		"exercises/counter/counter.go": "package counter\n\ntype Counter struct{ n int }\n\nfunc (c *Counter) Inc() { c.n++ }\n\nfunc (c *Counter) Get() int { return c.n }\n",
		"exercises/counter/counter_test.go": `package counter

import (
	"sync"
	"testing"
)

func TestIncFromManyGoroutines(t *testing.T) {
	var c Counter
	var wg sync.WaitGroup
	for range 50 {
		wg.Go(func() {
			for range 20 {
				c.Inc()
			}
		})
	}
	wg.Wait()
	if got := c.Get(); got != 1000 {
		t.Errorf("Get() = %d after 1000 Incs, want 1000", got)
	}
}
`,
		"solutions/counter/counter.go": `package counter

import "sync"

type Counter struct {
	mu sync.Mutex
	n  int
}

func (c *Counter) Inc() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n++
}

func (c *Counter) Get() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.n
}
`,
	}
	for name, text := range files {
		path := filepath.Join(root, name)
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, []byte(text), 0o644))
	}
	return root
}

// buildChecker builds this checker once per test binary.
func buildChecker(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "checker")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	require.NoError(t, err, "%s", out)
	return bin
}

// runIn runs the checker in dir and returns its stdout and exit code.
func runIn(t *testing.T, bin, dir string, args ...string) (string, int) {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Dir = dir
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		return stdout.String(), exit.ExitCode()
	}
	require.NoError(t, err, "%s", stderr.String())
	return stdout.String(), 0
}

type mutateDoc struct {
	Exercises []struct {
		Name       string         `json:"name"`
		Mutants    int            `json:"mutants"`
		Killed     int            `json:"killed"`
		KilledBy   map[string]int `json:"killed_by"`
		Equivalent int            `json:"equivalent"`
		Survived   []survivor     `json:"survived"`
		Problems   []string       `json:"problems"`
	} `json:"exercises"`
}

func TestMutateFindsTheMissingTest(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs five race-enabled mutants")
	}
	bin := buildChecker(t)
	root := miniKit(t, `
[[exercise.equivalent]]
mutant = "shrink-region-end@Counter.Get#1"
why = "declared here only to test the declaration"
`)
	out, code := runIn(t, bin, root, "mutate", "--json")
	assert.Equal(t, 1, code, "a survivor fails the run")
	var doc mutateDoc
	require.NoError(t, json.Unmarshal([]byte(out), &doc), out)
	require.Len(t, doc.Exercises, 1)
	ex := doc.Exercises[0]
	assert.Equal(t, "counter", ex.Name)
	// remove-lock and shrink-region-end of Inc and of Get, and Inc's
	// shrink-region-start; Get's would move its return above the lock.
	assert.Equal(t, 5, ex.Mutants)
	assert.Equal(t, 3, ex.Killed)
	assert.Equal(t, 3, ex.KilledBy["race"], "Inc without its lock races: %v", ex.KilledBy)
	assert.Equal(t, 1, ex.Equivalent)
	assert.Empty(t, ex.Problems)
	require.Len(t, ex.Survived, 1)
	s := ex.Survived[0]
	assert.Equal(t, "remove-lock@Counter.Get#1", s.ID)
	assert.Equal(t, "remove-lock", s.Operator)
	assert.Equal(t, "counter.go", s.File)
	assert.Equal(t, 16, s.Line)
	assert.Contains(t, s.Before, "c.mu.Lock() ⏎ defer c.mu.Unlock()")
	assert.NotContains(t, s.After, "c.mu.Lock()")

	text, code := runIn(t, bin, root, "mutate", "counter")
	assert.Equal(t, 1, code)
	assert.Contains(t, text, "counter      5 mutants:   3 killed (race 3), 1 equivalent, 1 survived")
	assert.Contains(t, text, "solutions/counter/counter.go:16  remove-lock@Counter.Get#1")
}

// A catalog that declares a mutant equivalent when there is no such mutant
// is out of date: mutate says so and fails.
func TestMutateRejectsAStaleEquivalent(t *testing.T) {
	bin := buildChecker(t)
	root := miniKit(t, `
[[exercise.equivalent]]
mutant = "remove-lock@Counter.Reset#1"
why = "Reset was removed long ago"
`)
	out, code := runIn(t, bin, root, "mutate", "--list")
	assert.Equal(t, 0, code)
	assert.Contains(t, out, "remove-lock@Counter.Inc#1")
	// Checking needs no mutant to run to find the stale declaration, but it
	// runs them all the same; the JSON says what is wrong.
	if testing.Short() {
		return
	}
	out, code = runIn(t, bin, root, "mutate", "--json")
	assert.Equal(t, 1, code)
	var doc mutateDoc
	require.NoError(t, json.Unmarshal([]byte(out), &doc), out)
	require.Len(t, doc.Exercises[0].Problems, 1)
	assert.Contains(t, doc.Exercises[0].Problems[0], "remove-lock@Counter.Reset#1")
}

// What `new` writes is a working exercise from the start: the shipped code
// fails, the solution passes, and its tests kill every mutant.
func TestNewExerciseVerifiesAndKillsEveryMutant(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the new exercise's mutants")
	}
	bin := buildChecker(t)
	kit, _ := kitRoot(t)
	root := t.TempDir()
	for _, f := range []string{"go.mod", "go.sum"} {
		data, err := os.ReadFile(filepath.Join(kit, f))
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(filepath.Join(root, f), data, 0o644))
	}
	require.NoError(t, os.MkdirAll(filepath.Join(root, "exercises"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(root, "exercises", "catalog.toml"), []byte("# a new kit\n"), 0o644))

	out, code := runIn(t, bin, root, "new", "--topic", "a counter", "tally")
	require.Equal(t, 0, code, out)
	assert.Contains(t, out, "wrote exercises/tally/tally.go")

	out, code = runIn(t, bin, root, "verify", "tally")
	assert.Equal(t, 0, code, out)
	assert.Contains(t, out, "verify: 2 passed, 0 failed")

	out, code = runIn(t, bin, root, "mutate", "--json", "tally")
	assert.Equal(t, 0, code, out)
	var doc mutateDoc
	require.NoError(t, json.Unmarshal([]byte(out), &doc), out)
	require.Len(t, doc.Exercises, 1)
	assert.Positive(t, doc.Exercises[0].Mutants)
	assert.Equal(t, doc.Exercises[0].Mutants, doc.Exercises[0].Killed, "%+v", doc.Exercises[0])
	assert.Empty(t, doc.Exercises[0].Survived)
}
