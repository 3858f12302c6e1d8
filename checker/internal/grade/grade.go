package grade

import (
	"bytes"
	"context"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/racekit/racekit/checker/internal/catalog"
	"github.com/racekit/racekit/checker/internal/check"
	"github.com/racekit/racekit/checker/internal/diagnose"
	"github.com/racekit/racekit/checker/internal/runner"
)

// Kit is what the teacher's kit says, carried inside the checker: its
// module files, catalog and canonical tests (racekit.Canonical).
type Kit struct {
	Files   fs.FS
	Catalog *catalog.Catalog
}

// maxCodeFile bounds a student's code file: an exercise is a page of code.
const maxCodeFile = 1 << 20

// Submission grades the exercises of the submission in dir. Each exercise
// is built in a fresh module under workDir from the kit's go.mod, go.sum
// and tests plus only the student's code files for it, so whatever the
// submission did to its own tests, module or other exercises, the kit's
// tests judge its code.
func (k *Kit) Submission(ctx context.Context, dir, workDir string, exercises []*catalog.Exercise) Report {
	start := time.Now()
	root := findRoot(dir, exercises)
	rep := Report{Total: len(exercises)}
	module, err := os.MkdirTemp(workDir, "module-")
	if err == nil {
		err = k.writeModule(module)
	}
	if err != nil {
		rep.Error = "the grader could not set up a build: " + err.Error()
	}
	kitTampered := k.moduleChanges(root)
	for _, e := range exercises {
		ex := Exercise{MaxPoints: float64(e.Points)}
		ex.Name, ex.Path = e.Name, e.Dir
		if rep.Error == "" {
			ex = k.exercise(ctx, e, root, module, workDir, kitTampered)
		}
		rep.Exercises = append(rep.Exercises, ex)
		rep.Points += ex.Points
		rep.MaxPoints += ex.MaxPoints
		if ex.Passed {
			rep.Passed++
		}
	}
	rep.DurationMS = time.Since(start).Milliseconds()
	return rep
}

func (k *Kit) exercise(ctx context.Context, e *catalog.Exercise, root, module, workDir string, kitTampered []string) Exercise {
	start := time.Now()
	tests, err := fs.Glob(k.Files, e.Dir+"/*_test.go")
	if err == nil && len(tests) == 0 {
		err = fmt.Errorf("the kit has no tests for %s", e.Name)
	}
	if err == nil {
		err = k.copyTests(tests, module)
	}
	if err != nil {
		return scored(e, check.Result{Name: e.Name, Path: e.Dir}, err.Error(), nil)
	}
	declared, err := runner.Target{Root: module, Dir: e.Dir}.DeclaredTests()
	if err != nil {
		return scored(e, check.Result{Name: e.Name, Path: e.Dir}, err.Error(), nil)
	}
	r := check.Result{Name: e.Name, Path: e.Dir}
	for _, name := range declared {
		r.Tests = append(r.Tests, check.Outcome{Name: name})
	}
	if changes := append(slices.Clone(kitTampered), k.testChanges(e, root, tests)...); len(changes) > 0 {
		r.Failures = []diagnose.Failure{{
			Kind:    diagnose.Tamper,
			Message: "The kit's files were changed: " + strings.Join(changes, "; ") + ".",
			Advice:  "Hand in your own code files only as the kit gave them; the kit's tests always judge, and changed tests earn no points.",
		}}
	} else if err := copyCode(root, module, e.Dir); err != nil {
		r.Failures = []diagnose.Failure{{Kind: diagnose.Compile, Message: err.Error()}}
	} else {
		r, err = check.Exercise(ctx, module, e, check.Form{EveryTest: true}) // every test earns its points
		if err != nil {
			return scored(e, check.Result{Name: e.Name, Path: e.Dir, Tests: r.Tests}, err.Error(), nil)
		}
	}
	r.DurationMS = time.Since(start).Milliseconds()
	return scored(e, r, "", declared)
}

// writeModule lays the kit's go.mod and go.sum in module.
func (k *Kit) writeModule(module string) error {
	for _, f := range []string{"go.mod", "go.sum"} {
		data, err := fs.ReadFile(k.Files, f)
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(module, f), data, 0o644); err != nil {
			return err
		}
	}
	return nil
}

func (k *Kit) copyTests(tests []string, module string) error {
	for _, t := range tests {
		data, err := fs.ReadFile(k.Files, t)
		if err != nil {
			return err
		}
		dst := filepath.Join(module, filepath.FromSlash(t))
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(dst, data, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// copyCode copies the student's code files of exercise dir (the .go files
// that are not tests) into the module. Only regular files count: a link
// could point anywhere on the grader's machine.
func copyCode(root, module, dir string) error {
	entries, err := os.ReadDir(filepath.Join(root, dir))
	if err != nil {
		return fmt.Errorf("the submission has no %s directory", dir)
	}
	copied := 0
	for _, ent := range entries {
		name := ent.Name()
		if !catalog.IsCodeFile(name) || !ent.Type().IsRegular() {
			continue
		}
		data, err := os.ReadFile(filepath.Join(root, dir, name))
		if err != nil {
			return err
		}
		if len(data) > maxCodeFile {
			return fmt.Errorf("%s/%s is larger than %d bytes", dir, name, maxCodeFile)
		}
		if err := os.WriteFile(filepath.Join(module, dir, name), data, 0o644); err != nil {
			return err
		}
		copied++
	}
	if copied == 0 {
		return fmt.Errorf("The exercise's code is missing: no .go file in %s", dir)
	}
	return nil
}

// testChanges lists what the submission did to exercise e's tests: a
// canonical test file edited or (in a full copy of the kit) removed, or a
// test file added. Line endings do not count: a Windows checkout changes
// them without the student doing anything.
func (k *Kit) testChanges(e *catalog.Exercise, root string, tests []string) []string {
	var changes []string
	fullKit := exists(filepath.Join(root, "go.mod"))
	for _, t := range tests {
		want, _ := fs.ReadFile(k.Files, t)
		got, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(t)))
		switch {
		case err != nil && fullKit:
			changes = append(changes, t+" was removed or renamed")
		case err == nil && !bytes.Equal(normalise(got), normalise(want)):
			changes = append(changes, t+" was edited")
		}
	}
	own, _ := filepath.Glob(filepath.Join(root, e.Dir, "*_test.go"))
	for _, f := range own {
		rel := path.Join(e.Dir, filepath.Base(f))
		if !slices.Contains(tests, rel) {
			changes = append(changes, rel+" was added")
		}
	}
	return changes
}

// moduleChanges reports a go.mod that differs from the kit's: it could
// swap the dependencies the tests rely on, such as goleak.
func (k *Kit) moduleChanges(root string) []string {
	got, err := os.ReadFile(filepath.Join(root, "go.mod"))
	if err != nil {
		return nil // just the exercise files were handed in
	}
	want, _ := fs.ReadFile(k.Files, "go.mod")
	if !bytes.Equal(normalise(got), normalise(want)) {
		return []string{"go.mod was edited"}
	}
	return nil
}

func normalise(b []byte) []byte {
	return bytes.TrimSpace(bytes.ReplaceAll(b, []byte("\r\n"), []byte("\n")))
}

func exists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

// findRoot finds the kit inside a submission: the directory that holds an
// exercise, going down through single wrapping folders such as the one a
// zip of "racekit-main/" or "alice/" adds.
func findRoot(dir string, exercises []*catalog.Exercise) string {
	for range 4 {
		for _, e := range exercises {
			if exists(filepath.Join(dir, e.Dir)) {
				return dir
			}
		}
		entries, err := os.ReadDir(dir)
		if err != nil {
			return dir
		}
		var subdirs []string
		for _, ent := range entries {
			if ent.IsDir() && !strings.HasPrefix(ent.Name(), ".") && !strings.HasPrefix(ent.Name(), "__") {
				subdirs = append(subdirs, ent.Name())
			}
		}
		if len(subdirs) != 1 {
			return dir
		}
		dir = filepath.Join(dir, subdirs[0])
	}
	return dir
}

// scored turns a verdict into points, check by check: a graded check earns
// its points when each of its tests passed in every run with no failure
// found in it. Tampering or a failed build fails them all.
func scored(e *catalog.Exercise, r check.Result, graderError string, declared []string) Exercise {
	ex := Exercise{Result: r, MaxPoints: float64(e.Points), Error: graderError}
	var whole *diagnose.Failure // a failure that sinks every check
	for i, f := range r.Failures {
		if f.Kind == diagnose.Tamper || f.Kind == diagnose.Compile {
			whole = &r.Failures[i]
			break
		}
	}
	passed := map[string]bool{}
	allPassed := len(r.Tests) > 0
	for _, o := range r.Tests {
		passed[o.Name] = o.Passed
		allPassed = allPassed && o.Passed
	}
	// why says why a test (or the leftovers check) did not pass, or "".
	why := func(test string) (kind, message string) {
		switch {
		case graderError != "":
			return "error", "the grader could not run it: " + graderError
		case whole != nil:
			return whole.Kind, whole.Message
		case test == catalog.Leftovers:
			if f := firstFailure(r.Failures, ""); f != nil {
				return f.Kind, f.Message
			}
			if !allPassed {
				return diagnose.Fail, "not checked: leftover goroutines are looked for only once every test has passed"
			}
		default:
			if f := firstFailure(r.Failures, test); f != nil {
				return f.Kind, f.Message
			}
			if !passed[test] {
				return diagnose.Fail, test + " did not run to the end: an earlier failure stopped the test process"
			}
		}
		return "", ""
	}
	for _, gc := range e.GradedChecks(declared) {
		c := Check{Name: gc.Name, MaxPoints: gc.Points}
		for _, test := range gc.Tests {
			if kind, msg := why(test); kind != "" {
				c.Kind, c.Message = kind, msg
				break
			}
		}
		c.Passed = c.Kind == ""
		if c.Passed {
			c.Points = c.MaxPoints
		}
		ex.Points += c.Points
		ex.Checks = append(ex.Checks, c)
	}
	ex.Passed = r.Passed && graderError == "" && whole == nil
	return ex
}

// firstFailure returns the first failure found in test or one of its
// subtests (or, for "", outside any test), or nil.
func firstFailure(fs []diagnose.Failure, test string) *diagnose.Failure {
	for i, f := range fs {
		if f.Test == test || test != "" && strings.HasPrefix(f.Test, test+"/") {
			return &fs[i]
		}
	}
	return nil
}
