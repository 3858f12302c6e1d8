// Package check runs one exercise, in one of its forms (as the learner left
// it, its reference solution, or a candidate fix), and returns its verdict.
package check

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/racekit/racekit/checker/internal/catalog"
	"github.com/racekit/racekit/checker/internal/diagnose"
	"github.com/racekit/racekit/checker/internal/i18n"
	"github.com/racekit/racekit/checker/internal/runner"
)

// Result is the verdict on one exercise.
type Result struct {
	Name       string             `json:"name"`
	Path       string             `json:"path"`
	Passed     bool               `json:"passed"`
	Failures   []diagnose.Failure `json:"failures"`
	DurationMS int64              `json:"duration_ms"`

	// Tests says, for each test the package declares, whether it passed in
	// every run that reported it (and was reported at all). Grading scores it.
	Tests []Outcome `json:"-"`
}

// Outcome is how one test fared across all the runs.
type Outcome struct {
	Name   string
	Passed bool
}

// Kinds returns the distinct verdict kinds of r's failures, in order.
func (r *Result) Kinds() []string {
	var kinds []string
	seen := map[string]bool{}
	for _, f := range r.Failures {
		if !seen[f.Kind] {
			seen[f.Kind] = true
			kinds = append(kinds, f.Kind)
		}
	}
	return kinds
}

// Form is what to test: the learner's exercise, the solution, or a fix.
type Form struct {
	Solution bool   // test solutions/<name> with the exercise's tests
	Fix      string // test the exercise with this file as its code
	// Code replaces code files of the solution: base name -> the file
	// whose contents to build instead (a mutant, say).
	Code map[string]string
	// EveryTest runs every test even after one has failed, as grading
	// needs to score each. Otherwise a process stops at its first failing
	// test: one failure is a verdict, and learners are waiting.
	EveryTest bool
	// Say is the language of the verdict's sentences; nil is English, as
	// grading, verify and mutate want it.
	Say *i18n.Printer
}

// Prepared is an exercise built and ready to run, once or many times.
type Prepared struct {
	Exercise *catalog.Exercise

	failFast bool
	bin      *runner.Binary
	code     *diagnose.Code
	broken   []diagnose.Failure // the build failed
}

// Prepare builds e's test binary in the given form, in workDir.
func Prepare(ctx context.Context, root string, e *catalog.Exercise, form Form, workDir string) (*Prepared, error) {
	target, err := Target(root, e, form)
	if err != nil {
		return nil, err
	}
	code := &diagnose.Code{Root: root, Dir: target.Dir, Overlay: target.Overlay, Say: form.Say}
	p := &Prepared{Exercise: e, code: code, failFast: !form.EveryTest}
	p.bin, err = runner.Build(ctx, target, workDir)
	var be *runner.BuildError
	if errors.As(err, &be) {
		p.broken = diagnose.Build(code, be.Output)
		return p, nil
	}
	return p, err
}

// Target maps a form to the package the build reads. The same test files
// judge every form: the solution and the fixes get the exercise's tests
// laid over them, so no test source exists twice.
func Target(root string, e *catalog.Exercise, form Form) (runner.Target, error) {
	exDir := filepath.Join(root, e.Dir)
	switch {
	case form.Solution:
		tests, err := filepath.Glob(filepath.Join(exDir, "*_test.go"))
		if err != nil || len(tests) == 0 {
			return runner.Target{}, fmt.Errorf("%s has no tests", e.Dir)
		}
		overlay := map[string]string{}
		for _, t := range tests {
			overlay[filepath.Join(root, e.SolutionDir(), filepath.Base(t))] = t
		}
		for base, src := range form.Code {
			overlay[filepath.Join(root, e.SolutionDir(), base)] = src
		}
		return runner.Target{Root: root, Dir: e.SolutionDir(), Overlay: overlay}, nil
	case form.Fix != "":
		fix, err := filepath.Abs(form.Fix)
		if err != nil {
			return runner.Target{}, err
		}
		if _, err := os.Stat(fix); err != nil {
			return runner.Target{}, err
		}
		code := filepath.Join(exDir, e.Name+".go")
		return runner.Target{Root: root, Dir: e.Dir, Overlay: map[string]string{code: fix}}, nil
	}
	return runner.Target{Root: root, Dir: e.Dir}, nil
}

// Run stresses the prepared exercise and returns its verdict.
func (p *Prepared) Run(ctx context.Context) Result {
	start := time.Now()
	e := p.Exercise
	r := Result{Name: e.Name, Path: e.Dir}
	if p.broken != nil {
		r.Failures = p.broken
	} else {
		cfg := runner.Config{
			Runs:     e.Runs,
			Parallel: 2,
			Count:    e.Count,
			CPU:      e.CPU,
			Budget:   e.Budget.Duration,
			Memory:   MemoryLimit,
			FailFast: p.failFast,
		}
		failed := func(res *runner.Result) bool {
			return len(diagnose.Results(p.code, p.bin, []*runner.Result{res})) > 0
		}
		results := runner.Stress(ctx, p.bin, cfg, failed)
		r.Failures = diagnose.Results(p.code, p.bin, results)
		r.Tests = outcomes(p.bin.Tests, results)
	}
	r.Passed = len(r.Failures) == 0 && ctx.Err() == nil
	r.DurationMS = time.Since(start).Milliseconds()
	return r
}

// MemoryLimit is the resident memory a test process may use before it is
// stopped: the race detector needs 5-10 times a program's usual memory, and
// a runaway test must not take the machine down with it.
var MemoryLimit int64 = 2 << 30

// outcomes says which of the declared tests passed in every run that
// reported them. A test no run reported did not pass.
func outcomes(declared []string, results []*runner.Result) []Outcome {
	var out []Outcome
	for _, name := range declared {
		out = append(out, Outcome{Name: name, Passed: passedEverywhere(name, results)})
	}
	return out
}

func passedEverywhere(name string, results []*runner.Result) bool {
	passed := false
	for _, res := range results {
		for _, t := range res.Process.Tests {
			// -cpu runs TestX as TestX-2 too; names have no other dashes.
			if t.Name != name && !strings.HasPrefix(t.Name, name+"-") {
				continue
			}
			if t.Fails > 0 || t.Unfinished() {
				return false
			}
			passed = passed || t.Passes > 0
		}
	}
	return passed
}

// Exercise prepares and runs e once in the given form.
func Exercise(ctx context.Context, root string, e *catalog.Exercise, form Form) (Result, error) {
	workDir, err := os.MkdirTemp("", "racekit-")
	if err != nil {
		return Result{}, err
	}
	defer os.RemoveAll(workDir)
	start := time.Now()
	p, err := Prepare(ctx, root, e, form, workDir)
	if err != nil {
		return Result{}, err
	}
	r := p.Run(ctx)
	r.DurationMS = time.Since(start).Milliseconds()
	return r, nil
}
