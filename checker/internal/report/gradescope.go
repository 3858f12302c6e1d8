package report

import (
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"regexp"
	"slices"
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
	// When the grader itself failed, the results still come as a valid
	// document, whose output says so first: Gradescope has no "not graded"
	// state, and an instructor can regrade the submission from there.
	res := gsResults{
		Score:         roundPoints(r.Points),
		ExecutionTime: int64(math.Round(float64(r.DurationMS) / 1000)),
		Output:        gradeSummary(r),
		// Outputs quote the learner's code and program output: "text" shows
		// them as they are, where md or html would render them as markup.
		OutputFormat: "text",
		Visibility:   "visible",
		// The grader's stdout is for instructors, as Gradescope's default.
		StdoutVisibility: "hidden",
		Tests:            []gsTest{},
	}
	for _, e := range r.Exercises {
		checks := gradedChecks(r, e)
		for i, name := range uniqueCheckNames(checks) {
			c := checks[i]
			t := gsTest{
				Name:         e.Name + ": " + name,
				Score:        roundPoints(c.Points),
				MaxScore:     roundPoints(c.MaxPoints),
				Status:       "passed",
				Output:       checkDetail(e, c),
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

// roundPoints rounds points to hundredths: partial credit such as 1/3 of a
// point should not print as 0.3333333333333333.
func roundPoints(x float64) float64 { return math.Round(x*100) / 100 }

// gradeSummary is the grade in a few lines: the total, then one line an
// exercise.
func gradeSummary(r grade.Report) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%g/%g points; %d of %d exercises pass.\n", roundPoints(r.Points), roundPoints(r.MaxPoints), r.Passed, r.Total)
	if r.Error != "" {
		fmt.Fprintf(&b, "The grader failed, so this is not a grade: %s\n", r.Error)
	}
	for _, e := range r.Exercises {
		verdict := "passed"
		if kinds := e.Kinds(); !e.Passed && len(kinds) > 0 {
			verdict = strings.Join(kinds, ", ")
		} else if !e.Passed {
			verdict = "failed"
		}
		if e.Error != "" {
			verdict = "the grader failed: " + e.Error
		}
		fmt.Fprintf(&b, "%s: %s (%g/%g)\n", e.Name, verdict, roundPoints(e.Points), roundPoints(e.MaxPoints))
	}
	return sanitizeText(b.String())
}

// graderFailed is the kind grade gives a check the grader could not run.
const graderFailed = "error"

// gradedChecks returns e's graded checks. An exercise graded as a whole (no
// checks, as when the grader failed before running it) becomes one check,
// so every point it could earn appears in some test. A failed check without
// a kind counts as a plain failure, so every format can name one.
func gradedChecks(r grade.Report, e grade.Exercise) []grade.Check {
	checks := slices.Clone(e.Checks)
	if len(checks) == 0 {
		c := grade.Check{Name: "all checks", Passed: e.Passed, Points: e.Points, MaxPoints: e.MaxPoints}
		switch {
		case e.Error != "" || r.Error != "":
			c.Kind, c.Message = graderFailed, "the grader could not run this exercise: "+cmp.Or(e.Error, r.Error)
		case len(e.Failures) > 0:
			c.Kind, c.Message = e.Failures[0].Kind, e.Failures[0].Message
		}
		checks = []grade.Check{c}
	}
	for i, c := range checks {
		if !c.Passed && c.Kind == "" {
			checks[i].Kind = diagnose.Fail
		}
	}
	return checks
}

// uniqueCheckNames names checks uniquely within their exercise: GitLab keeps
// only the first of repeated test names, and Gradescope would show two
// same-named tests with nothing to tell them apart.
func uniqueCheckNames(checks []grade.Check) []string {
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

// checkFailures returns e's failures that explain check c: those of its test,
// or else those reported outside any test (a build failure, tampering, a
// leak found after all tests), which explain every check they failed.
func checkFailures(e grade.Exercise, c grade.Check) []diagnose.Failure {
	if c.Passed || c.Kind == graderFailed {
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

// checkHeadline is a failed check in one line: "race: Data race: …".
func checkHeadline(e grade.Exercise, c grade.Check) string {
	msg := c.Message
	if fs := checkFailures(e, c); msg == "" && len(fs) > 0 {
		msg = fs[0].Message
	}
	msg, _, _ = strings.Cut(sanitizeText(msg), "\n")
	if r := []rune(msg); len(r) > 200 {
		msg = string(r[:199]) + "…"
	}
	return c.Kind + ": " + msg
}

// checkDetail is everything a learner needs about check c: the verdict, the
// lines of their code it points at, and what to look at.
func checkDetail(e grade.Exercise, c grade.Check) string {
	if c.Passed {
		return "Passed."
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %s\n", c.Kind, c.Message)
	for _, f := range checkFailures(e, c) {
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
	return sanitizeText(b.String())
}

// ansiEscape matches terminal escape sequences (colours, cursor moves).
var ansiEscape = regexp.MustCompile(`\x1b(\[[0-9;?]*[ -/]*[@-~]|[@-Z\\-_])`)

// sanitizeText makes text from the learner's program safe to show anywhere:
// escape sequences go, and bytes that are not UTF-8, control characters
// other than tab and line ends, and the non-characters U+FFFE and U+FFFF
// become U+FFFD. XML 1.0 cannot carry those at all, even escaped, and JSON
// readers show them as noise.
func sanitizeText(s string) string {
	s = strings.ToValidUTF8(ansiEscape.ReplaceAllString(s, ""), string(utf8.RuneError))
	return strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' {
			return r
		}
		if unicode.IsControl(r) || r == 0xFFFE || r == 0xFFFF {
			return utf8.RuneError
		}
		return r
	}, s)
}
