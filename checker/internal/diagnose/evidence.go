package diagnose

// This file finds the evidence in a test's output: race reports, goroutine
// dumps (a timeout's, a panic's, goleak's) and the test's own messages. The
// stack parsing itself is panicparse's; here we only cut the text into the
// pieces it reads.

import (
	"io"
	"regexp"
	"strings"

	"github.com/maruel/panicparse/v2/stack"
)

// raceReports returns the text of each race detector report in out.
func raceReports(out string) []string {
	const start, end = "WARNING: DATA RACE\n", "=================="
	var reports []string
	for {
		i := strings.Index(out, start)
		if i < 0 {
			return reports
		}
		out = out[i:]
		j := strings.Index(out, end) // the report's closing rule
		if j < 0 {
			j = len(out)
		}
		reports = append(reports, end+"\n"+out[:j]+end+"\n") // the parser wants the rules
		out = out[j:]
	}
}

// goroutines parses the goroutine stacks found in text.
func goroutines(text string) []*stack.Goroutine {
	var all []*stack.Goroutine
	in := io.Reader(strings.NewReader(text))
	for {
		snap, rest, err := stack.ScanSnapshot(in, io.Discard, &stack.Opts{})
		if snap != nil {
			all = append(all, snap.Goroutines...)
		}
		if err != nil || len(rest) == 0 {
			return all
		}
		in = io.MultiReader(strings.NewReader(string(rest)), in)
	}
}

// goleakHeader is how goleak introduces each goroutine it found.
var goleakHeader = regexp.MustCompile(`(?m)^\s*\[?\s*Goroutine (\d+) in state ([^,]+), with .* on top of the stack:\s*$`)

// leakedGoroutines parses goleak's report ("found unexpected goroutines:")
// in out, or returns nil if there is none. goleak prints each goroutine
// under a header of its own; rewriting the headers to the runtime's
// "goroutine N [state]:" lets the stack parser read the rest.
func leakedGoroutines(out string) []*stack.Goroutine {
	i := strings.Index(out, "found unexpected goroutines:")
	if i < 0 {
		return nil
	}
	var b strings.Builder
	for _, line := range strings.Split(out[i:], "\n")[1:] {
		line = strings.TrimSpace(line)
		if m := goleakHeader.FindStringSubmatch(line); m != nil {
			b.WriteString("\ngoroutine " + m[1] + " [" + m[2] + "]:\n")
			continue
		}
		if strings.HasPrefix(line, "/") || strings.HasPrefix(line, "_") {
			line = "\t" + line // file lines are tab-indented in a real dump
		}
		b.WriteString(strings.TrimSuffix(line, "]") + "\n")
	}
	return goroutines(b.String())
}

// panicLine returns the first line of a panic or fatal runtime error in out.
func panicLine(out string) (string, bool) {
	for _, line := range strings.Split(out, "\n") {
		line = strings.TrimSpace(line)
		if strings.HasPrefix(line, "panic: ") || strings.HasPrefix(line, "fatal error: ") {
			return line, true
		}
	}
	return "", false
}

// testMessage matches the first line of a message logged by t.Error,
// t.Fatal or t.Log: "    file_test.go:42: text".
var testMessage = regexp.MustCompile(`^\s+(\S+\.go):(\d+): (.*)$`)

// message is one thing a test said, where it said it.
type message struct {
	file string
	line int
	text string
}

// messages returns what the test logged, continuation lines included, and
// leaves out the testing package's own notes (such as "race detected").
func messages(out string) []message {
	var msgs []message
	inMessage := false
	for _, line := range strings.Split(out, "\n") {
		if m := testMessage.FindStringSubmatch(line); m != nil {
			inMessage = m[1] != "testing.go"
			if inMessage {
				msgs = append(msgs, message{file: m[1], line: atoi(m[2]), text: m[3]})
			}
			continue
		}
		switch {
		case strings.HasPrefix(line, "=== ") || strings.HasPrefix(line, "--- "):
			inMessage = false
		case inMessage && strings.HasPrefix(line, "        "):
			msgs[len(msgs)-1].text += "\n" + strings.TrimSpace(line)
		}
	}
	return msgs
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		n = n*10 + int(c-'0')
	}
	return n
}
