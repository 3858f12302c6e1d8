package report

import (
	"encoding/xml"
	"io"
	"strconv"

	"github.com/racekit/racekit/checker/internal/diagnose"
	"github.com/racekit/racekit/checker/internal/grade"
)

// JUnit XML has no official schema. These are the elements and attributes
// that Jenkins' junit.xsd (the Ant schema), the testmoapp/junitxml survey of
// readers, and GitLab's "Unit test reports" page agree on: testsuites (name,
// tests, failures, errors, time), testsuite (name, tests, failures, errors,
// skipped, time), testcase (classname, name, time), and failure or error
// (message, type, text). Times are in seconds. GitLab shows a testcase's
// classname as its suite and keeps only the first of repeated test names.
type junitSuites struct {
	XMLName  xml.Name     `xml:"testsuites"`
	Name     string       `xml:"name,attr"`
	Tests    int          `xml:"tests,attr"`
	Failures int          `xml:"failures,attr"`
	Errors   int          `xml:"errors,attr"`
	Time     string       `xml:"time,attr"`
	Suites   []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name     string      `xml:"name,attr"`
	Tests    int         `xml:"tests,attr"`
	Failures int         `xml:"failures,attr"`
	Errors   int         `xml:"errors,attr"`
	Skipped  int         `xml:"skipped,attr"`
	Time     string      `xml:"time,attr"`
	Cases    []junitCase `xml:"testcase"`
}

type junitCase struct {
	Classname string        `xml:"classname,attr"`
	Name      string        `xml:"name,attr"`
	Time      string        `xml:"time,attr"`
	Failure   *junitProblem `xml:"failure,omitempty"`
	Error     *junitProblem `xml:"error,omitempty"`
}

// junitProblem is a failure or an error: its message and type attributes,
// and its text.
type junitProblem struct{ Message, Type, Text string }

// MarshalXML writes p's text as character data, not CDATA: encoding/xml
// writes a CDATA section's bytes as they are, so a NUL or an invalid byte
// from the learner's output would make the document malformed, where
// character data gets them replaced by U+FFFD. Written as a token, the text
// keeps its newlines, instead of the &#xA; a chardata field gets.
func (p junitProblem) MarshalXML(e *xml.Encoder, start xml.StartElement) error {
	start.Attr = []xml.Attr{{Name: xml.Name{Local: "message"}, Value: p.Message}, {Name: xml.Name{Local: "type"}, Value: p.Type}}
	for _, t := range []xml.Token{start, xml.CharData(p.Text), start.End()} {
		if err := e.EncodeToken(t); err != nil {
			return err
		}
	}
	return nil
}

// junitIsError reports whether a verdict kind is a JUnit error rather than a
// failure. In JUnit a failure is an assertion that failed; an error is a
// test that could not finish. A wrong count (fail), a race the detector saw
// (race) and a goroutine left behind (leak) are the checks' own findings.
// Code that did not build (compile) or crashed (panic), tests stopped at
// their time budget (deadlock, timeout), and tests that were changed
// (tamper) never reached a verdict of their own; nor did checks the grader
// itself could not run.
func junitIsError(kind string) bool {
	switch kind {
	case diagnose.Compile, diagnose.Panic, diagnose.Deadlock, diagnose.Timeout, diagnose.Tamper, graderFailed:
		return true
	}
	return false
}

// JUnit writes r as a JUnit XML report: one testsuite an exercise, one
// testcase a graded check.
func JUnit(w io.Writer, r grade.Report) error {
	doc := junitSuites{Name: "racekit", Time: junitSeconds(r.DurationMS)}
	for _, e := range r.Exercises {
		s := junitSuite{Name: e.Name, Time: junitSeconds(e.DurationMS)}
		checks := gradedChecks(r, e)
		for i, name := range uniqueCheckNames(checks) {
			c := checks[i]
			// Checks share one stress run, so none has a time of its own.
			tc := junitCase{Classname: "racekit." + e.Name, Name: name, Time: "0"}
			if !c.Passed {
				p := &junitProblem{Message: checkHeadline(e, c), Type: c.Kind, Text: checkDetail(e, c)}
				if junitIsError(c.Kind) {
					tc.Error = p
					s.Errors++
				} else {
					tc.Failure = p
					s.Failures++
				}
			}
			s.Cases = append(s.Cases, tc)
		}
		s.Tests = len(s.Cases)
		doc.Tests += s.Tests
		doc.Failures += s.Failures
		doc.Errors += s.Errors
		doc.Suites = append(doc.Suites, s)
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}

func junitSeconds(ms int64) string {
	return strconv.FormatFloat(float64(ms)/1000, 'f', 3, 64)
}
