package scaffold

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/racekit/racekit/checker/internal/catalog"
	"github.com/racekit/racekit/checker/internal/i18n"
)

const header = "# the catalog\n\n[[exercise]]\nname = \"first\"\ndir = \"exercises/first\"\nexpect = [\"race\"]\npoints = 1\n"

func kit(t *testing.T) (string, *catalog.Catalog) {
	t.Helper()
	root := t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(root, "exercises"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(root, catalog.Path), []byte(header), 0o644))
	cat, err := catalog.Load(root)
	require.NoError(t, err)
	return root, cat
}

func TestNewWritesAnExerciseAndItsEntry(t *testing.T) {
	root, cat := kit(t)
	written, err := New(root, cat, "tally", `counts "hits" from many goroutines`)
	require.NoError(t, err)
	assert.Equal(t, []string{
		"exercises/tally/tally.go", "exercises/tally/tally_test.go", "exercises/tally/README.md",
		"exercises/tally/README.zh.md", "exercises/tally/messages.zh.toml", "solutions/tally/tally.go", "_shipped/exercises/tally/tally.go", catalog.Path,
	}, written)
	for _, f := range written {
		assert.FileExists(t, filepath.Join(root, f))
	}
	code, err := os.ReadFile(filepath.Join(root, "exercises/tally/tally.go"))
	require.NoError(t, err)
	shipped, err := os.ReadFile(filepath.Join(root, "_shipped/exercises/tally/tally.go"))
	require.NoError(t, err)
	assert.Equal(t, string(code), string(shipped), "reset's copy is the shipped code")
	assert.Contains(t, string(code), "package tally")
	assert.Contains(t, string(code), "make check NAME=tally")

	// The entry is appended: what was there stays, the new one loads.
	text, err := os.ReadFile(filepath.Join(root, catalog.Path))
	require.NoError(t, err)
	assert.Contains(t, string(text), header)
	cat, err = catalog.Load(root)
	require.NoError(t, err)
	es, err := cat.Select([]string{"tally"})
	require.NoError(t, err)
	assert.Equal(t, "exercises/tally", es[0].Dir)
	assert.Equal(t, `counts "hits" from many goroutines`, es[0].Topic)
	assert.Equal(t, []string{"race"}, es[0].Expect)
	assert.Len(t, es[0].Hints, 3)

	// Its test messages come with their Chinese.
	src, err := os.ReadFile(filepath.Join(root, "exercises/tally/tally_test.go"))
	require.NoError(t, err)
	failures, err := i18n.Failures(src)
	require.NoError(t, err)
	zh, err := i18n.ReadTestMessages(filepath.Join(root, "exercises/tally"))
	require.NoError(t, err)
	require.Len(t, zh, len(failures))
	for _, f := range failures {
		assert.Equal(t, i18n.Verbs(f.Format), i18n.Verbs(zh[f.Format]), f.Format)
	}
}

func TestNewRefusesWhatWouldBreakTheKit(t *testing.T) {
	root, cat := kit(t)
	for _, name := range []string{"", "Tally", "two words", "my-ex", "1st", "func", "first"} {
		_, err := New(root, cat, name, "")
		assert.Error(t, err, "%q", name)
	}
	require.NoError(t, os.MkdirAll(filepath.Join(root, "solutions", "taken"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(root, "solutions", "taken", "taken.go"), nil, 0o644))
	_, err := New(root, cat, "taken", "")
	assert.ErrorContains(t, err, "solutions/taken/taken.go already exists")
	assert.NoDirExists(t, filepath.Join(root, "exercises", "taken"), "nothing written when refused")
}
