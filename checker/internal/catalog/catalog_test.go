package catalog

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/racekit/racekit/checker/internal/runner"
)

func kit(t *testing.T, toml string) string {
	t.Helper()
	root := t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(root, "exercises"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(root, Path), []byte(toml), 0o644))
	return root
}

func TestTheKitsCatalogLoads(t *testing.T) {
	root, err := Root(".")
	require.NoError(t, err)
	c, err := Load(root)
	require.NoError(t, err)
	require.NotEmpty(t, c.Exercises)
	assert.Equal(t, "account", c.Exercises[0].Name, "the account exercise comes first")
	for _, e := range c.Exercises {
		assert.DirExists(t, filepath.Join(root, e.Dir), e.Name)
		assert.FileExists(t, filepath.Join(root, e.Dir, e.Name+".go"), "one code file per exercise, named after it")
		assert.FileExists(t, filepath.Join(root, e.SolutionDir(), e.Name+".go"), "a solution for every exercise")
		assert.FileExists(t, filepath.Join(root, e.Dir, "README.md"), "a README that teaches")
		assert.NotEmpty(t, e.Hints, e.Name)
		assert.True(t, e.Seed != "" || e.Class != "", "%s: a seed section or a bug class says where the exercise comes from", e.Name)
		assert.Positive(t, e.Points, e.Name)

		// Graded checks name real tests, and leave none of them ungraded.
		declared, err := runner.Target{Root: root, Dir: e.Dir}.DeclaredTests()
		require.NoError(t, err)
		require.NotEmpty(t, declared, e.Name)
		graded := map[string]bool{}
		for _, c := range e.GradedChecks(declared) {
			for _, test := range c.Tests {
				assert.True(t, test == Leftovers || slices.Contains(declared, test), "%s: check %q names no test %s", e.Name, c.Name, test)
				graded[test] = true
			}
		}
		for _, test := range declared {
			assert.True(t, graded[test], "%s: %s is in no graded check", e.Name, test)
		}
	}
}

func TestDefaults(t *testing.T) {
	c, err := Load(kit(t, `[[exercise]]
name = "a"
dir = "a"
expect = ["race"]
`))
	require.NoError(t, err)
	e := c.Exercises[0]
	assert.Equal(t, 10*time.Second, e.Budget.Duration)
	assert.Equal(t, 2, e.Count)
	assert.Equal(t, "1,2,4", e.CPU)
	assert.Equal(t, 2, e.Runs)
	assert.Equal(t, filepath.Join("solutions", "a"), e.SolutionDir())
}

func TestChecksMustAddUpToThePoints(t *testing.T) {
	_, err := Load(kit(t, `[[exercise]]
name = "a"
dir = "a"
expect = ["race"]
points = 10

[[exercise.checks]]
name = "half"
tests = ["TestA"]
points = 5
`))
	assert.ErrorContains(t, err, `the checks of "a" add up to 5 points, not its 10`)
}

func TestLoadRejectsMistakes(t *testing.T) {
	_, err := Load(kit(t, `[[exercise]]
name = "a"
dir = "a"
expect = ["racy"]

[[exercise]]
name = "a"
dir = "b"
`))
	require.Error(t, err)
	assert.Contains(t, err.Error(), `unknown verdict "racy"`)
	assert.Contains(t, err.Error(), `"a" appears twice`)
	assert.Contains(t, err.Error(), "declares no expected verdict")

	// A lost [[exercise]] header files the next exercise's fields under the
	// previous one's table: that must not pass as one exercise fewer.
	_, err = Load(kit(t, `[[exercise]]
name = "a"
dir = "a"
expect = ["race"]

[[exercise.equivalent]]
mutant = "m"
why = "w"

name = "b"
`))
	require.Error(t, err)
	assert.Contains(t, err.Error(), "unknown key exercise.equivalent.name")
}

func TestSelect(t *testing.T) {
	c, err := Load(kit(t, `[[exercise]]
name = "a"
dir = "a"
expect = ["race"]

[[exercise]]
name = "b"
dir = "b"
expect = ["fail"]
`))
	require.NoError(t, err)
	es, err := c.Select([]string{"b", "a"})
	require.NoError(t, err)
	assert.Equal(t, "a", es[0].Name, "catalog order, whatever the order asked")
	_, err = c.Select([]string{"nope"})
	assert.ErrorContains(t, err, `no exercise called "nope" (try: a, b)`)
}
