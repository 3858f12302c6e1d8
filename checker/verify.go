package main

// verify is the kit's self-test, for authors: every shipped exercise must
// fail with the verdict its catalog entry declares, every solution must
// pass, and (with --fixes) every fix in checker/testdata/fixes must get the
// verdict its first line wants. With --runs N each is tried N times, which
// turns "it works" into a detection rate and a flake rate.

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"time"

	"golang.org/x/sync/errgroup"

	"github.com/racekit/racekit/checker/internal/catalog"
	"github.com/racekit/racekit/checker/internal/check"
	"github.com/racekit/racekit/checker/internal/i18n"
	"github.com/racekit/racekit/checker/internal/report"
)

func runVerify(ctx context.Context, root string, cat *catalog.Catalog, args []string) (int, error) {
	fs := flag.NewFlagSet("verify", flag.ContinueOnError)
	runs := fs.Int("runs", 1, "try each shipped exercise, solution and fix `N` times")
	fixes := fs.Bool("fixes", false, "also try every fix in checker/testdata/fixes")
	parallel := fs.Int("j", max(2, runtime.NumCPU()), "try `N` cases at a time")
	if err := fs.Parse(args); err != nil {
		return 2, err
	}
	exercises, err := cat.Select(fs.Args())
	if err != nil {
		return 2, err
	}
	workDir, err := os.MkdirTemp("", "racekit-verify-")
	if err != nil {
		return 2, err
	}
	defer os.RemoveAll(workDir)

	type job struct {
		e    *catalog.Exercise
		c    candidate
		done chan struct{}
		t    *tally
	}
	var jobs []*job
	for _, e := range exercises {
		cases := []candidate{
			{label: "shipped", want: e.Expect},
			{label: "solution", form: check.Form{Solution: true}},
		}
		if *fixes {
			fc, err := fixCases(root, e)
			if err != nil {
				return 2, err
			}
			cases = append(cases, fc...)
		}
		for _, c := range cases {
			jobs = append(jobs, &job{e: e, c: c, done: make(chan struct{})})
		}
	}
	// Cases run side by side (a deadlocking fix mostly waits out its
	// budget), and are reported in order as they finish.
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(max(1, *parallel))
	for i, j := range jobs {
		g.Go(func() error {
			defer close(j.done)
			t, err := j.c.try(gctx, root, j.e, filepath.Join(workDir, fmt.Sprint(i)), *runs)
			j.t = t
			return err
		})
	}
	bad, tried := 0, 0
	for _, j := range jobs {
		<-j.done
		if j.t == nil { // the group failed: g.Wait says why
			break
		}
		fmt.Println(j.t.line(j.e.Name))
		tried++
		if j.t.wrong > 0 {
			bad++
			fmt.Fprintf(os.Stderr, "\n%s %s: a wrong verdict, %s:\n", j.e.Name, j.c.label, j.t.wantText())
			report.Text(os.Stderr, i18n.NewPrinter(i18n.English), j.t.firstWrong, nil)
			fmt.Fprintln(os.Stderr)
		}
	}
	if err := g.Wait(); err != nil {
		return 2, err
	}
	// The last line counts cases, each tried --runs times, in the plain
	// "N passed, N failed" form CI logs recognise.
	if bad > 0 {
		fmt.Printf("\n%d case(s) got a wrong verdict in some run.\nverify: %d passed, %d failed\n", bad, tried-bad, bad)
		return 1, nil
	}
	fmt.Printf("\nEvery verdict as expected.\nverify: %d passed, 0 failed\n", tried)
	return 0, nil
}

// candidate is one form of an exercise and the verdict it must get: pass
// when want is empty, else a failure of one of the want kinds.
type candidate struct {
	label string
	form  check.Form
	want  []string
}

type tally struct {
	candidate
	runs, wrong int
	kinds       map[string]int
	durations   []time.Duration
	firstWrong  check.Result
}

func (c candidate) try(ctx context.Context, root string, e *catalog.Exercise, workDir string, runs int) (*tally, error) {
	t := &tally{candidate: c, kinds: map[string]int{}}
	if err := os.MkdirAll(workDir, 0o755); err != nil {
		return nil, err
	}
	p, err := check.Prepare(ctx, root, e, c.form, workDir)
	if err != nil {
		return nil, err
	}
	last := time.Now()
	for i := range runs {
		r := p.Run(ctx)
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		t.runs++
		t.durations = append(t.durations, time.Duration(r.DurationMS)*time.Millisecond)
		for _, k := range r.Kinds() {
			t.kinds[k]++
		}
		if !c.satisfied(r) {
			if t.wrong == 0 {
				t.firstWrong = r
			}
			t.wrong++
		}
		if time.Since(last) > 10*time.Second {
			fmt.Fprintf(os.Stderr, "  %s %s: %d/%d runs, %d wrong\n", e.Name, c.label, i+1, runs, t.wrong)
			last = time.Now()
		}
	}
	return t, nil
}

func (c candidate) satisfied(r check.Result) bool {
	if len(c.want) == 0 {
		return r.Passed
	}
	return !r.Passed && slices.ContainsFunc(r.Kinds(), func(k string) bool { return slices.Contains(c.want, k) })
}

func (c candidate) wantText() string {
	if len(c.want) == 0 {
		return "want pass"
	}
	return "want " + strings.Join(c.want, " or ")
}

func (t *tally) line(name string) string {
	right := t.runs - t.wrong
	verdict := "passed"
	if len(t.want) > 0 {
		verdict = "caught"
	}
	var kinds []string
	for k, n := range t.kinds {
		kinds = append(kinds, fmt.Sprintf("%s %d", k, n))
	}
	sort.Strings(kinds)
	return fmt.Sprintf("%-10s %-36s %-24s %s %d/%d  median %.2fs  [%s]",
		name, t.label, t.wantText(), verdict, right, t.runs, median(t.durations).Seconds(), strings.Join(kinds, ", "))
}

func median(ds []time.Duration) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	return s[len(s)/2]
}

// fixCases reads the fixes of e: checker/testdata/fixes/<name>/*.go, each
// starting with a line "// want: pass" or "// want: KIND [KIND...]".
func fixCases(root string, e *catalog.Exercise) ([]candidate, error) {
	files, err := filepath.Glob(filepath.Join(root, "checker", "testdata", "fixes", e.Name, "*.go"))
	if err != nil {
		return nil, err
	}
	var cases []candidate
	for _, f := range files {
		want, err := wantLine(f)
		if err != nil {
			return nil, err
		}
		cases = append(cases, candidate{label: "fix " + filepath.Base(f), form: check.Form{Fix: f}, want: want})
	}
	return cases, nil
}

// wantLine reads the verdict a fix file declares on its first line.
func wantLine(file string) ([]string, error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Scan()
	kinds, ok := strings.CutPrefix(strings.TrimSpace(sc.Text()), "// want:")
	if !ok {
		return nil, fmt.Errorf("%s: the first line must be `// want: pass` or `// want: KIND...`", file)
	}
	fields := strings.Fields(kinds)
	if len(fields) == 1 && fields[0] == "pass" {
		return nil, nil
	}
	for _, k := range fields {
		if !slices.Contains(catalog.Kinds, k) {
			return nil, fmt.Errorf("%s: unknown verdict kind %q", file, k)
		}
	}
	if len(fields) == 0 {
		return nil, fmt.Errorf("%s: `// want:` names no verdict", file)
	}
	return fields, nil
}
