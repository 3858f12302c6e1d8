package report

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"io"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/racekit/racekit/checker/internal/check"
	"github.com/racekit/racekit/checker/internal/diagnose"
	"github.com/racekit/racekit/checker/internal/grade"
)

// hostile is what a learner's program can print: a NUL, a colour escape,
// a byte that is not UTF-8, and the end of a CDATA section.
const hostile = "\x00\x1b[31m\xff]]>"

// fixture is a graded submission: one exercise passed, one with a race
// and a failed check, and one whose tests were changed.
func fixture() grade.Report {
	race := diagnose.Failure{
		Kind:    diagnose.Race,
		Test:    "TestConcurrentGet",
		Message: "Data race: goroutine 7 wrote at exercises/pool/pool.go:22 (in Pool.Get) while goroutine 8 read at exercises/pool/pool.go:31 (in Pool.Len), with nothing ordering the two.",
		Advice:  "Every access to that variable, reads included, must hold the same lock.",
		Locations: []diagnose.Location{
			{File: "exercises/pool/pool.go", Line: 22, Func: "Pool.Get", Source: "p.free = p.free[1:]", Note: "write by goroutine 7"},
			{File: "exercises/pool/pool.go", Line: 31, Func: "Pool.Len", Source: "return len(p.free)", Note: "earlier read by goroutine 8"},
		},
	}
	fail := diagnose.Failure{
		Kind:      diagnose.Fail,
		Test:      "TestCount",
		Message:   "count = 9, want 10 " + hostile,
		Locations: []diagnose.Location{{File: "exercises/pool/pool_test.go", Line: 40, Note: "the test's check"}},
	}
	return grade.Report{
		Student: "ada",
		Exercises: []grade.Exercise{
			{
				Result:    check.Result{Name: "account", Path: "account", Passed: true, DurationMS: 2100},
				Points:    4,
				MaxPoints: 4,
				Checks: []grade.Check{
					{Name: "TestSave", Passed: true, Points: 1, MaxPoints: 1},
					{Name: "TestConcurrentSavesAllCount", Passed: true, Points: 2, MaxPoints: 2},
					{Name: "no goroutine left behind", Passed: true, Points: 1, MaxPoints: 1},
				},
			},
			{
				Result:    check.Result{Name: "pool", Path: "exercises/pool", Failures: []diagnose.Failure{race, fail}, DurationMS: 5300},
				Points:    1.5,
				MaxPoints: 4.5,
				Checks: []grade.Check{
					{Name: "TestConcurrentGet", Points: 0, MaxPoints: 2, Kind: diagnose.Race, Message: race.Message},
					{Name: "TestCount", Points: 0, MaxPoints: 1, Kind: diagnose.Fail, Message: fail.Message},
					{Name: "TestNew", Passed: true, Points: 1, MaxPoints: 1},
					{Name: "no goroutine left behind", Passed: true, Points: 0.5, MaxPoints: 0.5},
				},
			},
			{
				Result: check.Result{Name: "queue", Path: "exercises/queue", DurationMS: 10, Failures: []diagnose.Failure{{
					Kind:    diagnose.Tamper,
					Message: "exercises/queue/queue_test.go differs from the kit's: the tests must not change.",
					Advice:  "Restore it with `go run ./checker reset queue`.",
				}}},
				Points:    0,
				MaxPoints: 3,
				Checks: []grade.Check{
					{Name: "TestFIFO", MaxPoints: 1.5, Kind: diagnose.Tamper, Message: "The tests were changed."},
					{Name: "TestClose", MaxPoints: 1.5, Kind: diagnose.Tamper, Message: "The tests were changed."},
				},
			},
		},
		Points:     5.5,
		MaxPoints:  11.5,
		Passed:     1,
		Total:      3,
		DurationMS: 7410,
	}
}

// Checks in the fixture, in order, as "exercise: check".
var fixtureNames = []string{
	"account: TestSave", "account: TestConcurrentSavesAllCount", "account: no goroutine left behind",
	"pool: TestConcurrentGet", "pool: TestCount", "pool: TestNew", "pool: no goroutine left behind",
	"queue: TestFIFO", "queue: TestClose",
}

// decode parses a JSON document, rejecting anything after it.
func decode(t *testing.T, data []byte) map[string]any {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(data))
	var doc map[string]any
	require.NoError(t, dec.Decode(&doc))
	require.ErrorIs(t, dec.Decode(new(any)), io.EOF, "one document only")
	return doc
}

// fields checks that obj has exactly the keys of want, each of the JSON
// type named ("string", "number", "bool", "array", "object"); keys in
// optional may be missing.
func fields(t *testing.T, obj map[string]any, want map[string]string, optional ...string) {
	t.Helper()
	for key := range obj {
		assert.Contains(t, want, key, "key not in the published format")
	}
	for key, typ := range want {
		v, ok := obj[key]
		if !ok {
			assert.Contains(t, optional, key, "missing key %q", key)
			continue
		}
		var got string
		switch v.(type) {
		case string:
			got = "string"
		case float64:
			got = "number"
		case bool:
			got = "bool"
		case []any:
			got = "array"
		case map[string]any:
			got = "object"
		}
		assert.Equal(t, typ, got, "type of %q", key)
	}
}

// clean asserts that learner text reached a report only in a form every
// reader can show.
func clean(t *testing.T, s string) {
	t.Helper()
	assert.True(t, utf8.ValidString(s), "invalid UTF-8 in %q", s)
	assert.NotContains(t, s, "\x00")
	assert.NotContains(t, s, "\x1b")
	assert.NotContains(t, s, "[31m", "escape sequences are removed whole")
}

func TestGradescope(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, Gradescope(&buf, fixture()))
	doc := decode(t, buf.Bytes())

	formats := []string{"text", "simple_format", "html", "md", "ansi"}
	visibilities := []string{"hidden", "after_due_date", "after_published", "visible"}
	fields(t, doc, map[string]string{
		"score": "number", "execution_time": "number", "output": "string", "output_format": "string",
		"visibility": "string", "stdout_visibility": "string", "tests": "array",
	})
	assert.Equal(t, 5.5, doc["score"])
	assert.Equal(t, 7.0, doc["execution_time"], "whole seconds")
	assert.Contains(t, formats, doc["output_format"])
	assert.Contains(t, visibilities, doc["visibility"])
	assert.Contains(t, visibilities, doc["stdout_visibility"])
	assert.Contains(t, doc["output"], "5.5/11.5 points; 1 of 3 exercises pass.")

	tests := doc["tests"].([]any)
	require.Len(t, tests, len(fixtureNames))
	var names []string
	var score, maxScore float64
	byName := map[string]map[string]any{}
	for _, v := range tests {
		test := v.(map[string]any)
		fields(t, test, map[string]string{
			"name": "string", "score": "number", "max_score": "number", "status": "string",
			"output": "string", "output_format": "string", "visibility": "string", "tags": "array",
		})
		assert.Contains(t, []string{"passed", "failed"}, test["status"])
		assert.Contains(t, formats, test["output_format"])
		assert.Equal(t, "visible", test["visibility"])
		assert.Equal(t, test["status"] == "passed", test["score"] == test["max_score"], "status agrees with points in %v", test["name"])
		for _, tag := range test["tags"].([]any) {
			assert.IsType(t, "", tag)
		}
		clean(t, test["output"].(string))
		name := test["name"].(string)
		names = append(names, name)
		byName[name] = test
		score += test["score"].(float64)
		maxScore += test["max_score"].(float64)
	}
	assert.Equal(t, fixtureNames, names, "one test a check, uniquely named")
	assert.InDelta(t, 5.5, score, 1e-9)
	assert.InDelta(t, 11.5, maxScore, 1e-9)

	race := byName["pool: TestConcurrentGet"]
	assert.Equal(t, "failed", race["status"])
	assert.Equal(t, []any{"pool", "race"}, race["tags"])
	out := race["output"].(string)
	assert.True(t, strings.HasPrefix(out, "race: Data race: goroutine 7"), out)
	assert.Contains(t, out, "exercises/pool/pool.go:22    p.free = p.free[1:]")
	assert.Contains(t, out, "exercises/pool/pool.go:31    return len(p.free)")
	assert.Contains(t, out, "Look at: Every access")

	count := byName["pool: TestCount"]["output"].(string)
	assert.Contains(t, count, "count = 9, want 10 \uFFFD\uFFFD]]>")
	assert.Contains(t, count, "exercises/pool/pool_test.go:40")
	assert.Equal(t, []any{"account"}, byName["account: TestSave"]["tags"])
	assert.Equal(t, []any{"queue", "tamper"}, byName["queue: TestFIFO"]["tags"])
	assert.Contains(t, byName["queue: TestFIFO"]["output"], "queue_test.go differs", "the exercise's failure explains its checks")
}

func TestPrairieLearn(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, PrairieLearn(&buf, fixture()))
	doc := decode(t, buf.Bytes())

	fields(t, doc, map[string]string{
		"gradable": "bool", "score": "number", "message": "string", "output": "string", "tests": "array",
		"format_errors": "array",
	}, "format_errors")
	assert.Equal(t, true, doc["gradable"])
	assert.NotContains(t, doc, "format_errors", "only an ungradable submission has format errors")
	score := doc["score"].(float64)
	assert.GreaterOrEqual(t, score, 0.0)
	assert.LessOrEqual(t, score, 1.0)
	assert.Equal(t, 0.4783, score, "5.5/11.5")
	assert.Equal(t, "5.5/11.5 points; 1 of 3 exercises pass.", doc["message"])

	tests := doc["tests"].([]any)
	require.Len(t, tests, len(fixtureNames))
	var names []string
	var points, maxPoints float64
	byName := map[string]map[string]any{}
	for _, v := range tests {
		test := v.(map[string]any)
		fields(t, test, map[string]string{
			"name": "string", "description": "string", "points": "number", "max_points": "number",
			"message": "string", "output": "string",
		})
		assert.LessOrEqual(t, test["points"], test["max_points"])
		clean(t, test["message"].(string))
		clean(t, test["output"].(string))
		name := test["name"].(string)
		names = append(names, name)
		byName[name] = test
		points += test["points"].(float64)
		maxPoints += test["max_points"].(float64)
	}
	assert.Equal(t, fixtureNames, names)
	assert.InDelta(t, 5.5, points, 1e-9)
	assert.InDelta(t, 11.5, maxPoints, 1e-9)
	assert.Equal(t, score, float64(int(points/maxPoints*10000+0.5))/10000, "score is the tests' points over their total")

	race := byName["pool: TestConcurrentGet"]
	assert.True(t, strings.HasPrefix(race["message"].(string), "race: Data race:"))
	assert.NotContains(t, race["message"], "\n", "the message is one line")
	assert.Contains(t, race["output"], "exercises/pool/pool.go:31    return len(p.free)")
	assert.Equal(t, "Passed.", byName["pool: TestNew"]["message"])
	assert.Equal(t, "Exercise pool (exercises/pool)", race["description"])
}

// A submission in which nothing builds is not gradable: PrairieLearn then
// costs the student no attempt, and shows the format errors.
func TestPrairieLearnNothingBuilt(t *testing.T) {
	broken := func(name string) grade.Exercise {
		return grade.Exercise{
			Result: check.Result{Name: name, Path: "exercises/" + name, Failures: []diagnose.Failure{{
				Kind: diagnose.Compile, Message: "The code does not compile: undefined: mu.",
			}}},
			MaxPoints: 2,
		}
	}
	r := grade.Report{Exercises: []grade.Exercise{broken("pool"), broken("queue")}, MaxPoints: 4, Total: 2}
	var buf bytes.Buffer
	require.NoError(t, PrairieLearn(&buf, r))
	doc := decode(t, buf.Bytes())
	assert.Equal(t, false, doc["gradable"])
	assert.Equal(t, 0.0, doc["score"])
	require.IsType(t, []any{}, doc["format_errors"])
	assert.Contains(t, doc["format_errors"], "pool: The code does not compile: undefined: mu.")
	// An exercise without checks is still one test, holding its points.
	tests := doc["tests"].([]any)
	require.Len(t, tests, 2)
	assert.Equal(t, "pool: all checks", tests[0].(map[string]any)["name"])
	assert.Equal(t, 2.0, tests[0].(map[string]any)["max_points"])

	// One exercise that builds makes the submission gradable.
	r.Exercises[1] = grade.Exercise{Result: check.Result{Name: "queue", Passed: true}, Points: 2, MaxPoints: 2}
	buf.Reset()
	require.NoError(t, PrairieLearn(&buf, r))
	doc = decode(t, buf.Bytes())
	assert.Equal(t, true, doc["gradable"])
	assert.NotContains(t, doc, "format_errors")
}

// The JUnit document as a strict reader sees it: the test's own types, so
// renaming an element or attribute in junit.go breaks this test.
type xSuites struct {
	XMLName  xml.Name `xml:"testsuites"`
	Name     string   `xml:"name,attr"`
	Tests    *int     `xml:"tests,attr"`
	Failures *int     `xml:"failures,attr"`
	Errors   *int     `xml:"errors,attr"`
	Time     *float64 `xml:"time,attr"`
	Suites   []struct {
		Name     string   `xml:"name,attr"`
		Tests    *int     `xml:"tests,attr"`
		Failures *int     `xml:"failures,attr"`
		Errors   *int     `xml:"errors,attr"`
		Skipped  *int     `xml:"skipped,attr"`
		Time     *float64 `xml:"time,attr"`
		Cases    []xCase  `xml:"testcase"`
	} `xml:"testsuite"`
}

type xCase struct {
	Classname string    `xml:"classname,attr"`
	Name      string    `xml:"name,attr"`
	Time      *float64  `xml:"time,attr"`
	Failure   *xProblem `xml:"failure"`
	Error     *xProblem `xml:"error"`
	Skipped   *struct{} `xml:"skipped"`
}

type xProblem struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr"`
	Text    string `xml:",chardata"`
}

// junitSchema is every element JUnit readers know that we write, with the
// attributes we write on it.
var junitSchema = map[string][]string{
	"testsuites": {"name", "tests", "failures", "errors", "time"},
	"testsuite":  {"name", "tests", "failures", "errors", "skipped", "time"},
	"testcase":   {"classname", "name", "time"},
	"failure":    {"message", "type"},
	"error":      {"message", "type"},
}

// wellFormed reads every token of an XML document, failing on the first
// thing a conforming parser would reject, and checks each element and
// attribute against junitSchema.
func wellFormed(t *testing.T, data []byte) {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(data))
	dec.Strict = true
	depth, roots := 0, 0
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		require.NoError(t, err, "well-formed XML")
		switch tok := tok.(type) {
		case xml.StartElement:
			if depth == 0 {
				roots++
			}
			depth++
			attrs, known := junitSchema[tok.Name.Local]
			require.True(t, known, "unknown element <%s>", tok.Name.Local)
			var got []string
			for _, a := range tok.Attr {
				got = append(got, a.Name.Local)
				assert.True(t, utf8.ValidString(a.Value))
			}
			assert.ElementsMatch(t, attrs, got, "attributes of <%s>", tok.Name.Local)
		case xml.EndElement:
			depth--
		case xml.CharData:
			assert.True(t, utf8.Valid(tok))
			if depth == 0 {
				assert.Empty(t, strings.TrimSpace(string(tok)), "text outside the root")
			}
		}
	}
	assert.Equal(t, 1, roots, "one root element")
}

func TestJUnit(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, JUnit(&buf, fixture()))
	require.True(t, strings.HasPrefix(buf.String(), `<?xml version="1.0" encoding="UTF-8"?>`))
	wellFormed(t, buf.Bytes())

	var doc xSuites
	require.NoError(t, xml.Unmarshal(buf.Bytes(), &doc))
	require.NotNil(t, doc.Tests)
	assert.Equal(t, "racekit", doc.Name)
	assert.Equal(t, 9, *doc.Tests)
	assert.Equal(t, 2, *doc.Failures, "race and fail")
	assert.Equal(t, 2, *doc.Errors, "the two tampered checks")
	assert.InDelta(t, 7.41, *doc.Time, 1e-9)

	require.Len(t, doc.Suites, 3)
	var suites []string
	var failures, errs, tests int
	cases := map[string]xCase{}
	for _, s := range doc.Suites {
		suites = append(suites, s.Name)
		require.NotNil(t, s.Tests)
		require.NotNil(t, s.Skipped)
		require.NotNil(t, s.Time)
		assert.Equal(t, len(s.Cases), *s.Tests, "suite %s", s.Name)
		assert.Equal(t, 0, *s.Skipped)
		var f, e int
		var names []string
		for _, c := range s.Cases {
			assert.Equal(t, "racekit."+s.Name, c.Classname)
			require.NotNil(t, c.Time)
			assert.Nil(t, c.Skipped)
			assert.False(t, c.Failure != nil && c.Error != nil, "a failure or an error, not both")
			for _, p := range []*xProblem{c.Failure, c.Error} {
				if p != nil {
					assert.True(t, strings.HasPrefix(p.Message, p.Type+": "), p.Message)
					assert.NotContains(t, p.Message, "\n")
					clean(t, p.Message)
					clean(t, p.Text)
				}
			}
			if c.Failure != nil {
				f++
			}
			if c.Error != nil {
				e++
			}
			names = append(names, c.Name)
			cases[s.Name+": "+c.Name] = c
		}
		assert.Equal(t, *s.Failures, f, "suite %s", s.Name)
		assert.Equal(t, *s.Errors, e, "suite %s", s.Name)
		slices.Sort(names)
		assert.Len(t, slices.Compact(names), len(s.Cases), "names unique in suite %s", s.Name)
		failures, errs, tests = failures+f, errs+e, tests+len(s.Cases)
	}
	assert.Equal(t, []string{"account", "pool", "queue"}, suites)
	assert.Equal(t, *doc.Tests, tests)
	assert.Equal(t, *doc.Failures, failures)
	assert.Equal(t, *doc.Errors, errs)
	assert.InDelta(t, 5.3, *doc.Suites[1].Time, 1e-9)

	race := cases["pool: TestConcurrentGet"]
	require.NotNil(t, race.Failure)
	assert.Equal(t, "race", race.Failure.Type)
	assert.True(t, strings.HasPrefix(race.Failure.Message, "race: Data race: goroutine 7 wrote"))
	assert.Contains(t, race.Failure.Text, "exercises/pool/pool.go:22    p.free = p.free[1:]")
	assert.Contains(t, race.Failure.Text, "exercises/pool/pool.go:31    return len(p.free)")
	assert.Contains(t, race.Failure.Text, "Look at: Every access")

	count := cases["pool: TestCount"]
	require.NotNil(t, count.Failure)
	assert.Equal(t, "fail: count = 9, want 10 \uFFFD\uFFFD]]>", count.Failure.Message, "hostile bytes survive as text")
	assert.Contains(t, count.Failure.Text, "]]>")

	tamper := cases["queue: TestFIFO"]
	require.NotNil(t, tamper.Error)
	assert.Nil(t, tamper.Failure)
	assert.Equal(t, "tamper", tamper.Error.Type)
	assert.Nil(t, cases["account: TestSave"].Failure)
	assert.Nil(t, cases["account: TestSave"].Error)
}

// Each verdict kind is a JUnit failure when the check itself found the bug,
// and an error when the test could not finish to find anything.
func TestJUnitKinds(t *testing.T) {
	want := map[string]string{
		diagnose.Fail: "failure", diagnose.Race: "failure", diagnose.Leak: "failure",
		diagnose.Compile: "error", diagnose.Panic: "error", diagnose.Deadlock: "error",
		diagnose.Timeout: "error", diagnose.Tamper: "error",
		"error": "error", // the grader could not run the check
	}
	e := grade.Exercise{Result: check.Result{Name: "kinds"}}
	for kind := range want {
		e.Checks = append(e.Checks, grade.Check{Name: kind, Kind: kind, Message: "went wrong", MaxPoints: 1})
	}
	var buf bytes.Buffer
	require.NoError(t, JUnit(&buf, grade.Report{Exercises: []grade.Exercise{e}}))
	wellFormed(t, buf.Bytes())
	var doc xSuites
	require.NoError(t, xml.Unmarshal(buf.Bytes(), &doc))
	require.Len(t, doc.Suites, 1)
	require.Len(t, doc.Suites[0].Cases, len(want))
	for _, c := range doc.Suites[0].Cases {
		switch want[c.Name] {
		case "failure":
			assert.NotNil(t, c.Failure, c.Name)
			assert.Nil(t, c.Error, c.Name)
		case "error":
			assert.NotNil(t, c.Error, c.Name)
			assert.Nil(t, c.Failure, c.Name)
		}
	}
	assert.Equal(t, 3, *doc.Failures)
	assert.Equal(t, 6, *doc.Errors)
}

// When the grader itself fails, the grade is not the student's doing:
// PrairieLearn gets an ungradable submission, Gradescope a valid document
// whose output says the grader failed, JUnit errors.
func TestGraderFailed(t *testing.T) {
	r := grade.Report{
		Exercises: []grade.Exercise{
			{Result: check.Result{Name: "pool", Path: "exercises/pool"}, MaxPoints: 2},
			{Result: check.Result{Name: "queue", Path: "exercises/queue"}, MaxPoints: 3},
		},
		MaxPoints: 5, Total: 2,
		Error: "the grader could not set up a build: disk full",
	}
	var buf bytes.Buffer
	require.NoError(t, Gradescope(&buf, r))
	gs := decode(t, buf.Bytes())
	assert.Equal(t, 0.0, gs["score"])
	assert.Contains(t, gs["output"], "The grader failed, so this is not a grade: the grader could not set up a build: disk full")
	buf.Reset()

	require.NoError(t, PrairieLearn(&buf, r))
	doc := decode(t, buf.Bytes())
	assert.Equal(t, false, doc["gradable"])
	assert.Equal(t, []any{"The grader failed: the grader could not set up a build: disk full"}, doc["format_errors"])
	tests := doc["tests"].([]any)
	require.Len(t, tests, 2)
	assert.Equal(t, "error: the grader could not run this exercise: the grader could not set up a build: disk full",
		tests[0].(map[string]any)["message"])
	assert.Equal(t, 3.0, tests[1].(map[string]any)["max_points"])

	buf.Reset()
	require.NoError(t, JUnit(&buf, r))
	wellFormed(t, buf.Bytes())
	var x xSuites
	require.NoError(t, xml.Unmarshal(buf.Bytes(), &x))
	assert.Equal(t, 2, *x.Errors)
	require.NotNil(t, x.Suites[1].Cases[0].Error)
	assert.Equal(t, "error", x.Suites[1].Cases[0].Error.Type)

	// One exercise the grader could not run: its checks say so, and
	// PrairieLearn does not count the attempt.
	r = fixture()
	pool := &r.Exercises[1]
	pool.Error = "the kit has no tests for pool"
	for i := range pool.Checks {
		pool.Checks[i] = grade.Check{Name: pool.Checks[i].Name, Kind: "error", Message: "the grader could not run this check: " + pool.Error, MaxPoints: pool.Checks[i].MaxPoints}
	}
	buf.Reset()
	require.NoError(t, PrairieLearn(&buf, r))
	doc = decode(t, buf.Bytes())
	assert.Equal(t, false, doc["gradable"])
	assert.Equal(t, []any{"pool: the grader failed: the kit has no tests for pool"}, doc["format_errors"])

	buf.Reset()
	require.NoError(t, Gradescope(&buf, r))
	doc = decode(t, buf.Bytes())
	assert.Contains(t, doc["output"], "pool: the grader failed: the kit has no tests for pool")
	test := doc["tests"].([]any)[3].(map[string]any)
	assert.Equal(t, "pool: TestConcurrentGet", test["name"])
	assert.Equal(t, "failed", test["status"])
	assert.Equal(t, []any{"pool", "error"}, test["tags"])
	assert.Contains(t, test["output"], "the grader could not run this check")
	assert.NotContains(t, test["output"], "Data race", "no verdict from a run the grader could not make")
}

// Repeated check names (a test run under two -cpu values, say) stay
// distinct in every format, since GitLab drops all but the first.
func TestRepeatedNames(t *testing.T) {
	r := grade.Report{Exercises: []grade.Exercise{{
		Result: check.Result{Name: "pool", Passed: true},
		Checks: []grade.Check{
			{Name: "TestGet", Passed: true, Points: 1, MaxPoints: 1},
			{Name: "TestGet #2", Passed: true, Points: 1, MaxPoints: 1},
			{Name: "TestGet", Passed: true, Points: 1, MaxPoints: 1},
		},
		Points: 3, MaxPoints: 3,
	}}, Points: 3, MaxPoints: 3}
	want := []string{"TestGet", "TestGet #2", "TestGet #3"}

	var buf bytes.Buffer
	require.NoError(t, JUnit(&buf, r))
	var doc xSuites
	require.NoError(t, xml.Unmarshal(buf.Bytes(), &doc))
	var names []string
	for _, c := range doc.Suites[0].Cases {
		names = append(names, c.Name)
	}
	assert.Equal(t, want, names)

	for _, write := range []func(io.Writer, grade.Report) error{Gradescope, PrairieLearn} {
		buf.Reset()
		require.NoError(t, write(&buf, r))
		names = nil
		for _, v := range decode(t, buf.Bytes())["tests"].([]any) {
			names = append(names, strings.TrimPrefix(v.(map[string]any)["name"].(string), "pool: "))
		}
		assert.Equal(t, want, names)
	}
}

func TestSanitize(t *testing.T) {
	for in, want := range map[string]string{
		"plain\ttext\nline":                  "plain\ttext\nline",
		hostile:                              "\uFFFD\uFFFD]]>",
		"\x1b[1;31mred\x1b[0m and \x1b]bold": "red and bold",
		"bell\a, del\x7f":                    "bell\uFFFD, del\uFFFD",
		"non\uFFFEcharacter":                 "non\uFFFDcharacter",
		"é ✓ 中":                              "é ✓ 中",
	} {
		assert.Equal(t, want, sanitizeText(in), "%q", in)
	}
}
