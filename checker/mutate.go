package main

// mutate measures the exercises' tests by the bugs they catch: it puts one
// concurrency mistake at a time into each reference solution (a mutant)
// and runs the exercise's tests on it, stress included, exactly as check
// runs them. A mutant the tests let pass is a test that is missing.

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"golang.org/x/sync/errgroup"

	"github.com/racekit/racekit/checker/internal/catalog"
	"github.com/racekit/racekit/checker/internal/check"
	"github.com/racekit/racekit/checker/internal/mutate"
)

// mutationScore is how the tests of one exercise fared against its mutants.
type mutationScore struct {
	Name       string         `json:"name"`
	Mutants    int            `json:"mutants"`
	Killed     int            `json:"killed"`
	KilledBy   map[string]int `json:"killed_by"` // verdict kind -> mutants
	Equivalent int            `json:"equivalent"`
	Survived   []survivor     `json:"survived"`
	// Stillborn mutants type-checked but did not build (go vet, run by
	// go test, refused them): they count as nothing.
	Stillborn int `json:"stillborn"`
	// Problems are declarations in the catalog that no longer hold: an
	// equivalent mutant that does not exist or that the tests killed.
	Problems   []string `json:"problems"`
	DurationMS int64    `json:"duration_ms"`
}

type survivor struct {
	ID       string `json:"id"`
	Operator string `json:"operator"`
	File     string `json:"file"`
	Line     int    `json:"line"`
	Before   string `json:"before"`
	After    string `json:"after"`
	// Kills is how many of the runs killed it, when there were several.
	Kills int `json:"kills,omitempty"`
	Runs  int `json:"runs,omitempty"`
}

func runMutate(ctx context.Context, root string, cat *catalog.Catalog, args []string) (int, error) {
	fs := flag.NewFlagSet("mutate", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "print one JSON document instead of text")
	jobs := fs.Int("j", max(2, runtime.NumCPU()), "check `N` mutants at a time")
	runs := fs.Int("runs", 1, "check every mutant `N` times; it counts as killed only if every run kills it")
	list := fs.Bool("list", false, "list the mutants without checking them")
	if err := fs.Parse(args); err != nil {
		return 2, err
	}
	exercises, err := cat.Select(fs.Args())
	if err != nil {
		return 2, err
	}
	var all [][]mutate.Mutant
	for _, e := range exercises {
		ms, err := mutate.Generate(filepath.Join(root, e.SolutionDir()))
		if err != nil {
			return 2, err
		}
		all = append(all, ms)
	}
	if *list {
		for i, e := range exercises {
			for _, m := range all[i] {
				printMutant(os.Stdout, e, m.ID, m.File, m.Line, m.Before, m.After)
			}
		}
		return 0, nil
	}

	workDir, err := os.MkdirTemp("", "racekit-mutate-")
	if err != nil {
		return 2, err
	}
	defer os.RemoveAll(workDir)
	progress := newMutateProgress(all)
	defer progress.stop()
	scores := make([]*mutationScore, len(exercises))
	for i, e := range exercises {
		scores[i] = &mutationScore{Name: e.Name, KilledBy: map[string]int{}, Survived: []survivor{}, Problems: []string{}}
	}
	var mu sync.Mutex // guards scores
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(max(1, *jobs))
	start := time.Now()
	for i, e := range exercises {
		equivalent := map[string]bool{}
		for _, eq := range e.Equivalent {
			equivalent[eq.Mutant] = true
			if !slices.ContainsFunc(all[i], func(m mutate.Mutant) bool { return m.ID == eq.Mutant }) {
				scores[i].Problems = append(scores[i].Problems, fmt.Sprintf("the catalog declares %s equivalent, but there is no such mutant", eq.Mutant))
			}
		}
		for n, m := range all[i] {
			g.Go(func() error {
				dir := filepath.Join(workDir, fmt.Sprintf("%s-%d", e.Name, n))
				v, err := judge(gctx, root, e, m, dir, *runs)
				if err != nil {
					return err
				}
				progress.add(v.kills < v.runs && !v.stillborn && !equivalent[m.ID]) // as summarize counts them
				mu.Lock()
				defer mu.Unlock()
				scores[i].record(m, v, equivalent[m.ID])
				return nil
			})
		}
	}
	if err := g.Wait(); err != nil {
		return 2, err
	}
	if ctx.Err() != nil {
		return 2, ctx.Err()
	}
	progress.stop()
	for _, s := range scores {
		sort.Slice(s.Survived, func(a, b int) bool { return s.Survived[a].Line < s.Survived[b].Line })
		sort.Strings(s.Problems)
	}
	bad := false
	for _, s := range scores {
		bad = bad || len(s.Survived) > 0 || len(s.Problems) > 0
	}
	if *asJSON {
		enc := json.NewEncoder(os.Stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(map[string]any{"exercises": scores}); err != nil {
			return 2, err
		}
	} else {
		printScores(os.Stdout, exercises, scores, time.Since(start))
	}
	if bad {
		return 1, nil
	}
	return 0, nil
}

// verdict is what the runs of one mutant came to.
type verdict struct {
	kills, runs int
	kind        string // the first killing verdict's kind
	stillborn   bool
	took        time.Duration
}

// judge builds one mutant and checks it up to runs times, stopping at the
// first run it survives.
func judge(ctx context.Context, root string, e *catalog.Exercise, m mutate.Mutant, dir string, runs int) (verdict, error) {
	start := time.Now()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return verdict{}, err
	}
	defer os.RemoveAll(dir)
	src := filepath.Join(dir, m.File)
	if err := os.WriteFile(src, m.Source, 0o644); err != nil {
		return verdict{}, err
	}
	p, err := check.Prepare(ctx, root, e, check.Form{Solution: true, Code: map[string]string{m.File: src}}, dir)
	if err != nil {
		return verdict{}, err
	}
	var v verdict
	for range runs {
		r := p.Run(ctx)
		if ctx.Err() != nil {
			return verdict{}, ctx.Err()
		}
		v.runs++
		if r.Passed {
			break
		}
		kinds := r.Kinds()
		if slices.Equal(kinds, []string{"compile"}) {
			v.stillborn = true
			break
		}
		v.kills++
		if v.kind == "" {
			v.kind = kinds[0]
		}
	}
	v.took = time.Since(start)
	return v, nil
}

func (s *mutationScore) record(m mutate.Mutant, v verdict, equivalent bool) {
	s.DurationMS += v.took.Milliseconds()
	if v.stillborn {
		s.Stillborn++
		return
	}
	s.Mutants++
	killed := v.kills == v.runs
	switch {
	case equivalent && v.kills > 0:
		s.Problems = append(s.Problems, fmt.Sprintf("the catalog declares %s equivalent, but the tests killed it (%s) in %d of %d runs: "+
			"either the tests are flaky or it is not equivalent", m.ID, v.kind, v.kills, v.runs))
		s.Equivalent++
	case equivalent:
		s.Equivalent++
	case killed:
		s.Killed++
		s.KilledBy[v.kind]++
	default:
		sv := survivor{ID: m.ID, Operator: m.Operator, File: m.File, Line: m.Line, Before: m.Before, After: m.After}
		if v.runs > 1 {
			sv.Kills, sv.Runs = v.kills, v.runs
		}
		s.Survived = append(s.Survived, sv)
	}
}

func printScores(w io.Writer, exercises []*catalog.Exercise, scores []*mutationScore, took time.Duration) {
	var mutants, killed, equivalent, survived int
	for i, s := range scores {
		var by []string
		for k, n := range s.KilledBy {
			by = append(by, fmt.Sprintf("%s %d", k, n))
		}
		sort.Strings(by)
		if s.Mutants == 0 {
			fmt.Fprintf(w, "%-10s   0 mutants: the solution uses no primitive the operators rewrite\n", s.Name)
		} else {
			fmt.Fprintf(w, "%-10s %3d mutants: %3d killed (%s), %d equivalent, %d survived\n",
				s.Name, s.Mutants, s.Killed, strings.Join(by, ", "), s.Equivalent, len(s.Survived))
		}
		for _, sv := range s.Survived {
			id := sv.ID
			if sv.Runs > 0 {
				id += fmt.Sprintf(" (killed in %d of %d runs)", sv.Kills, sv.Runs)
			}
			printMutant(w, exercises[i], id, sv.File, sv.Line, sv.Before, sv.After)
		}
		for _, p := range s.Problems {
			fmt.Fprintf(w, "  catalog: %s\n", p)
		}
		mutants, killed, equivalent, survived = mutants+s.Mutants, killed+s.Killed, equivalent+s.Equivalent, survived+len(s.Survived)
	}
	fmt.Fprintf(w, "\nmutate: %d mutants, %d killed, %d equivalent, %d survived (%.0fs)\n",
		mutants, killed, equivalent, survived, took.Seconds())
	if survived > 0 {
		fmt.Fprintln(w, "Each survivor is a mistake the tests let pass: add a test that fails on it,")
		fmt.Fprintln(w, "or, if no test can tell it from the solution, declare it [[exercise.equivalent]] in the catalog.")
	}
}

func printMutant(w io.Writer, e *catalog.Exercise, id, file string, line int, before, after string) {
	fmt.Fprintf(w, "  %s:%d  %s\n      - %s\n      + %s\n", filepath.Join(e.SolutionDir(), file), line, id, before, after)
}

// mutateProgress prints, every 10 seconds, how many mutants have been checked,
// as cmd/stress does: a long run should say that it is alive.
type mutateProgress struct {
	mu                       sync.Mutex
	total, checked, survived int
	stopOnce                 sync.Once
	quit                     chan struct{}
}

func newMutateProgress(all [][]mutate.Mutant) *mutateProgress {
	p := &mutateProgress{quit: make(chan struct{})}
	for _, ms := range all {
		p.total += len(ms)
	}
	start := time.Now()
	go func() {
		tick := time.NewTicker(10 * time.Second)
		defer tick.Stop()
		for {
			select {
			case <-p.quit:
				return
			case <-tick.C:
				p.mu.Lock()
				fmt.Fprintf(os.Stderr, "%v: %d/%d mutants checked, %d survived so far\n",
					time.Since(start).Round(time.Second), p.checked, p.total, p.survived)
				p.mu.Unlock()
			}
		}
	}()
	return p
}

func (p *mutateProgress) add(survived bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.checked++
	if survived {
		p.survived++
	}
}

func (p *mutateProgress) stop() { p.stopOnce.Do(func() { close(p.quit) }) }
