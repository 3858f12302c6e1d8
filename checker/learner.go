package main

// The learner's commands: check, list, hint.

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"golang.org/x/text/width"

	"github.com/racekit/racekit/checker/internal/atomicfile"
	"github.com/racekit/racekit/checker/internal/catalog"
	"github.com/racekit/racekit/checker/internal/check"
	"github.com/racekit/racekit/checker/internal/report"
)

func runCheck(ctx context.Context, root string, cat *catalog.Catalog, args []string) (int, error) {
	fs := learnerFlags("check", "check [--json] [--all] [NAME...]")
	asJSON := fs.Bool("json", false, say.Sprintf("print one JSON document (in English) instead of text"))
	all := fs.Bool("all", false, say.Sprintf("check every exercise, also those after the first that fails"))
	if err := fs.Parse(args); err != nil {
		return 2, err
	}
	exercises, err := cat.Select(fs.Args())
	if err != nil {
		return 2, err
	}
	// With no names, the learner is on the first exercise that fails: check
	// up to it, and leave the rest for later, so that a fresh kit answers in
	// seconds rather than waiting for every later exercise's deadlock.
	untilFirstFailure := len(fs.Args()) == 0 && !*all
	var results []check.Result
	var notChecked []string
	progressLine := !*asJSON && report.Terminal(os.Stdout)
	detailed := true // the first failing exercise in full, the rest a line each
	for _, e := range exercises {
		if progressLine {
			say.Printf("checking %s …\r", e.Name)
		}
		form := check.Form{Say: say}
		if *asJSON {
			form.Say = nil // JSON is for programs: always English
		}
		r, err := check.Exercise(ctx, root, e, form)
		if err != nil {
			return 2, err
		}
		if ctx.Err() != nil {
			return 2, ctx.Err()
		}
		results = append(results, r)
		if progressLine {
			fmt.Print("\033[2K") // clear the progress line
		}
		switch {
		case *asJSON:
		case detailed || r.Passed:
			report.Text(os.Stdout, say, r, e)
			detailed = r.Passed
		default:
			report.Line(os.Stdout, say, r)
		}
		if err := saveProgress(root, r); err != nil {
			fmt.Fprintln(os.Stderr, "checker: could not save progress:", err)
		}
		if untilFirstFailure && !r.Passed {
			for _, later := range exercises[len(results):] {
				notChecked = append(notChecked, later.Name)
			}
			break
		}
	}
	if *asJSON {
		if err := report.JSON(os.Stdout, results, notChecked); err != nil {
			return 2, err
		}
	} else {
		if len(notChecked) > 0 {
			fmt.Println()
		}
		todo := report.MarksFor(os.Stdout).Todo
		for _, name := range notChecked {
			say.Printf("%s %-10s not checked yet\n", todo, name)
		}
		report.Summary(os.Stdout, say, results, len(notChecked))
		if len(notChecked) > 0 {
			say.Printf("The later exercises are checked once this one passes (make check ALL=1 checks them now).\n")
		} else if !detailed {
			say.Printf("Details of any exercise: make check NAME=<name>\n")
		}
	}
	for _, r := range results {
		if !r.Passed {
			return 1, nil
		}
	}
	return 0, nil
}

func runList(root string, cat *catalog.Catalog) error {
	progress := loadProgress(root)
	m := report.MarksFor(os.Stdout)
	done, group := 0, ""
	for i, e := range cat.Exercises {
		// The seed's lessons first, then the classes of real Go bugs.
		if g := groupOf(e); g != group {
			if group != "" {
				fmt.Println()
			}
			fmt.Println(g)
			group = g
		}
		mark, state := m.Todo, say.Sprintf("not checked yet")
		if p, ok := progress[e.Name]; ok {
			mark, state = m.Fail, say.Sprintf("not yet: %s", report.KindNames(say, p.Kinds))
			if p.Passed {
				mark, state = m.Pass, say.Sprintf("done")
				done++
			}
		}
		fmt.Printf("%s %2d. %-10s %s %s\n", mark, i+1, e.Name, pad(state, 26), e.TopicIn(say.Lang))
	}
	say.Printf("\nProgress: %d/%d\n", done, len(cat.Exercises))
	return nil
}

// groupOf names the part of the kit e belongs to, for list.
func groupOf(e *catalog.Exercise) string {
	if e.Class != "" {
		return say.Sprintf("Real Go concurrency bugs, one of each class (Tu et al., ASPLOS 2019):")
	}
	return say.Sprintf("The seed tutorial, in Go:")
}

func runHint(cat *catalog.Catalog, args []string) error {
	if len(args) != 1 {
		return errors.New(say.Sprintf("usage: hint NAME"))
	}
	es, err := cat.Select(args)
	if err != nil {
		return err
	}
	for i, h := range es[0].HintsIn(say.Lang) {
		fmt.Printf("%d. %s\n", i+1, h)
	}
	return nil
}

// pad pads s with spaces to n columns, counting a wide character (Chinese,
// full-width punctuation) as two, as a terminal shows it.
func pad(s string, n int) string {
	cols := 0
	for _, r := range s {
		cols++
		if k := width.LookupRune(r).Kind(); k == width.EastAsianWide || k == width.EastAsianFullwidth {
			cols++
		}
	}
	return s + strings.Repeat(" ", max(0, n-cols))
}

// progress is what the last check of each exercise found, kept in the kit
// so that list can show how far the learner is without running anything.
type progress struct {
	Passed  bool      `json:"passed"`
	Kinds   []string  `json:"kinds,omitempty"`
	Checked time.Time `json:"checked"`
}

func progressFile(root string) string { return filepath.Join(root, ".racekit", "progress.json") }

func loadProgress(root string) map[string]progress {
	p := map[string]progress{}
	if data, err := os.ReadFile(progressFile(root)); err == nil {
		json.Unmarshal(data, &p) // a damaged file just means nothing checked yet
	}
	return p
}

// saveProgress records r, replacing the file atomically.
func saveProgress(root string, r check.Result) error {
	p := loadProgress(root)
	p[r.Name] = progress{Passed: r.Passed, Kinds: r.Kinds(), Checked: time.Now().UTC()}
	data, err := json.MarshalIndent(p, "", "  ")
	if err != nil {
		return err
	}
	file := progressFile(root)
	if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
		return err
	}
	return atomicfile.Write(file, data)
}
