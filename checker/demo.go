package main

// demo replays the seed's most famous moment on the learner's own code:
// two threads that each read 1000, sleep 8 s and write (package demo).

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/racekit/racekit/checker/internal/catalog"
	"github.com/racekit/racekit/checker/internal/demo"
)

func runDemo(ctx context.Context, root string, cat *catalog.Catalog, args []string) (int, error) {
	const use = "demo [--svg FILE] [--solution] account"
	fs := learnerFlags("demo", use)
	svg := fs.String("svg", "", say.Sprintf("also draw the timeline as a picture into `FILE` (SVG)"))
	solution := fs.Bool("solution", false, say.Sprintf("replay the reference solution instead of your code"))
	// Flags may come before or after the name.
	if err := fs.Parse(args); err != nil {
		return 2, err
	}
	names := fs.Args()
	if len(names) > 0 {
		if err := fs.Parse(names[1:]); err != nil {
			return 2, err
		}
		names = append(names[:1], fs.Args()...)
	}
	if len(names) != 1 {
		return 2, errors.New(say.Sprintf("usage: %s", use))
	}
	es, err := cat.Select(names)
	if err != nil {
		return 2, err
	}
	e := es[0]
	if e.Name != "account" {
		return 2, errors.New(say.Sprintf("demo replays the seed's bank account only: go run ./checker demo account"))
	}
	dir := e.Dir
	if *solution {
		dir = e.SolutionDir()
	}
	work, err := os.MkdirTemp("", "racekit-demo-")
	if err != nil {
		return 2, err
	}
	defer os.RemoveAll(work)

	t, err := demo.Run(ctx, demo.Options{Root: root, Dir: dir, WorkDir: work})
	var noSlowStep *demo.NoSlowStepError
	var build *demo.BuildError
	var crash *demo.CrashError
	switch {
	case errors.As(err, &noSlowStep):
		say.Printf("The demo times the slow step: it needs func slowStep() in %s/, as the kit shipped it (the comment above it says to keep it).\n", dir)
		return 1, nil
	case errors.As(err, &build):
		say.Printf("The code in %s/ does not compile, so there is nothing to replay:\n\n%s\n", dir, firstLines(build.Output, 10))
		return 1, nil
	case errors.As(err, &crash):
		say.Printf("The replay ended before every call returned (a panic?):\n\n%s\n", firstLines(crash.Output, 15))
		return 1, nil
	case err != nil:
		return 2, err
	}
	demo.Text(os.Stdout, say, t, dir)
	if *svg != "" {
		f, err := os.Create(*svg)
		if err != nil {
			return 2, err
		}
		if err := errors.Join(demo.SVG(f, say, t, dir), f.Close()); err != nil {
			return 2, err
		}
		abs, _ := filepath.Abs(*svg)
		say.Printf("\nThe picture: %s\n", abs)
	}
	if t.End != demo.Done {
		return 1, nil
	}
	return 0, nil
}

// firstLines returns up to n lines of s.
func firstLines(s string, n int) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	if len(lines) > n {
		lines = append(lines[:n], fmt.Sprintf("… (%d more)", len(lines)-n))
	}
	return strings.Join(lines, "\n")
}
