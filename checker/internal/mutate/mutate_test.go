package mutate

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// testdata/sink uses every primitive the operators know.
func sinkMutants(t *testing.T) map[string]Mutant {
	t.Helper()
	ms, err := Generate("testdata/sink")
	require.NoError(t, err)
	byID := map[string]Mutant{}
	for _, m := range ms {
		require.NotContains(t, byID, m.ID, "mutant IDs are unique")
		byID[m.ID] = m
	}
	return byID
}

func TestEveryOperatorFindsItsMistake(t *testing.T) {
	byID := sinkMutants(t)
	found := map[string]int{}
	for _, m := range byID {
		found[m.Operator]++
	}
	for _, op := range Operators {
		assert.Positive(t, found[op.Name], "operator %s made no mutant of testdata/sink", op.Name)
		assert.NotEmpty(t, op.Pattern, op.Name)
	}
}

// Every mutant is a whole, type-correct file that differs from the
// original: a mutant that does not build would be "killed" by the compiler,
// which says nothing about the tests.
func TestMutantsBuild(t *testing.T) {
	orig, err := os.ReadFile("testdata/sink/sink.go")
	require.NoError(t, err)
	for id, m := range sinkMutants(t) {
		assert.NotEqual(t, string(orig), string(m.Source), id)
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, m.File, m.Source, parser.SkipObjectResolution)
		require.NoError(t, err, id)
		assert.Empty(t, typeCheck(fset, "sink", []*ast.File{f}, newInfo()), id)
		assert.Positive(t, m.Line, id)
		assert.NotEqual(t, m.Before, m.After, id)
	}
}

// What some operators do, as the report shows it.
func TestMutantsShowTheChangedLines(t *testing.T) {
	byID := sinkMutants(t)
	for _, tc := range []struct{ id, before, after string }{
		{"remove-lock@Store.Add#1", "s.mu.Lock() ⏎ defer s.mu.Unlock()", "func (s *Store) Add(k string, v int) bool {"},
		// Every Unlock of the region goes, the early return's too.
		{"remove-lock@Store.Inc#1", "s.mu.Lock() ⏎ s.n++ ⏎ if s.n > 100 { ⏎ s.mu.Unlock() ⏎ return -1 ⏎ } ⏎ n := s.n ⏎ s.mu.Unlock()",
			"s.n++ ⏎ if s.n > 100 { ⏎ return -1 ⏎ } ⏎ n := s.n"},
		{"split-region@Store.Add#2", "s.m[k] = v", "s.m[k] = v ⏎ s.mu.Unlock() ⏎ s.mu.Lock()"},
		{"shrink-region-start@Store.Inc#1", "s.mu.Lock() ⏎ s.n++", "s.n++ ⏎ s.mu.Lock()"},
		{"shrink-region-end@Store.Inc#1", "n := s.n ⏎ s.mu.Unlock()", "s.mu.Unlock() ⏎ n := s.n"},
		// The deferred Unlock becomes one before the last statement and
		// before every earlier return.
		{"shrink-region-end@Store.Add#1", "defer s.mu.Unlock() ⏎ if v < 0 { … s.list = append(s.list, v)",
			"if v < 0 { ⏎ s.mu.Unlock() … s.list = append(s.list, v) ⏎ s.mu.Unlock()"},
		{"shift-region@Store.Inc#1", "before := 0 ⏎ s.mu.Lock() … n := s.n ⏎ s.mu.Unlock()", "s.mu.Lock() ⏎ before := 0 … s.mu.Unlock() ⏎ n := s.n"},
		{"lock-to-rlock@Store.List#1", "s.rw.Lock() ⏎ defer s.rw.Unlock()", "s.rw.RLock() ⏎ defer s.rw.RUnlock()"},
		{"unlock-one-path@Store.Inc#1", "if s.n > 100 { ⏎ s.mu.Unlock()", "if s.n > 100 {"},
		{"swap-locks@Store.Both#1", "s.mu.Lock() ⏎ s.other.Lock()", "s.other.Lock() ⏎ s.mu.Lock()"},
		{"cond-for-to-if@Store.WaitFor#1", "for len(s.list) < n {", "if len(s.list) < n {"},
		{"broadcast-to-signal@Store.Add#1", "s.cond.Broadcast()", "s.cond.Signal()"},
		{"add-in-goroutine@Store.Fan#2", "wg.Add(1) ⏎ go func() {", "go func() { ⏎ wg.Add(1)"},
		{"go-to-call@Store.Fan#2", "wg.Go(func() { s.hits.Add(1) })", "(func() { s.hits.Add(1) })()"},
		{"atomic-to-plain@Store#2", "ready atomic.Bool", "ready mutantPlain[bool]"},
		{"chan-cap@New#3", "make(chan struct{}, 3)", "make(chan struct{}, (3)-1)"},
		{"once-to-call@Store.Close#1", "s.once.Do(func() { close(s.done) })", "(func() { close(s.done) })()"},
		{"return-internal@Store.List#1", "return append([]int(nil), s.list...)", "return s.list"},
		{"remove-cancel@Store.Fan#1", "defer cancel()", "_ = cancel"},
	} {
		m, ok := byID[tc.id]
		if !assert.True(t, ok, "no mutant %s", tc.id) {
			continue
		}
		assert.Contains(t, m.Before, tc.before, tc.id)
		assert.Contains(t, m.After, tc.after, tc.id)
	}
}

// Moving an Unlock across a return of constants, or across another Unlock,
// changes nothing: such mutants would survive every test.
func TestNoMutantThatChangesNothing(t *testing.T) {
	for id, m := range sinkMutants(t) {
		if m.Operator == "split-region" || m.Operator == "shrink-region-end" {
			assert.NotRegexp(t, `Unlock\(\) ⏎ return (true|false|-1)$`, m.After, id)
			assert.NotContains(t, m.After, "s.mu.Unlock() ⏎ s.other.Unlock()", id)
		}
	}
}

// A mutation that leaves a variable or an import unused still builds: the
// variable is kept in use, the import goes.
func TestMutantsStayCompilable(t *testing.T) {
	dir := t.TempDir()
	src := `package p

import (
	"maps"
	"time"
)

type T struct {
	done chan struct{}
	m    map[int]int
}

// Wait's timer is used only by the case that drop-select-case drops.
func (x *T) Wait(d time.Duration) bool {
	timer := time.NewTimer(d)
	select {
	case <-x.done:
		return true
	case <-timer.C:
		return false
	}
}

// Copy is the only user of maps.
func (x *T) Copy() map[int]int { return maps.Clone(x.m) }

// Done closes a channel nothing sends on: its capacity does not matter.
func New() *T { return &T{done: make(chan struct{})} }
`
	require.NoError(t, os.WriteFile(filepath.Join(dir, "p.go"), []byte(src), 0o644))
	ms, err := Generate(dir)
	require.NoError(t, err)
	ids := map[string]Mutant{}
	for _, m := range ms {
		ids[m.ID] = m
	}
	dropped, ok := ids["drop-select-case@T.Wait#2"]
	require.True(t, ok, "the mutant that drops the timer's case is kept: %v", ids)
	assert.Contains(t, string(dropped.Source), "_ = timer")
	copied, ok := ids["return-internal@T.Copy#1"]
	require.True(t, ok)
	assert.NotContains(t, string(copied.Source), `"maps"`)
	assert.Contains(t, string(copied.Source), "return x.m")
	for id := range ids {
		assert.False(t, strings.HasPrefix(id, "chan-cap@"), "a channel nothing sends on has no capacity mutant: %s", id)
	}
}

func TestGenerateNeedsCode(t *testing.T) {
	_, err := Generate(t.TempDir())
	assert.Error(t, err)
}
