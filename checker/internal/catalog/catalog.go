// Package catalog reads exercises/catalog.toml, the single source of truth
// about the kit's exercises: their order, directories, expected verdicts,
// hints, points and stress settings.
package catalog

import (
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/BurntSushi/toml"

	"github.com/racekit/racekit/checker/internal/i18n"
)

// Path is where the catalog lives, relative to the kit root.
const Path = "exercises/catalog.toml"

// Exercise is one entry of the catalog.
type Exercise struct {
	Name  string `toml:"name"`
	Dir   string `toml:"dir"` // the learner's package, relative to the kit root
	Topic string `toml:"topic"`
	// TopicZH and HintsZH say Topic and Hints in Chinese.
	TopicZH string   `toml:"topic_zh"`
	HintsZH []string `toml:"hints_zh"`
	// Seed is the section of the seed tutorial the exercise translates;
	// Class, for the exercises beyond the seed, is the class of real Go
	// concurrency bug it reproduces, as Tu et al. (ASPLOS 2019) sort them:
	// "blocking: Mutex", "non-blocking: anonymous function" and so on.
	Seed   string   `toml:"seed"`
	Class  string   `toml:"class"`
	Expect []string `toml:"expect"` // verdict kinds the shipped version fails with
	Points int      `toml:"points"`
	Hints  []string `toml:"hints"`
	// Checks share Points for partial credit when grading. Without them
	// the exercise is one check: all its points, or none.
	Checks []Check `toml:"checks"`
	// Equivalent lists the mutants of the solution (checker mutate) that
	// no test can tell from it, each with the reason.
	Equivalent []Equivalent `toml:"equivalent"`

	// Stress settings: Runs processes, each running every test Count times
	// at each GOMAXPROCS in CPU, each stopped after Budget.
	Budget duration `toml:"budget"`
	Count  int      `toml:"count"`
	CPU    string   `toml:"cpu"`
	Runs   int      `toml:"runs"`
}

// Check is one graded check of an exercise: it earns its points when every
// one of its tests passes. The test name Leftovers stands for goleak's
// check, after all tests, that nothing was left running.
type Check struct {
	Name   string   `toml:"name"`
	Tests  []string `toml:"tests"`
	Points float64  `toml:"points"`
}

// Equivalent is a mutant that behaves exactly as the solution does, so
// that no test can kill it: Mutant is its ID as `checker mutate` prints it.
type Equivalent struct {
	Mutant string `toml:"mutant"`
	Why    string `toml:"why"`
}

// Leftovers names, in a check's tests, the check that no goroutine is left
// running once the tests are done.
const Leftovers = "leftovers"

// GradedChecks returns e's checks, or the single all-or-nothing check over
// the given tests when the catalog declares none.
func (e *Exercise) GradedChecks(tests []string) []Check {
	if len(e.Checks) > 0 {
		return e.Checks
	}
	return []Check{{
		Name:   "all tests pass and nothing is left running",
		Tests:  append(slices.Clone(tests), Leftovers),
		Points: float64(e.Points),
	}}
}

// IsCodeFile reports whether the file called name (a base name or a path)
// is an exercise's code: a Go file the learner writes, not a test.
func IsCodeFile(name string) bool {
	return strings.HasSuffix(name, ".go") && !strings.HasSuffix(name, "_test.go")
}

// TopicIn returns the exercise's topic in l (in English where the
// catalog has no Chinese yet).
func (e *Exercise) TopicIn(l i18n.Lang) string {
	if l == i18n.Chinese && e.TopicZH != "" {
		return e.TopicZH
	}
	return e.Topic
}

// HintsIn returns the exercise's hints in l (in English where the catalog
// has no Chinese yet).
func (e *Exercise) HintsIn(l i18n.Lang) []string {
	if l == i18n.Chinese && len(e.HintsZH) > 0 {
		return e.HintsZH
	}
	return e.Hints
}

// SolutionDir is where the exercise's reference solution lives.
func (e *Exercise) SolutionDir() string { return filepath.Join("solutions", e.Name) }

// Catalog is the list of exercises in the order a learner meets them.
type Catalog struct {
	Exercises []*Exercise `toml:"exercise"`
}

// Kinds are the verdict kinds an exercise may declare in expect.
var Kinds = []string{"compile", "race", "leak", "deadlock", "timeout", "fail", "panic", "tamper"}

type duration struct{ time.Duration }

func (d *duration) UnmarshalText(b []byte) (err error) {
	d.Duration, err = time.ParseDuration(string(b))
	return err
}

// Load reads and validates the catalog of the kit rooted at root.
func Load(root string) (*Catalog, error) {
	data, err := os.ReadFile(filepath.Join(root, Path))
	if err != nil {
		return nil, fmt.Errorf("reading the catalog: %w", err)
	}
	return Parse(data)
}

// Parse reads and validates a catalog from its TOML text.
func Parse(data []byte) (*Catalog, error) {
	var c Catalog
	md, err := toml.Decode(string(data), &c)
	if err != nil {
		return nil, fmt.Errorf("reading the catalog: %w", err)
	}
	seen := map[string]bool{}
	var errs []error
	// A key the catalog does not know is a typo, or a header lost in a
	// merge that files one exercise's fields under another's table.
	for _, key := range md.Undecoded() {
		errs = append(errs, fmt.Errorf("%s: unknown key %s", Path, key))
	}
	for i, e := range c.Exercises {
		if e.Name == "" || e.Dir == "" {
			errs = append(errs, fmt.Errorf("%s: exercise %d needs a name and a dir", Path, i+1))
			continue
		}
		if seen[e.Name] {
			errs = append(errs, fmt.Errorf("%s: exercise %q appears twice", Path, e.Name))
		}
		seen[e.Name] = true
		if len(e.Expect) == 0 {
			errs = append(errs, fmt.Errorf("%s: exercise %q declares no expected verdict", Path, e.Name))
		}
		sum := 0.0
		for _, ch := range e.Checks {
			sum += ch.Points
		}
		if len(e.Checks) > 0 && math.Abs(sum-float64(e.Points)) > 1e-9 {
			errs = append(errs, fmt.Errorf("%s: the checks of %q add up to %g points, not its %d", Path, e.Name, sum, e.Points))
		}
		for _, eq := range e.Equivalent {
			if eq.Mutant == "" || strings.TrimSpace(eq.Why) == "" {
				errs = append(errs, fmt.Errorf("%s: an equivalent mutant of %q needs a mutant ID and a reason why", Path, e.Name))
			}
		}
		for _, k := range e.Expect {
			if !slices.Contains(Kinds, k) {
				errs = append(errs, fmt.Errorf("%s: exercise %q expects unknown verdict %q", Path, e.Name, k))
			}
		}
		e.setDefaults()
	}
	return &c, errors.Join(errs...)
}

func (e *Exercise) setDefaults() {
	if e.Budget.Duration == 0 {
		e.Budget.Duration = 10 * time.Second
	}
	if e.Count == 0 {
		e.Count = 2
	}
	if e.CPU == "" {
		e.CPU = "1,2,4"
	}
	if e.Runs == 0 {
		e.Runs = 2
	}
}

// Select returns the named exercises in catalog order, or all of them when
// no name is given.
func (c *Catalog) Select(names []string) ([]*Exercise, error) {
	if len(names) == 0 {
		return c.Exercises, nil
	}
	var out []*Exercise
	for _, e := range c.Exercises {
		if slices.Contains(names, e.Name) {
			out = append(out, e)
		}
	}
	for _, n := range names {
		if !slices.ContainsFunc(out, func(e *Exercise) bool { return e.Name == n }) {
			return nil, &UnknownError{Name: n, Names: c.names()}
		}
	}
	return out, nil
}

// UnknownError is a name the catalog has no exercise for.
type UnknownError struct {
	Name  string
	Names []string // the names it has
}

func (e *UnknownError) Error() string {
	return fmt.Sprintf("no exercise called %q (try: %s)", e.Name, strings.Join(e.Names, ", "))
}

// ErrNoKit is Root's error outside any kit.
var ErrNoKit = errors.New("run the checker inside the kit")

func (c *Catalog) names() []string {
	var ns []string
	for _, e := range c.Exercises {
		ns = append(ns, e.Name)
	}
	return ns
}

// Root finds the kit root: the nearest directory at or above dir that holds
// the catalog.
func Root(dir string) (string, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	for d := dir; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, Path)); err == nil {
			return d, nil
		}
		if filepath.Dir(d) == d {
			return "", fmt.Errorf("no %s in %s or any parent: %w", Path, dir, ErrNoKit)
		}
	}
}
