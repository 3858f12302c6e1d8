// Package testjson turns the event stream of `go test -json` (test2json)
// into one model of a test process: its tests, what each printed, and how
// each ended. Everything downstream reads this model, never the raw stream.
package testjson

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
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

	failed  capped // the output of the failed runs so far
	current capped // the run in progress
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

// MaxOutput caps the output kept per test and for the package (about: the
// note on what was left out comes on top), so that a test flooding its
// output cannot exhaust the checker's memory.
const MaxOutput = 576 << 10

// Scan reads test2json events until EOF. Lines that are not JSON (a crashed
// converter, stray text) are kept as package output.
func Scan(r io.Reader) (*Process, error) {
	p := &Process{byName: map[string]*Test{}}
	var pkgOut capped
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 16<<20)
	for sc.Scan() {
		var e Event
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
			pkgOut.write(sc.Text() + "\n")
			continue
		}
		p.add(e, &pkgOut)
	}
	for _, t := range p.Tests {
		if t.Unfinished() {
			t.failed.write(t.current.String())
		}
		t.Output = t.failed.String()
	}
	p.Output = pkgOut.String()
	return p, sc.Err()
}

func (p *Process) add(e Event, pkgOut *capped) {
	if e.Test == "" {
		switch e.Action {
		case "output":
			pkgOut.write(e.Output)
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
		t.current = capped{}
	case "output":
		t.current.write(e.Output)
	case "pass":
		t.Passes++
	case "skip":
		t.Skips++
	case "fail":
		t.Fails++
		t.failed.write(t.current.String())
		t.current = capped{}
	}
}

// capped keeps the beginning and the end of a long output and leaves out
// the middle: the end is where a crash or a timeout prints its stacks.
type capped struct {
	head, tail []byte
	omitted    int
}

const headMax = 64 << 10

func (c *capped) write(s string) {
	if n := min(len(s), headMax-len(c.head)); n > 0 {
		c.head = append(c.head, s[:n]...)
		s = s[n:]
	}
	c.tail = append(c.tail, s...)
	if over := len(c.tail) - (MaxOutput - headMax); over > MaxOutput { // trim now and then, not on every write
		c.omitted += over
		c.tail = append(c.tail[:0], c.tail[over:]...)
	}
}

func (c *capped) String() string {
	tail, omitted := c.tail, c.omitted
	if over := len(tail) - (MaxOutput - headMax); over > 0 {
		tail, omitted = tail[over:], omitted+over
	}
	if omitted == 0 {
		return string(c.head) + string(tail)
	}
	return fmt.Sprintf("%s\n[… %d bytes of output left out …]\n%s", c.head, omitted, tail)
}
