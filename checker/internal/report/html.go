package report

import (
	"cmp"
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"math"
	"regexp"
	"strings"

	"github.com/racekit/racekit/checker/internal/diagnose"
	"github.com/racekit/racekit/checker/internal/grade"
)

// The HTML pages are self-contained: their CSS, script and pictures (SVG)
// are inline, so a teacher can open them from a folder, mail them or
// archive them, and nothing is fetched from the network. The grid and the
// reports are plain HTML: the script only sorts and opens a report in a
// dialog, so the page reads without it, and prints.
//
//go:embed html.tmpl
var htmlSource string

var pages = template.Must(template.New("html").Funcs(template.FuncMap{
	"num":   number,
	"clean": sanitizeText,
	"first": firstLine,
}).Parse(htmlSource))

// kindOrder is the order of verdict kinds in the class's bars and legend:
// passes first, then the kinds roughly from the most to the least common.
var kindOrder = []string{"pass", diagnose.Race, diagnose.Fail, diagnose.Deadlock, diagnose.Timeout,
	diagnose.Leak, diagnose.Panic, diagnose.Compile, diagnose.Tamper, "error"}

// Dashboard writes a class's grades as one HTML page: a grid of students
// by exercises, each cell coloured by its points and marked with its
// verdict, totals, sortable by any column; how the class fared on each
// exercise by verdict kind, as bars; and every student's report on every
// exercise, which a cell opens.
func Dashboard(w io.Writer, b grade.Book) error {
	return pages.ExecuteTemplate(w, "dashboard", dashboardOf(b))
}

// GradeHTML writes one submission's grade as an HTML page: its points and
// verdicts, then the report on each exercise.
func GradeHTML(w io.Writer, r grade.Report) error {
	cols := make([]grade.Column, len(r.Exercises))
	for i, e := range r.Exercises {
		cols[i] = grade.Column{Name: e.Name, MaxPoints: e.MaxPoints}
	}
	return pages.ExecuteTemplate(w, "grade", rowOf(r, cols, ids{}))
}

type dashboardView struct {
	Book      grade.Book
	Rows      []rowView
	Bars      []barView
	Kinds     []string
	Mean      float64
	Max       float64
	AllPassed int
}

// rowView is a student's row of the grid, and their reports.
type rowView struct {
	Student   string
	ID        string // the anchor of the student's reports
	Error     string // the grader failed on this submission
	Cells     []cellView
	Points    float64
	MaxPoints float64
	Passed    int
	Total     int
}

// cellView is one student's grade on one exercise.
type cellView struct {
	ID       string // the anchor of the report
	Student  string
	Exercise string
	Points   float64
	Max      float64
	Level    string // the colour: "l0" (no points) to "l4" (all), "err", "none"
	Verdict  string // the verdict kinds, "pass", or why there is none
	Grade    *grade.Exercise
	Shown    []diagnose.Failure // the first failure of each kind, as the text report shows them
	More     int                // the failures not shown
	Error    string             // the grader failed on this exercise (or submission)
}

// barView is how the class fared on one exercise: how many students got
// each verdict kind, as a stacked bar.
type barView struct {
	Exercise string
	Students int
	Parts    []barPart
}

type barPart struct {
	Kind  string
	Count int
	X     int // where it starts: the count before it
}

func (b barView) Text() string {
	parts := make([]string, len(b.Parts))
	for i, p := range b.Parts {
		parts[i] = fmt.Sprintf("%d %s", p.Count, p.Kind)
	}
	return strings.Join(parts, ", ")
}

func dashboardOf(b grade.Book) dashboardView {
	v := dashboardView{Book: b, Kinds: kindOrder}
	anchors := ids{}
	counts := make([]map[string]int, len(b.Exercises))
	for i := range counts {
		counts[i] = map[string]int{}
	}
	for _, rep := range b.Students {
		row := rowOf(rep, b.Exercises, anchors)
		v.Rows = append(v.Rows, row)
		v.Mean += rep.Points
		if rep.Error == "" && rep.Total > 0 && rep.Passed == rep.Total {
			v.AllPassed++
		}
		for i, c := range row.Cells {
			counts[i][primaryKind(c)]++
		}
	}
	for _, e := range b.Exercises {
		v.Max += e.MaxPoints
	}
	if len(b.Students) > 0 {
		v.Mean /= float64(len(b.Students))
	}
	for i, e := range b.Exercises {
		bar := barView{Exercise: e.Name, Students: len(b.Students)}
		for _, kind := range kindOrder {
			if n := counts[i][kind]; n > 0 {
				bar.Parts = append(bar.Parts, barPart{Kind: kind, Count: n, X: bar.Students - remaining(counts[i], kind)})
			}
		}
		v.Bars = append(v.Bars, bar)
	}
	return v
}

// remaining counts the students whose kind comes at or after kind.
func remaining(counts map[string]int, kind string) int {
	n, after := 0, false
	for _, k := range kindOrder {
		after = after || k == kind
		if after {
			n += counts[k]
		}
	}
	return n
}

// primaryKind is the kind a cell counts under in the bars: each student
// once per exercise, by the first (most telling) of its verdict kinds.
func primaryKind(c cellView) string {
	switch {
	case c.Error != "" || c.Grade == nil:
		return "error"
	case c.Grade.Passed:
		return "pass"
	}
	if kinds := c.Grade.Kinds(); len(kinds) > 0 {
		return kinds[0]
	}
	return diagnose.Fail
}

func rowOf(rep grade.Report, cols []grade.Column, anchors ids) rowView {
	row := rowView{
		Student: rep.Student, ID: anchors.make("s-" + rep.Student), Error: rep.Error,
		Points: rep.Points, MaxPoints: rep.MaxPoints, Passed: rep.Passed, Total: rep.Total,
	}
	for _, col := range cols {
		c := cellView{
			ID:      anchors.make("r-" + rep.Student + "-" + col.Name),
			Student: rep.Student, Exercise: col.Name, Max: col.MaxPoints,
		}
		for i := range rep.Exercises {
			if rep.Exercises[i].Name == col.Name {
				c.Grade = &rep.Exercises[i]
			}
		}
		switch {
		case rep.Error != "":
			c.Level, c.Verdict, c.Error = "err", "error", rep.Error
		case c.Grade == nil:
			c.Level, c.Verdict = "none", "not graded"
		case c.Grade.Error != "":
			c.Level, c.Verdict, c.Error = "err", "error", c.Grade.Error
		default:
			c.Points, c.Max = c.Grade.Points, c.Grade.MaxPoints
			c.Level = level(c.Points, c.Max)
			c.Verdict = "pass"
			if !c.Grade.Passed {
				c.Verdict = cmp.Or(strings.Join(c.Grade.Kinds(), ", "), diagnose.Fail)
			}
			c.Shown = firstOfEachKind(c.Grade.Failures)
			c.More = len(c.Grade.Failures) - len(c.Shown)
		}
		row.Cells = append(row.Cells, c)
	}
	return row
}

// level is a cell's colour: l0 for no points, l4 for all, l1 to l3 between.
func level(points, max float64) string {
	switch {
	case points <= 0 || max <= 0:
		return "l0"
	case points >= max-1e-9:
		return "l4"
	}
	return fmt.Sprintf("l%d", 1+min(2, int(math.Floor(points/max*3))))
}

// ids makes HTML ids from names, unique within one page.
type ids map[string]bool

var notInID = regexp.MustCompile(`[^A-Za-z0-9_-]+`)

func (seen ids) make(name string) string {
	id := notInID.ReplaceAllString(name, "_")
	for n := 2; seen[id]; n++ {
		id = fmt.Sprintf("%s_%d", notInID.ReplaceAllString(name, "_"), n)
	}
	seen[id] = true
	return id
}
