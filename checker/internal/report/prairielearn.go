package report

import (
	"encoding/json"
	"io"
	"math"
	"strings"

	"github.com/racekit/racekit/checker/internal/diagnose"
	"github.com/racekit/racekit/checker/internal/grade"
)

// PrairieLearn's external grader results, as its "External Grading" page
// publishes them (docs.prairielearn.com/externalGrading/, checked against
// docs/externalGrading.md, "Grading results"): score, a float in [0, 1],
// is the only required field; gradable false marks a submission "invalid,
// not gradable", costing the student no attempt, with format_errors (a
// string or an array of strings) saying why; message, output and tests
// (name, description, points, max_points, message, output) are what
// <pl-external-grader-results> renders.
type plResults struct {
	Gradable     bool     `json:"gradable"`
	Score        float64  `json:"score"`
	Message      string   `json:"message"`
	Output       string   `json:"output"`
	FormatErrors []string `json:"format_errors,omitempty"`
	Tests        []plTest `json:"tests"`
}

type plTest struct {
	Name        string  `json:"name"`
	Description string  `json:"description"`
	Points      float64 `json:"points"`
	MaxPoints   float64 `json:"max_points"`
	Message     string  `json:"message"`
	Output      string  `json:"output"`
}

// PrairieLearn writes r as the results.json of a PrairieLearn external
// grader.
func PrairieLearn(w io.Writer, r grade.Report) error {
	res := plResults{Gradable: true, Output: summary(r), Tests: []plTest{}}
	if r.MaxPoints > 0 {
		// Four places, not two: PrairieLearn scales the fraction by the
		// question's points, and 7.5/11.5 should not become 0.65.
		res.Score = math.Round(min(max(r.Points/r.MaxPoints, 0), 1)*10000) / 10000
	}
	res.Message, _, _ = strings.Cut(res.Output, "\n")
	// The case PrairieLearn's docs give for "gradable": false is code that
	// does not compile. Only when no exercise built did nothing run: one
	// broken exercise among working ones is graded like any other failure.
	ran := false
	var errs []string
	for _, e := range r.Exercises {
		if kinds := e.Kinds(); len(kinds) != 1 || kinds[0] != diagnose.Compile {
			ran = true
		}
		for _, f := range e.Failures {
			if f.Kind == diagnose.Compile {
				errs = append(errs, e.Name+": "+sanitize(f.Message))
			}
		}
	}
	if !ran {
		res.Gradable = false
		res.FormatErrors = append(errs, "No exercise could be built, so none was graded.")
	}
	for _, e := range r.Exercises {
		checks := checksOf(e)
		for i, name := range uniqueNames(checks) {
			c := checks[i]
			t := plTest{
				Name:        e.Name + ": " + name,
				Description: "Exercise " + e.Name + " (" + e.Path + ")",
				Points:      round2(c.Points),
				MaxPoints:   round2(c.MaxPoints),
				Message:     "Passed.",
				Output:      detail(e, c),
			}
			if !c.Passed {
				t.Message = headline(e, c)
			}
			res.Tests = append(res.Tests, t)
		}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(res)
}
