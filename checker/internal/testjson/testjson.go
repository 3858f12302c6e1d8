// Package testjson turns the event stream of `go test -json` (test2json)
// into one model of a test process: its tests, what each printed, and how
// each ended. Everything downstream reads this model, never the raw stream.
package testjson

import (
	"bufio"
	"encoding/json"
	"io"
	"strings"
	"time"
)

// Event is one line of test2json output.
type Event struct {
	Time        time.Time
	Action      string
	Package     string
	ImportPath  string // build-output and build-fail events
	Test        string
	Elapsed     float64
	Output      string
	FailedBuild string
}

// Test is every run of one test name in a process (-count and -cpu repeat
// it). Output keeps what the failed runs printed, plus the run that never
// finished, since that is where the evidence is.
type Test struct {
	Name   string
	Runs   int // how many times it started
	Passes int
	Fails  int
	Skips  int
	Output string // the output of failing or unfinished runs, capped

	current strings.Builder // the run in progress
}

// Unfinished reports whether the last run started but never reported
// pass, fail or skip: the process died or was stopped during it.
func (t *Test) Unfinished() bool { return t.Runs > t.Passes+t.Fails+t.Skips }

// Process is the model of one test process.
type Process struct {
	Tests  []*Test // in the order they first ran
	Output string  // output outside any test (TestMain, goleak, package lines), capped
	Action string  // the package's final action: "pass", "fail", or "" if none came

	byName map[string]*Test
}

// Test returns the named test, or nil.
func (p *Process) Test(name string) *Test { return p.byName[name] }

// MaxOutput caps the output kept per test and for the package, so that a
// test flooding its output cannot exhaust the checker's memory.
const MaxOutput = 256 << 10

// Scan reads test2json events until EOF. Lines that are not JSON (a crashed
// converter, stray text) are kept as package output.
func Scan(r io.Reader) (*Process, error) {
	p := &Process{byName: map[string]*Test{}}
	var pkgOut strings.Builder
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 16<<20)
	for sc.Scan() {
		var e Event
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
			appendCapped(&pkgOut, sc.Text()+"\n")
			continue
		}
		p.add(e, &pkgOut)
	}
	for _, t := range p.Tests {
		if t.Unfinished() {
			t.Output = capped(t.Output + t.current.String())
		}
	}
	p.Output = pkgOut.String()
	return p, sc.Err()
}

func (p *Process) add(e Event, pkgOut *strings.Builder) {
	if e.Test == "" {
		switch e.Action {
		case "output":
			appendCapped(pkgOut, e.Output)
		case "pass", "fail":
			p.Action = e.Action
		}
		return
	}
	t := p.byName[e.Test]
	if t == nil {
		t = &Test{Name: e.Test}
		p.byName[e.Test] = t
		p.Tests = append(p.Tests, t)
	}
	switch e.Action {
	case "run":
		t.Runs++
		t.current.Reset()
	case "output":
		appendCapped(&t.current, e.Output)
	case "pass":
		t.Passes++
	case "skip":
		t.Skips++
	case "fail":
		t.Fails++
		t.Output = capped(t.Output + t.current.String())
		t.current.Reset()
	}
}

func appendCapped(b *strings.Builder, s string) {
	if room := MaxOutput - b.Len(); room > 0 {
		b.WriteString(s[:min(len(s), room)])
	}
}

func capped(s string) string { return s[:min(len(s), MaxOutput)] }
