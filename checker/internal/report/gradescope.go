package report

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/racekit/racekit/checker/internal/diagnose"
	"github.com/racekit/racekit/checker/internal/grade"
)

// Gradescope's results.json, as its "Autograder Specifications" publish it
// (gradescope-autograders.readthedocs.io/en/latest/specs/, checked against
// the page's source, docs/specs.md): top-level score, execution_time
// (seconds), output, output_format, visibility, stdout_visibility, tests;
// per test score, max_score, status ("passed" or "failed"), name, output,
// output_format, tags, visibility. Visibility is one of hidden,
// after_due_date, after_published, visible; a format is one of text,
// simple_format, html, md, ansi. The spec has no top-level max_score (the
// assignment's settings hold the total), so none is written.
type gsResults struct {
	Score            float64  `json:"score"`
	ExecutionTime    int64    `json:"execution_time"`
	Output           string   `json:"output"`
	OutputFormat     string   `json:"output_format"`
	Visibility       string   `json:"visibility"`
	StdoutVisibility string   `json:"stdout_visibility"`
	Tests            []gsTest `json:"tests"`
}

type gsTest struct {
	Name         string   `json:"name"`
	Score        float64  `json:"score"`
	MaxScore     float64  `json:"max_score"`
	Status       string   `json:"status"`
	Output       string   `json:"output"`
	OutputFormat string   `json:"output_format"`
	Visibility   string   `json:"visibility"`
	Tags         []string `json:"tags"`
}

// Gradescope writes r as Gradescope's autograder results.json.
func Gradescope(w io.Writer, r grade.Report) error {
	res := gsResults{
		Score:         round2(r.Points),
		ExecutionTime: int64(math.Round(float64(r.DurationMS) / 1000)),
		Output:        summary(r),
		// Outputs quote the learner's code and program output: "text" shows
		// them as they are, where md or html would render them as markup.
		OutputFormat: "text",
		Visibility:   "visible",
		// The grader's stdout is for instructors, as Gradescope's default.
		StdoutVisibility: "hidden",
		Tests:            []gsTest{},
	}
	for _, e := range r.Exercises {
		checks := checksOf(e)
		for i, name := range uniqueNames(checks) {
			c := checks[i]
			t := gsTest{
				Name:         e.Name + ": " + name,
				Score:        round2(c.Points),
				MaxScore:     round2(c.MaxPoints),
				Status:       "passed",
				Output:       detail(e, c),
				OutputFormat: "text",
				Visibility:   "visible",
				Tags:         []string{e.Name},
			}
			if !c.Passed {
				t.Status = "failed"
				t.Tags = append(t.Tags, c.Kind)
			}
			res.Tests = append(res.Tests, t)
		}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(res)
}

// The helpers below are shared by the three grade formats.

// round2 rounds points to hundredths: partial credit such as 1/3 of a
// point should not print as 0.3333333333333333.
func round2(x float64) float64 { return math.Round(x*100) / 100 }

// summary is the grade in a few lines: the total, then one line an exercise.
func summary(r grade.Report) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%g/%g points; %d of %d exercises pass.\n", round2(r.Points), round2(r.MaxPoints), r.Passed, r.Total)
	for _, e := range r.Exercises {
		verdict := "passed"
		if kinds := e.Kinds(); !e.Passed && len(kinds) > 0 {
			verdict = strings.Join(kinds, ", ")
		} else if !e.Passed {
			verdict = "failed"
		}
		fmt.Fprintf(&b, "%s: %s (%g/%g)\n", e.Name, verdict, round2(e.Points), round2(e.MaxPoints))
	}
	return b.String()
}

// checksOf returns e's graded checks. An exercise graded as a whole (no
// checks, as when it did not build) becomes one check, so every point it
// could earn appears in some test.
func checksOf(e grade.Exercise) []grade.Check {
	if len(e.Checks) > 0 {
		return e.Checks
	}
	c := grade.Check{Name: "all checks", Passed: e.Passed, Points: e.Points, MaxPoints: e.MaxPoints}
	if len(e.Failures) > 0 {
		c.Kind, c.Message = e.Failures[0].Kind, e.Failures[0].Message
	}
	return []grade.Check{c}
}

// uniqueNames names checks uniquely within their exercise: GitLab keeps
// only the first of repeated test names, and Gradescope would show two
// same-named tests with nothing to tell them apart.
func uniqueNames(checks []grade.Check) []string {
	names := make([]string, len(checks))
	taken := map[string]bool{}
	for i, c := range checks {
		name := c.Name
		for n := 2; taken[name]; n++ {
			name = fmt.Sprintf("%s #%d", c.Name, n)
		}
		taken[name] = true
		names[i] = name
	}
	return names
}

// failuresOf returns e's failures that explain check c: those of its test,
// or else those reported outside any test (a build failure, tampering, a
// leak found after all tests), which explain every check they failed.
func failuresOf(e grade.Exercise, c grade.Check) []diagnose.Failure {
	if c.Passed {
		return nil
	}
	var mine, outside []diagnose.Failure
	for _, f := range e.Failures {
		switch {
		case f.Test == c.Name:
			mine = append(mine, f)
		case f.Test == "" && (c.Kind == "" || f.Kind == c.Kind):
			outside = append(outside, f)
		}
	}
	if len(mine) > 0 {
		return mine
	}
	return outside
}

// headline is a failed check in one line: "race: Data race: …".
func headline(e grade.Exercise, c grade.Check) string {
	msg := c.Message
	if fs := failuresOf(e, c); msg == "" && len(fs) > 0 {
		msg = fs[0].Message
	}
	msg, _, _ = strings.Cut(sanitize(msg), "\n")
	if r := []rune(msg); len(r) > 200 {
		msg = string(r[:199]) + "…"
	}
	return c.Kind + ": " + msg
}

// detail is everything a learner needs about check c: the verdict, the
// lines of their code it points at, and what to look at.
func detail(e grade.Exercise, c grade.Check) string {
	if c.Passed {
		return "Passed."
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %s\n", c.Kind, c.Message)
	for _, f := range failuresOf(e, c) {
		if f.Message != c.Message {
			fmt.Fprintf(&b, "\n%s\n", f.Message)
		}
		for _, l := range f.Locations {
			fmt.Fprintf(&b, "  %s:%d", l.File, l.Line)
			if l.Source != "" {
				fmt.Fprintf(&b, "    %s", l.Source)
			}
			b.WriteString("\n")
			if l.Note != "" {
				fmt.Fprintf(&b, "      ↳ %s\n", l.Note)
			}
		}
		if f.Advice != "" {
			fmt.Fprintf(&b, "Look at: %s\n", f.Advice)
		}
	}
	return sanitize(b.String())
}

// ansi matches terminal escape sequences (colours, cursor moves).
var ansi = regexp.MustCompile(`\x1b(\[[0-9;?]*[ -/]*[@-~]|[@-Z\\-_])`)

// sanitize makes text from the learner's program safe to show anywhere:
// escape sequences go, and bytes that are not UTF-8 or are control
// characters other than tab and newline become U+FFFD. XML 1.0 cannot
// carry such characters at all, even escaped, and JSON readers show them
// as noise.
func sanitize(s string) string {
	s = strings.ToValidUTF8(ansi.ReplaceAllString(s, ""), string(utf8.RuneError))
	return strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' {
			return r
		}
		if unicode.IsControl(r) || r == 0xFFFE || r == 0xFFFF || unicode.Is(unicode.Cs, r) {
			return utf8.RuneError
		}
		return r
	}, s)
}
