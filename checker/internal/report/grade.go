package report

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/racekit/racekit/checker/internal/grade"
)

// GradeJSON writes a grade as the checker's JSON: the check schema, plus
// points and graded checks.
func GradeJSON(w io.Writer, r grade.Report) error {
	r.Exercises = slices.Clone(r.Exercises)
	for i := range r.Exercises {
		r.Exercises[i].Result = emptyNotNull(r.Exercises[i].Result) // as check's JSON
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(r)
}

// GradeText writes a grade for a teacher reading a terminal: a line per
// exercise with its points and verdicts, then what failed.
func GradeText(w io.Writer, r grade.Report) error {
	who := r.Student
	if who == "" {
		who = "this submission"
	}
	fmt.Fprintf(w, "Grade for %s: %.2f/%.2f points, %d/%d exercises pass\n", who, r.Points, r.MaxPoints, r.Passed, r.Total)
	if r.Error != "" {
		fmt.Fprintf(w, "  grader error: %s\n", r.Error)
	}
	m := MarksFor(w)
	for _, e := range r.Exercises {
		mark := m.Pass
		if !e.Passed {
			mark = m.Fail
		}
		fmt.Fprintf(w, "\n%s %-10s %6.2f/%-6.2f %s\n", mark, e.Name, e.Points, e.MaxPoints, strings.Join(e.Kinds(), ", "))
		if e.Error != "" {
			fmt.Fprintf(w, "    grader error: %s\n", e.Error)
		}
		for _, c := range e.Checks {
			if !c.Passed {
				fmt.Fprintf(w, "    %s %s [%s] %s\n", m.Fail, c.Name, c.Kind, firstLine(c.Message))
			}
		}
	}
	return nil
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}

// GradeMarkdown writes a grade as a Markdown scores table, for a GitHub
// Actions job summary or a course page.
func GradeMarkdown(w io.Writer, r grade.Report) error {
	fmt.Fprintf(w, "## racekit: %s/%s points, %d/%d exercises pass\n\n",
		number(r.Points), number(r.MaxPoints), r.Passed, r.Total)
	if r.Error != "" {
		fmt.Fprintf(w, "**The grader failed, so this is not a grade:** %s\n\n", markdownCell(r.Error))
	}
	fmt.Fprintln(w, "| exercise | points | verdict | first problem |")
	fmt.Fprintln(w, "|---|---:|---|---|")
	for _, e := range r.Exercises {
		verdict, problem := "✅ passed", ""
		if !e.Passed {
			verdict = "❌ " + strings.Join(e.Kinds(), ", ")
			for _, c := range e.Checks {
				if !c.Passed {
					problem = firstLine(c.Message)
					break
				}
			}
		}
		if e.Error != "" {
			verdict, problem = "⚠️ grader error", e.Error
		}
		fmt.Fprintf(w, "| %s | %s/%s | %s | %s |\n", e.Name, number(e.Points), number(e.MaxPoints), verdict, markdownCell(problem))
	}
	return nil
}

func number(x float64) string { return strconv.FormatFloat(math.Round(x*100)/100, 'f', -1, 64) }

// markdownCell keeps text inside one table cell: no line breaks, no pipes,
// no markup from student output.
func markdownCell(s string) string {
	s = sanitizeText(firstLine(s))
	return strings.NewReplacer("|", `\|`, "`", "'", "<", "&lt;", ">", "&gt;").Replace(s)
}
