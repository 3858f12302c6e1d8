package report

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/racekit/racekit/checker/internal/check"
	"github.com/racekit/racekit/checker/internal/diagnose"
	"github.com/racekit/racekit/checker/internal/grade"
)

// aBook is a small class: ada (the fixture: account passed, pool with a
// race, queue tampered), bo who passed everything, cy whose grader failed,
// and dan still to grade.
func aBook() grade.Book {
	bo := grade.Report{Student: "bo", Points: 11.5, MaxPoints: 11.5, Passed: 3, Total: 3}
	for _, e := range fixture().Exercises {
		bo.Exercises = append(bo.Exercises, grade.Exercise{
			Result: check.Result{Name: e.Name, Path: e.Path, Passed: true}, Points: e.MaxPoints, MaxPoints: e.MaxPoints,
		})
	}
	return grade.Book{
		Exercises: []grade.Column{{Name: "account", MaxPoints: 4}, {Name: "pool", MaxPoints: 4.5}, {Name: "queue", MaxPoints: 3}},
		Students: []grade.Report{
			fixture(), bo,
			{Student: "cy <script>", Total: 3, Error: "the grader process failed (signal: killed) without a report"},
		},
		Pending: []string{"dan"},
	}
}

func TestDashboard(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, Dashboard(&buf, aBook()))
	page := buf.String()
	clean(t, page)

	// Self-contained: nothing is fetched.
	assert.NotRegexp(t, `(?i)(src|href)\s*=\s*"?(https?:)?//`, page)
	assert.NotContains(t, page, "@import")
	assert.NotContains(t, page, "<script>alert", "student names are escaped")
	assert.Contains(t, page, "cy &lt;script&gt;")

	// The grid: a row per student, a column per exercise, each cell with
	// its points and verdict, and the totals.
	grid := between(t, page, `<table id="grid">`, `</table>`)
	for _, want := range []string{">student<", ">account<", ">pool<", ">queue<", ">total<", "/11.5<"} {
		assert.Contains(t, grid, want)
	}
	assert.Contains(t, grid, `class="cell l4" data-value="4" data-exercise="account" data-verdict="pass"`)
	assert.Contains(t, grid, `class="cell l2" data-value="1.5" data-exercise="pool" data-verdict="race, fail"`)
	assert.Contains(t, grid, `class="cell l0" data-value="0" data-exercise="queue" data-verdict="tamper"`)
	assert.Contains(t, grid, `class="cell err" data-value="0" data-exercise="account" data-verdict="error"`)
	assert.Contains(t, grid, `<td class="total" data-value="5.5">5.5</td>`)
	assert.Contains(t, grid, `<th scope="row">dan</th><td colspan="3">not graded yet</td>`)
	assert.Equal(t, 9, strings.Count(grid, `<td class="cell `), "three graded students by three exercises")

	// The class's bars: each student once per exercise.
	assert.Contains(t, page, "account: 2 pass, 1 error")
	assert.Contains(t, page, "pool: 1 pass, 1 race, 1 error")
	assert.Contains(t, page, "queue: 1 pass, 1 tamper, 1 error")
	assert.Contains(t, page, `<rect class="k-race" x="1" y="0" width="1" height="1">`)

	// Every cell's link leads to a report on the page, which says what
	// happened, where, and what to look at.
	ids := map[string]bool{}
	for _, m := range regexp.MustCompile(` id="([^"]+)"`).FindAllStringSubmatch(page, -1) {
		assert.False(t, ids[m[1]], "id %s is unique", m[1])
		ids[m[1]] = true
	}
	links := regexp.MustCompile(`href="#([^"]+)"`).FindAllStringSubmatch(grid, -1)
	require.Len(t, links, 3+9, "a link per student and per cell")
	for _, l := range links {
		assert.True(t, ids[l[1]], "the link to #%s has somewhere to go", l[1])
	}
	pool := between(t, page, `<article class="report" id="r-ada-pool">`, `</article>`)
	assert.Contains(t, pool, "ada · pool: 1.5/4.5 points, race, fail")
	assert.Contains(t, pool, "Data race: goroutine 7 wrote at exercises/pool/pool.go:22")
	assert.Contains(t, pool, "<code>exercises/pool/pool.go:22</code> <code class=\"src\">p.free = p.free[1:]</code>")
	assert.Contains(t, pool, "↳ write by goroutine 7")
	assert.Contains(t, pool, "<b>Look at:</b> Every access to that variable, reads included, must hold the same lock.")
	assert.Contains(t, pool, "TestNew</td><td>1/1</td>", "its graded checks")
	assert.Contains(t, between(t, page, `id="r-cy_script_-account"`, `</article>`), "The grader failed, so this is not a grade")
}

func TestGradeHTML(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, GradeHTML(&buf, fixture()))
	page := buf.String()
	clean(t, page)
	assert.Contains(t, page, "<title>racekit: grade for ada</title>")
	assert.Contains(t, page, "5.5/11.5 points, 1/3 exercises pass")
	for _, e := range []string{"account", "pool", "queue"} {
		assert.Contains(t, page, `<a href="#r-ada-`+e+`">`+e+`</a>`)
		assert.Contains(t, page, `<article class="report" id="r-ada-`+e+`">`)
	}
	assert.Contains(t, page, "exercises/queue/queue_test.go differs from the kit&#39;s")

	buf.Reset()
	require.NoError(t, GradeHTML(&buf, grade.Report{Error: "no go.mod"}))
	assert.Contains(t, buf.String(), "grade for this submission")
	assert.Contains(t, buf.String(), "The grader failed, so this is not a grade: no go.mod")
}

func TestDashboardShowsTheFirstFailureOfEachKind(t *testing.T) {
	rep := fixture()
	pool := &rep.Exercises[1]
	for range 5 {
		pool.Failures = append(pool.Failures, diagnose.Failure{Kind: diagnose.Race, Message: "another race"})
	}
	var buf bytes.Buffer
	require.NoError(t, Dashboard(&buf, grade.Book{Exercises: []grade.Column{{Name: "pool", MaxPoints: 4.5}}, Students: []grade.Report{rep}}))
	article := between(t, buf.String(), `id="r-ada-pool"`, `</article>`)
	assert.Equal(t, 2, strings.Count(article, `<div class="failure">`), "one race, one fail")
	assert.NotContains(t, article, "another race")
	assert.Contains(t, article, "… and 5 more failures like these")
}

func between(t *testing.T, s, from, to string) string {
	t.Helper()
	_, after, ok := strings.Cut(s, from)
	require.True(t, ok, "no %q", from)
	in, _, ok := strings.Cut(after, to)
	require.True(t, ok, "no %q after %q", to, from)
	return in
}
