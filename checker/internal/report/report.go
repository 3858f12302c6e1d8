// Package report writes check results for people (text) and for programs
// (JSON). Each format is a function of the same results.
package report

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/racekit/racekit/checker/internal/catalog"
	"github.com/racekit/racekit/checker/internal/check"
	"github.com/racekit/racekit/checker/internal/diagnose"
	"github.com/racekit/racekit/checker/internal/i18n"
)

// Document is the JSON form of a check.
type Document struct {
	Exercises []check.Result `json:"exercises"`
	Passed    int            `json:"passed"`
	Total     int            `json:"total"` // exercises checked
	// NotChecked names the exercises after the first failing one, which a
	// check without names leaves for later; never null.
	NotChecked []string `json:"not_checked"`
}

// JSON writes results, and the names of the exercises not checked, as one
// JSON document.
func JSON(w io.Writer, results []check.Result, notChecked []string) error {
	d := Document{Total: len(results), NotChecked: append([]string{}, notChecked...)}
	for _, r := range results {
		d.Exercises = append(d.Exercises, emptyNotNull(r))
		if r.Passed {
			d.Passed++
		}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(d)
}

// emptyNotNull returns a copy of r whose missing failures and locations
// are empty lists, so that JSON readers always find [] and never null.
func emptyNotNull(r check.Result) check.Result {
	fs := make([]diagnose.Failure, len(r.Failures))
	for i, f := range r.Failures {
		if f.Locations == nil {
			f.Locations = []diagnose.Location{}
		}
		fs[i] = f
	}
	r.Failures = fs
	return r
}

// maxShown is how many failures of one exercise the text report shows: the
// first few say what to fix next; the rest are in --json.
const maxShown = 3

// Line writes one result as a single line: what a learner needs to know
// of the exercises after the one they are working on.
func Line(w io.Writer, p *i18n.Printer, r check.Result) {
	secs := float64(r.DurationMS) / 1000
	m := MarksFor(w)
	if r.Passed {
		p.Fprintf(w, "%s %-10s passed (%.1fs)\n", m.Pass, r.Name, secs)
		return
	}
	p.Fprintf(w, "%s %-10s %s (%.1fs)\n", m.Fail, r.Name, KindNames(p, r.Kinds()), secs)
}

// KindNames says verdict kinds in p's language: "race, fail" in English.
func KindNames(p *i18n.Printer, kinds []string) string {
	names := make([]string, len(kinds))
	for i, k := range kinds {
		names[i] = kindName(p, k)
	}
	return strings.Join(names, p.Sprintf(", "))
}

func kindName(p *i18n.Printer, kind string) string {
	switch kind {
	case diagnose.Compile:
		return p.Sprintf("compile")
	case diagnose.Race:
		return p.Sprintf("race")
	case diagnose.Leak:
		return p.Sprintf("leak")
	case diagnose.Deadlock:
		return p.Sprintf("deadlock")
	case diagnose.Timeout:
		return p.Sprintf("timeout")
	case diagnose.Fail:
		return p.Sprintf("fail")
	case diagnose.Panic:
		return p.Sprintf("panic")
	case diagnose.Tamper:
		return p.Sprintf("tamper")
	}
	return kind
}

// Text writes one result for a person reading a terminal: the line, and
// for a failure what happened, where, and a hint.
func Text(w io.Writer, p *i18n.Printer, r check.Result, e *catalog.Exercise) {
	Line(w, p, r)
	if r.Passed {
		return
	}
	shown := firstOfEachKind(r.Failures)
	for _, f := range shown {
		failure(w, p, f)
	}
	if more := len(r.Failures) - len(shown); more > 0 {
		p.Fprintf(w, "\n  … and %d more like these (go run ./checker check --json %s)\n", more, r.Name)
	}
	if e != nil && len(e.HintsIn(p.Lang)) > 0 {
		p.Fprintf(w, "\n  Hint: %s\n  (more: go run ./checker hint %s)\n", e.HintsIn(p.Lang)[0], r.Name)
	}
}

// firstOfEachKind returns the first failure of each kind, at most
// maxShown: one of each thing to fix.
func firstOfEachKind(fs []diagnose.Failure) []diagnose.Failure {
	var shown []diagnose.Failure
	kinds := map[string]bool{}
	for _, f := range fs {
		if len(shown) < maxShown && !kinds[f.Kind] {
			kinds[f.Kind] = true
			shown = append(shown, f)
		}
	}
	return shown
}

func failure(w io.Writer, p *i18n.Printer, f diagnose.Failure) {
	fmt.Fprintf(w, "\n  [%s]", kindName(p, f.Kind))
	if f.Test != "" {
		p.Fprintf(w, " in %s", f.Test)
	}
	fmt.Fprintf(w, "\n  %s\n", indent(f.Message, "  "))
	for _, l := range f.Locations {
		fmt.Fprintf(w, "    %s:%d", l.File, l.Line)
		if l.Source != "" {
			fmt.Fprintf(w, "    %s", l.Source)
		}
		fmt.Fprintln(w)
		if l.Note != "" {
			fmt.Fprintf(w, "        ↳ %s\n", l.Note)
		}
	}
	if f.Advice != "" {
		p.Fprintf(w, "  Look at: %s\n", f.Advice)
	}
}

func indent(s, prefix string) string {
	return strings.ReplaceAll(s, "\n", "\n"+prefix)
}

// Summary writes the closing line of a check, which left notChecked
// exercises for later.
func Summary(w io.Writer, p *i18n.Printer, results []check.Result, notChecked int) {
	passed := 0
	for _, r := range results {
		if r.Passed {
			passed++
		}
	}
	if notChecked > 0 {
		p.Fprintf(w, "\n%d/%d exercises pass, %d not checked yet.\n", passed, len(results)+notChecked, notChecked)
		return
	}
	p.Fprintf(w, "\n%d/%d exercises pass.\n", passed, len(results))
}
