// Package demo replays the seed's most famous moment on the learner's own
// Account: two threads that each read 1000, sleep 8 s and write, leaving
// 2000 or 900 instead of 1900. It runs the scenario in fake time, so it
// ends at once and the same way every time, and returns a Timeline that
// Text and SVG draw, a lane per goroutine.
//
// The learner's code is built as it is, with one change: the body of its
// slowStep (the seed's time.sleep(8)) becomes a call into the demo's clock,
// which counts the 8 seconds in fake time and notes who paused when.
// Everything else is seen from outside: when each call started, paused and
// returned, what it waited for (as the runtime names it), and the balance
// read through Balance between steps.
package demo

import (
	"bytes"
	"context"
	_ "embed"
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/racekit/racekit/checker/internal/runner"
)

//go:embed scenario.go.txt
var scenario string

// SlowStep is the function whose body the demo replaces: the shipped
// Account's stand-in for the seed's time.sleep(8).
const SlowStep = "slowStep"

// Options says which code to replay.
type Options struct {
	Root string // the kit root (where go.mod is)
	Dir  string // the package, relative to Root: account, or solutions/account
	// Code replaces code files of Dir: base name -> the file whose
	// contents to build instead (a candidate fix, say).
	Code map[string]string
	// WorkDir holds the build; it must exist.
	WorkDir string
}

// NoSlowStepError says the package has no func slowStep() to time.
type NoSlowStepError struct{ Dir string }

func (e *NoSlowStepError) Error() string {
	return fmt.Sprintf("no func %s() in %s", SlowStep, e.Dir)
}

// BuildError is code that does not compile: the compiler's words.
type BuildError struct{ Output string }

func (e *BuildError) Error() string { return "build failed:\n" + e.Output }

// CrashError is a run that ended without a timeline: a panic, say.
type CrashError struct{ Output string }

func (e *CrashError) Error() string { return "the run ended early:\n" + e.Output }

// Budget bounds the run of the scenario in real time. The scenario's own
// clock gives up on code that is still busy after 2 s of one step; this
// stops the process if even that fails.
var Budget = 20 * time.Second

// Run builds the scenario into opt's package and replays it.
func Run(ctx context.Context, opt Options) (*Timeline, error) {
	overlay, err := Overlay(opt)
	if err != nil {
		return nil, err
	}
	target := runner.Target{Root: opt.Root, Dir: opt.Dir, Overlay: overlay}
	flags, err := target.Flags(opt.WorkDir)
	if err != nil {
		return nil, err
	}
	bin := filepath.Join(opt.WorkDir, "demo.test")
	args := append(append([]string{"test", "-c", "-o", bin}, flags...), target.Package())
	build := exec.CommandContext(ctx, "go", args...)
	build.Dir = opt.Root
	build.Env = append(os.Environ(), "GOFLAGS=") // no -race: the demo shows the race, it does not hunt it
	if out, err := build.CombinedOutput(); err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		return nil, &BuildError{Output: string(out)}
	}

	ctx, cancel := context.WithTimeout(ctx, Budget)
	defer cancel()
	out := filepath.Join(opt.WorkDir, "demo.json")
	run := exec.CommandContext(ctx, bin, "-test.run=^TestRacekitDemo$", "-test.count=1", "-test.timeout="+Budget.String())
	run.Dir = filepath.Join(opt.Root, opt.Dir)
	run.Env = append(os.Environ(), "RACEKIT_DEMO_OUT="+out, "GOTRACEBACK=all", "GOMAXPROCS=2")
	run.WaitDelay = time.Second
	var output bytes.Buffer
	run.Stdout, run.Stderr = &output, &output
	runErr := run.Run()
	raw, err := os.ReadFile(out)
	if err != nil {
		if ctx.Err() != nil {
			return nil, &CrashError{Output: fmt.Sprintf("stopped after %v\n%s", Budget, output.String())}
		}
		return nil, &CrashError{Output: strings.TrimSpace(output.String() + "\n" + fmt.Sprint(runErr))}
	}
	return parse(raw)
}

// Overlay returns the go build overlay that turns opt's package into the
// demo: each code file with slowStep's body replaced, the scenario added
// as the package's only test file, the package's own tests hidden.
func Overlay(opt Options) (map[string]string, error) {
	dir, err := filepath.Abs(filepath.Join(opt.Root, opt.Dir))
	if err != nil {
		return nil, err
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		return nil, err
	}
	overlay := map[string]string{}
	pkg, found := "", false
	for _, file := range files {
		if strings.HasSuffix(file, "_test.go") {
			overlay[file] = ""
			continue
		}
		src := file
		if replaced, ok := opt.Code[filepath.Base(file)]; ok {
			src = replaced
		}
		code, err := os.ReadFile(src)
		if err != nil {
			return nil, err
		}
		name, rewritten, ok, err := rewriteSlowStep(file, code)
		if err != nil {
			return nil, err
		}
		pkg = name
		if ok {
			found = true
		}
		if ok || src != file {
			tmp := filepath.Join(opt.WorkDir, "code_"+filepath.Base(file))
			if err := os.WriteFile(tmp, rewritten, 0o644); err != nil {
				return nil, err
			}
			overlay[file] = tmp
		}
	}
	if !found {
		return nil, &NoSlowStepError{Dir: opt.Dir}
	}
	test := filepath.Join(opt.WorkDir, "racekit_demo_test.go")
	if err := os.WriteFile(test, []byte(strings.Replace(scenario, "package PACKAGE", "package "+pkg, 1)), 0o644); err != nil {
		return nil, err
	}
	overlay[filepath.Join(dir, "racekit_demo_test.go")] = test
	return overlay, nil
}

// rewriteSlowStep replaces the body of a top-level func slowStep() in src
// by a call to the demo's clock, keeping every line where it was (so that
// a line the demo quotes is the learner's line). An import of time that
// only slowStep used stays used through a blank variable.
func rewriteSlowStep(filename string, src []byte) (pkg string, out []byte, ok bool, err error) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, filename, src, 0)
	if err != nil {
		return "", nil, false, &BuildError{Output: err.Error()}
	}
	for _, d := range f.Decls {
		fn, isFunc := d.(*ast.FuncDecl)
		if !isFunc || fn.Recv != nil || fn.Name.Name != SlowStep || fn.Body == nil ||
			fn.Type.Params.NumFields() != 0 || fn.Type.Results.NumFields() != 0 {
			continue
		}
		from, to := fset.Position(fn.Body.Lbrace).Offset, fset.Position(fn.Body.Rbrace).Offset
		body := "{ racekitDemoPause()" + strings.Repeat("\n", bytes.Count(src[from:to], []byte("\n"))) + " }"
		out = append(append(append([]byte{}, src[:from]...), body...), src[to+1:]...)
		for _, imp := range f.Imports {
			if path, _ := strconv.Unquote(imp.Path.Value); path == "time" {
				name := "time"
				if imp.Name != nil {
					name = imp.Name.Name
				}
				if name != "_" && name != "." {
					out = append(out, "\nvar _ = "+name+".Sleep // the demo took slowStep's call away\n"...)
				}
			}
		}
		return f.Name.Name, out, true, nil
	}
	return f.Name.Name, src, false, nil
}

// errNoTimeline is a report the scenario did not finish writing.
var errNoTimeline = errors.New("the demo's report is empty")
