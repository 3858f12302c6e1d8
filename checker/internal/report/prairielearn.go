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
	res := plResults{Gradable: true, Output: gradeSummary(r), Tests: []plTest{}}
	if r.MaxPoints > 0 {
		// Four places, not two: PrairieLearn scales the fraction by the
		// question's points, and 1/3 should be 0.3333, not 0.33.
		res.Score = math.Round(min(max(r.Points/r.MaxPoints, 0), 1)*10000) / 10000
	}
	res.Message, _, _ = strings.Cut(res.Output, "\n")
	var graderErrs, compileErrs []string
	if r.Error != "" {
		graderErrs = append(graderErrs, "The grader failed: "+r.Error)
	}
	ran := false
	for _, e := range r.Exercises {
		if e.Error != "" {
			graderErrs = append(graderErrs, e.Name+": the grader failed: "+e.Error)
		}
		if kinds := e.Kinds(); len(kinds) != 1 || kinds[0] != diagnose.Compile {
			ran = true
		}
		for _, f := range e.Failures {
			if f.Kind == diagnose.Compile {
				compileErrs = append(compileErrs, e.Name+": "+f.Message)
			}
		}
	}
	switch {
	case len(graderErrs) > 0:
		// The grader's failure is not the student's doing: an ungradable
		// submission costs them no attempt, and can be graded again.
		res.Gradable, res.FormatErrors = false, graderErrs
	case !ran:
		// The case PrairieLearn's docs give for "gradable": false is code
		// that does not compile. Only when no exercise built did nothing
		// run: one broken exercise among working ones is graded like any
		// other failure.
		res.Gradable, res.FormatErrors = false, append(compileErrs, "No exercise could be built, so none was graded.")
	}
	for i, msg := range res.FormatErrors {
		res.FormatErrors[i] = sanitizeText(msg)
	}
	for _, e := range r.Exercises {
		checks := gradedChecks(r, e)
		for i, name := range uniqueCheckNames(checks) {
			c := checks[i]
			t := plTest{
				Name:        e.Name + ": " + name,
				Description: "Exercise " + e.Name + " (" + e.Path + ")",
				Points:      roundPoints(c.Points),
				MaxPoints:   roundPoints(c.MaxPoints),
				Message:     "Passed.",
				Output:      checkDetail(e, c),
			}
			if !c.Passed {
				t.Message = checkHeadline(e, c)
			}
			res.Tests = append(res.Tests, t)
		}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(res)
}
