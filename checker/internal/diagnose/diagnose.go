// Package diagnose turns what test processes did into verdicts a learner
// can act on: the kind of failure, one sentence on what happened pointing
// at the learner's own lines, and one on what to look at.
package diagnose

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"github.com/maruel/panicparse/v2/stack"

	"github.com/racekit/racekit/checker/internal/catalog"
	"github.com/racekit/racekit/checker/internal/i18n"
	"github.com/racekit/racekit/checker/internal/runner"
	"github.com/racekit/racekit/checker/internal/testjson"
)

// The verdict kinds.
const (
	Compile  = "compile"
	Race     = "race"
	Leak     = "leak"
	Deadlock = "deadlock"
	Timeout  = "timeout"
	Fail     = "fail"
	Panic    = "panic"
	Tamper   = "tamper"
)

// Location is a line of code a failure points at.
type Location struct {
	File   string `json:"file"` // relative to the kit root
	Line   int    `json:"line"`
	Func   string `json:"function,omitempty"`
	Source string `json:"source,omitempty"` // the line itself
	Note   string `json:"note,omitempty"`   // what happened there
}

// Failure is one thing wrong with an exercise.
type Failure struct {
	Kind      string     `json:"kind"`
	Test      string     `json:"test,omitempty"`
	Message   string     `json:"message"`          // what happened
	Advice    string     `json:"advice,omitempty"` // what to look at
	Locations []Location `json:"locations"`
	Evidence  string     `json:"evidence,omitempty"` // the raw report, for the curious

	// cutShort marks a test the process ended in the middle of, for no
	// reason the test's own output gives: another failure (a deadlock, a
	// panic elsewhere) usually explains it better.
	cutShort bool
}

// Code says which files are the learner's, and where to read their lines.
type Code struct {
	Root    string            // the kit root
	Dir     string            // the package under test, relative to Root
	Overlay map[string]string // as in runner.Target: what the build really read
	// Say is the language of the sentences: nil speaks English, as JSON,
	// grading and verify do.
	Say *i18n.Printer
}

var english = i18n.NewPrinter(i18n.English)

// p returns the printer of c's sentences.
func (c *Code) p() *i18n.Printer {
	if c.Say == nil {
		return english
	}
	return c.Say
}

// learner reports whether path (as a stack or compiler prints it) is one of
// the package's code files: the code the learner writes, not the tests.
func (c *Code) learner(path string) bool {
	return filepath.Dir(path) == filepath.Join(c.Root, c.Dir) && catalog.IsCodeFile(path)
}

// rel makes path relative to the kit root, for display.
func (c *Code) rel(path string) string {
	if r, err := filepath.Rel(c.Root, path); err == nil && !strings.HasPrefix(r, "..") {
		return filepath.ToSlash(r)
	}
	return path
}

// source returns line n of the file at path as the build saw it.
func (c *Code) source(path string, n int) string {
	if real, ok := c.Overlay[path]; ok {
		path = real
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return ""
	}
	lines := strings.Split(string(data), "\n")
	if n < 1 || n > len(lines) {
		return ""
	}
	return strings.TrimSpace(lines[n-1])
}

func (c *Code) location(path string, line int, fn, note string) Location {
	return Location{File: c.rel(path), Line: line, Func: fn, Source: c.source(path, line), Note: note}
}

// Build explains a failed build.
func Build(c *Code, output string) []Failure {
	// The compiler names an overlaid file by its replacement; map it back.
	for target, real := range c.Overlay {
		if real != "" {
			output = strings.ReplaceAll(output, real, target)
		}
	}
	p := c.p()
	f := Failure{
		Kind:     Compile,
		Message:  p.Sprintf("The code does not compile."),
		Advice:   p.Sprintf("Fix the first error; `go vet ./%s/` shows the same messages.", c.Dir),
		Evidence: strings.TrimSpace(output),
	}
	for _, m := range compileError.FindAllStringSubmatch(output, -1) {
		path := m[1]
		if !filepath.IsAbs(path) {
			path = filepath.Join(c.Root, path)
		}
		f.Locations = append(f.Locations, c.location(path, atoi(m[2]), "", m[3]))
	}
	switch {
	case len(f.Locations) == 0:
	case strings.Contains(output, "# ["): // go vet's report is headed "# [package]"
		f.Message = p.Sprintf("go vet stopped the build: %s.", f.Locations[0].Note)
		if strings.Contains(f.Locations[0].Note, "lock by value") || strings.Contains(f.Locations[0].Note, "copies lock") {
			f.Advice = p.Sprintf("A sync.Mutex (or anything holding one) must not be copied once used: the copy is a lock nobody else takes. " +
				"Give the methods pointer receivers, func (x *T), and pass the value by pointer.")
		}
	default:
		f.Message = p.Sprintf("The code does not compile: %s.", f.Locations[0].Note)
	}
	return []Failure{f}
}

var compileError = regexp.MustCompile(`(?m)^(\S+\.go):(\d+):(?:\d+:)? (.*)$`)

// Results explains what the stress runs of one package did. No failures
// means the package passed.
func Results(c *Code, bin *runner.Binary, results []*runner.Result) []Failure {
	var all []Failure
	for _, r := range results {
		all = append(all, result(c, bin, r)...)
	}
	all = dedupe(all)
	slices.SortStableFunc(all, func(a, b Failure) int { return rank(a.Kind) - rank(b.Kind) })
	return all
}

// rank orders failures by what to fix first: a race or a deadlock explains
// the wrong numbers that come with it.
func rank(kind string) int {
	return slices.Index([]string{Tamper, Compile, Panic, Race, Deadlock, Timeout, Leak, Fail}, kind)
}

func result(c *Code, bin *runner.Binary, r *runner.Result) []Failure {
	p, proc := c.p(), r.Process
	if r.Stopped == runner.OutOfMemory {
		return []Failure{{
			Kind:     Panic,
			Message:  p.Sprintf("The test process used too much memory and was stopped: the runtime would have died with \"out of memory\"."),
			Advice:   p.Sprintf("Look for goroutines or data that grow without bound, such as a goroutine started in a loop that never ends."),
			Evidence: tail(proc.Output, 40),
		}}
	}
	var fs []Failure
	for _, t := range proc.Tests {
		if t.Fails == 0 && !t.Unfinished() {
			continue
		}
		fs = append(fs, testOutput(c, t, proc)...)
	}
	fs = append(fs, packageOutput(c, proc.Output)...)
	if slices.ContainsFunc(fs, func(f Failure) bool { return f.Kind == Deadlock || f.Kind == Timeout || f.Kind == Panic }) {
		// A deadlock, a timeout or a panic ended the process: the tests it
		// cut short (a parent of the stuck subtest, say) say nothing more.
		fs = slices.DeleteFunc(fs, func(f Failure) bool { return f.cutShort })
	}
	if len(fs) > 0 {
		return fs
	}
	// Nothing in the output explains a failed process: say what we know.
	if r.ExitCode != 0 || proc.Action == "fail" || r.Stopped != "" {
		return []Failure{{
			Kind:     Fail,
			Message:  p.Sprintf("The test process failed (exit status %d) without saying why.", r.ExitCode),
			Advice:   p.Sprintf("Look for os.Exit or log.Fatal in the code."),
			Evidence: tail(proc.Output, 40),
		}}
	}
	if len(bin.Tests) == 0 {
		return []Failure{{Kind: Fail, Message: p.Sprintf("No tests ran: the test binary reports no tests.")}}
	}
	for _, name := range bin.Tests {
		if t := proc.Test(name); t == nil || t.Passes == 0 {
			return []Failure{{
				Kind:    Fail,
				Test:    name,
				Message: p.Sprintf("%s never reported a result: the process ended before running it.", name),
				Advice:  p.Sprintf("Look for os.Exit, or a goroutine that ends the program."),
			}}
		}
	}
	return nil
}

// testOutput explains one failed or unfinished test from what it printed.
func testOutput(c *Code, t *testjson.Test, proc *testjson.Process) []Failure {
	p, name := c.p(), baseName(t.Name)
	var fs []Failure
	for _, report := range raceReports(t.Output) {
		if f, ok := race(c, report); ok {
			f.Test = name
			fs = append(fs, f)
		}
	}
	if dump, budget, ok := stuckDump(t.Output); ok {
		f := stuck(c, dump, budget)
		f.Test = name
		return append(fs, f)
	}
	if gs := leakedGoroutines(t.Output); gs != nil {
		f := leak(c, gs, t.Output, true)
		f.Test = name
		fs = append(fs, f)
	}
	if f, ok := bubbleDeadlock(c, t.Output); ok {
		// synctest's panic comes after the test's own messages, which
		// usually say what went wrong first: keep both.
		f.Test = name
		fs = append(fs, f)
	} else if line, ok := panicLine(t.Output); ok {
		f := crash(c, line, t.Output)
		f.Test = name
		fs = append(fs, f)
	}
	// The test's own messages, a panic's included: what the test saw go
	// wrong before the crash often says why it crashed.
	for _, m := range messages(t.Output) {
		if strings.HasPrefix(m.text, "found unexpected goroutines") {
			continue // goleak's, reported above as a leak
		}
		path := filepath.Join(c.Root, c.Dir, m.file)
		fs = append(fs, Failure{
			Kind:      Fail,
			Test:      name,
			Message:   c.testMessage(path, m),
			Locations: []Location{c.location(path, m.line, name, p.Sprintf("the test's check"))},
		})
	}
	if len(fs) == 0 && t.Fails > 0 && !hasFailedSubtest(proc, t.Name) {
		fs = append(fs, Failure{Kind: Fail, Test: name, Message: p.Sprintf("%s failed without a message.", name), Evidence: tail(t.Output, 40)})
	}
	if len(fs) == 0 && t.Unfinished() && t.Fails == 0 {
		// The process ended in the middle of this test, without a panic:
		// os.Exit, a signal, or the checker stopping it.
		fs = append(fs, Failure{
			Kind:     Fail,
			Test:     name,
			Message:  p.Sprintf("The test process ended in the middle of %s.", name),
			Advice:   p.Sprintf("Look for os.Exit, log.Fatal or runtime.Goexit in the code."),
			Evidence: tail(t.Output, 40),
			cutShort: true,
		})
	}
	return fs
}

// packageOutput explains failures reported outside any test: goleak's check
// after all tests passed, or a crash in TestMain or init.
func packageOutput(c *Code, out string) []Failure {
	var fs []Failure
	for _, report := range raceReports(out) {
		if f, ok := race(c, report); ok {
			fs = append(fs, f)
		}
	}
	if dump, budget, ok := stuckDump(out); ok {
		return append(fs, stuck(c, dump, budget))
	}
	if gs := leakedGoroutines(out); gs != nil {
		fs = append(fs, leak(c, gs, out, false))
	}
	if line, ok := panicLine(out); ok {
		fs = append(fs, crash(c, line, out))
	}
	return fs
}

func race(c *Code, report string) (Failure, bool) {
	gs := goroutines(report)
	if len(gs) < 2 {
		return Failure{}, false
	}
	p := c.p()
	f := Failure{Kind: Race, Evidence: strings.TrimSpace(report)}
	var said []string
	atomic := false
	for i, g := range gs[:2] {
		call, ok := c.learnerCall(g)
		if !ok {
			call, ok = c.packageCall(g)
		}
		if !ok {
			call, _ = firstUserCall(g)
		}
		if !ok && strings.HasPrefix(call.Func.Complete, "sync/atomic.") {
			// The race detector shows an atomic access without its
			// caller: name the operation, and point at no runtime file.
			atomic = true
			said = append(said, p.Sprintf("goroutine %d used %s (the race detector does not show its caller)", g.ID, call.Func.Complete))
			continue
		}
		var note, did string
		file, fn := c.rel(call.RemoteSrcPath), funcName(call)
		switch {
		case i == 0 && g.RaceWrite:
			note = p.Sprintf("write by goroutine %d%s", g.ID, startedBy(c, g))
		case i == 0:
			note = p.Sprintf("read by goroutine %d%s", g.ID, startedBy(c, g))
		case g.RaceWrite:
			note = p.Sprintf("earlier write by goroutine %d%s", g.ID, startedBy(c, g))
		default:
			note = p.Sprintf("earlier read by goroutine %d%s", g.ID, startedBy(c, g))
		}
		if g.RaceWrite {
			did = p.Sprintf("goroutine %d wrote at %s:%d (in %s)", g.ID, file, call.Line, fn)
		} else {
			did = p.Sprintf("goroutine %d read at %s:%d (in %s)", g.ID, file, call.Line, fn)
		}
		f.Locations = append(f.Locations, c.location(call.RemoteSrcPath, call.Line, fn, note))
		said = append(said, did)
	}
	f.Message = p.Sprintf("Data race: %s while %s, with nothing ordering the two.", said[0], said[1])
	f.Advice = p.Sprintf("Every access to that variable, reads included, must hold the same lock, and a write the write lock (Lock, not RLock); or all of them must be atomic.")
	if atomic {
		f.Advice = p.Sprintf("One side of the race is atomic and the other is not: an atomic operation is ordered only with other atomic operations " +
			"on the same variable. Make every access atomic (reads, writes and resets: Load, Store, Swap), or guard every one with the same lock.")
	}
	return f, true
}

// stuck explains a process that reached its time budget, from the stacks
// the testing package printed: a deadlock if the learner's goroutines are
// blocked waiting, a timeout if they are still busy.
func stuck(c *Code, dump, budget string) Failure {
	p := c.p()
	// Goroutines stuck at the same line in the same state are one place,
	// however many there are: a hundred senders at one line are one bug.
	type place struct {
		loc   Location
		state string
		ids   []int
		how   string // what they do there, and where from
	}
	var places []*place
	at := map[string]*place{}
	blockedCount := 0
	for _, g := range goroutines(dump) {
		call, ok := c.learnerCall(g)
		if !ok {
			continue
		}
		how := p.Sprintf("%s in %s%s", stateNote(p, g.State), funcName(call), calledFrom(c, g, call))
		key := fmt.Sprintf("%s:%d %s", call.RemoteSrcPath, call.Line, how)
		pl := at[key]
		if pl == nil {
			pl = &place{loc: c.location(call.RemoteSrcPath, call.Line, funcName(call), ""), state: g.State, how: how}
			at[key] = pl
			places = append(places, pl)
		}
		pl.ids = append(pl.ids, g.ID)
		if isBlocked(g.State) {
			blockedCount++
		}
	}
	var blocked, busy []Location
	var states []string
	for _, pl := range places {
		pl.loc.Note = p.Sprintf("goroutine %d %s", pl.ids[0], pl.how)
		if len(pl.ids) > 1 {
			pl.loc.Note = p.Sprintf("%d goroutines (%s) each %s", len(pl.ids), idList(p, pl.ids), pl.how)
		}
		if isBlocked(pl.state) {
			blocked = append(blocked, pl.loc)
			states = append(states, pl.state)
		} else {
			busy = append(busy, pl.loc)
		}
	}
	after := p.Sprintf("after %s", budget)
	if budget == "" {
		after = p.Sprintf("after its time budget")
	}
	if len(blocked) > 0 {
		f := Failure{
			Kind:      Deadlock,
			Message:   p.Sprintf("Deadlock: %s the tests were stuck, with %d goroutines waiting for something that never happens.", after, blockedCount),
			Advice:    deadlockAdvice(p, states),
			Locations: append(blocked, busy...),
			Evidence:  tail(dump, 200),
		}
		if blockedCount == 1 {
			f.Message = p.Sprintf("Deadlock: %s the tests were stuck, with 1 goroutine waiting for something that never happens.", after)
		}
		return f
	}
	f := Failure{
		Kind:      Timeout,
		Message:   p.Sprintf("Timeout: the tests were still running %s.", after),
		Advice:    p.Sprintf("Look for a loop that never ends, such as one that waits for a condition by spinning instead of blocking."),
		Locations: busy,
		Evidence:  tail(dump, 200),
	}
	if len(busy) > 0 {
		f.Message = p.Sprintf("Timeout: the tests were still running %s, busy in %s.", after, busy[0].Func)
	}
	return f
}

// isBlocked reports whether a goroutine in this state waits for another
// goroutine or process rather than running: locks, channels, and I/O or
// system calls such as reading a pipe or waiting for a child.
// stuckDump finds the goroutine dump of a process that ran out of time: the
// testing package's own (-test.timeout), or the one Go prints on the
// SIGQUIT the runner sends a process that overstays even that.
func stuckDump(out string) (dump, budget string, ok bool) {
	if i := strings.Index(out, "panic: test timed out after "); i >= 0 {
		first, _, _ := strings.Cut(out[i:], "\n")
		return out[i:], strings.TrimPrefix(first, "panic: test timed out after "), true
	}
	if i := strings.Index(out, "SIGQUIT: quit"); i >= 0 {
		return out[i:], "", true // the runner's budget, which the dump does not say
	}
	return "", "", false
}

// bubbleDeadlock explains testing/synctest's own deadlock panics: a bubble
// whose goroutines are all durably blocked is a deadlock found at once, and
// one whose test returned with goroutines still blocked has leaked them.
func bubbleDeadlock(c *Code, out string) (Failure, bool) {
	p := c.p()
	const all, left = "deadlock: all goroutines in bubble are blocked", "deadlock: main bubble goroutine has exited but blocked goroutines remain"
	if i := strings.Index(out, all); i >= 0 {
		f := stuck(c, out[i:], "")
		f.Kind = Deadlock
		f.Message = p.Sprintf("Deadlock: every goroutine of the test was blocked, waiting for something that never happens.")
		return f, true
	}
	if i := strings.Index(out, left); i >= 0 {
		f := stuck(c, out[i:], "")
		f.Kind = Leak
		f.Message = p.Sprintf("Leak: the test finished with goroutines still blocked, and nothing will ever wake them.")
		f.Advice = p.Sprintf("Every goroutine needs a way to finish: make sure whatever it waits for (a channel, a lock, a context) eventually comes.")
		return f, true
	}
	return Failure{}, false
}

// idList names a few goroutines by ID, and says how many more there are.
func idList(p *i18n.Printer, ids []int) string {
	const shown = 3
	var parts []string
	for _, id := range ids[:min(len(ids), shown)] {
		parts = append(parts, fmt.Sprint(id))
	}
	list := strings.Join(parts, ", ")
	if len(ids) > shown {
		list += p.Sprintf(" and %d more", len(ids)-shown)
	}
	return list
}

func isBlocked(state string) bool {
	for _, p := range []string{"chan ", "select", "sync.", "semacquire", "IO wait", "syscall"} {
		if strings.HasPrefix(state, p) {
			return true
		}
	}
	return false
}

func stateNote(p *i18n.Printer, state string) string {
	switch {
	case strings.HasPrefix(state, "sync.") && strings.HasSuffix(state, "Lock"):
		return p.Sprintf("waits for a lock (%s)", state)
	case state == "sync.WaitGroup.Wait":
		return p.Sprintf("waits in wg.Wait for goroutines that have not finished")
	case strings.HasPrefix(state, "chan send"):
		return p.Sprintf("waits to send on a channel no goroutine was receiving from")
	case strings.HasPrefix(state, "chan receive"):
		return p.Sprintf("waits to receive from a channel no goroutine sent on or closed")
	case state == "IO wait" || state == "syscall":
		return p.Sprintf("waits on I/O or a system call (%s)", state)
	case isBlocked(state):
		return p.Sprintf("waits (%s)", state)
	}
	return p.Sprintf("is busy (%s)", state)
}

// deadlockAdvice says where to look, from the states of the goroutines
// stuck at each place: a read lock behind a waiting writer, locks taken in
// opposite orders (several places waiting for locks), a lock taken twice
// (one place), or a partner that never comes.
func deadlockAdvice(p *i18n.Printer, states []string) string {
	lock := func(s string) bool { return strings.HasSuffix(s, "Lock") }
	onlyLocks := slices.ContainsFunc(states, lock) && !slices.ContainsFunc(states, func(s string) bool { return !lock(s) })
	switch {
	case slices.Contains(states, "sync.RWMutex.RLock") && slices.Contains(states, "sync.RWMutex.Lock"):
		return p.Sprintf("A goroutine waits in RLock while a writer waits in Lock: once a writer waits, Go's RWMutex lets no new reader in, " +
			"so a goroutine that already holds the read lock and takes it again (a method calling another that also RLocks) waits for the writer, " +
			"which waits for it. Take the read lock once, and from inside call helpers that do not lock.")
	case onlyLocks && len(states) > 1:
		return p.Sprintf("Goroutines wait for locks at different places: two goroutines that take the same two locks in opposite orders " +
			"each hold one and wait forever for the other's. Take locks in one fixed order everywhere (by an ID, say), or use one lock. " +
			"Also look for a Lock taken again by a goroutine that already holds it (a sync.Mutex is not reentrant), or a Lock with no Unlock on some path.")
	case onlyLocks:
		return p.Sprintf("A sync.Mutex is not reentrant: look for a Lock taken again by a goroutine that already holds it, " +
			"or a Lock with no Unlock on some path such as an early return (`defer mu.Unlock()` right after Lock avoids both).")
	}
	if slices.ContainsFunc(states, lock) {
		return p.Sprintf("Some goroutines wait for a lock while others wait for something else (a channel, a Cond, a WaitGroup): " +
			"look for a goroutine that holds the lock while it waits, when the goroutine that would end its wait needs that lock first. " +
			"Release a lock before waiting for another goroutine; if nothing waits while holding it, look for a Lock with no Unlock on some path.")
	}
	if slices.ContainsFunc(states, func(s string) bool { return s == "IO wait" || s == "syscall" }) {
		return p.Sprintf("Look for I/O that waits on something that never comes: a pipe that nobody drains while its writer waits, " +
			"or a process waited for before its output was read.")
	}
	return p.Sprintf("Every channel operation needs a partner: look for a send or receive that no other goroutine will ever match, or a missing close.")
}

// leak explains goleak's finding: after all tests (VerifyTestMain), or
// inside a test that asked goleak itself.
func leak(c *Code, gs []*stack.Goroutine, out string, inTest bool) Failure {
	p := c.p()
	f := Failure{
		Kind:     Leak,
		Advice:   p.Sprintf("Every goroutine needs a way to finish: make sure whatever it waits for (a channel, a lock, a context) eventually comes."),
		Evidence: tail(out[strings.Index(out, "found unexpected goroutines"):], 200),
	}
	seen := map[string]bool{}
	for _, g := range gs {
		call, ok := c.learnerCall(g)
		if !ok {
			call, _ = firstUserCall(g)
		}
		created := ""
		if len(g.CreatedBy.Calls) > 0 {
			cb := g.CreatedBy.Calls[0]
			created = p.Sprintf(", started by %s at %s:%d", funcName(cb), c.rel(cb.RemoteSrcPath), cb.Line)
		}
		key := fmt.Sprintf("%s:%d%s", call.RemoteSrcPath, call.Line, created)
		if seen[key] {
			continue // a hundred leaked copies of one goroutine are one finding
		}
		seen[key] = true
		note := p.Sprintf("goroutine %d %s%s", g.ID, stateNote(p, g.State), created)
		f.Locations = append(f.Locations, c.location(call.RemoteSrcPath, call.Line, funcName(call), note))
	}
	switch {
	case inTest && len(f.Locations) == 0:
		f.Message = p.Sprintf("Leak: %d goroutine(s) the test started were still alive when it looked for them.", len(gs))
	case inTest:
		f.Message = p.Sprintf("Leak: %d goroutine(s) the test started were still alive when it looked for them, stuck at %s:%d.", len(gs), f.Locations[0].File, f.Locations[0].Line)
	case len(f.Locations) == 0 && len(gs) == 1:
		f.Message = p.Sprintf("Leak: 1 goroutine was still alive after the tests ended.")
	case len(f.Locations) == 0:
		f.Message = p.Sprintf("Leak: %d goroutines were still alive after the tests ended.", len(gs))
	case len(gs) == 1:
		f.Message = p.Sprintf("Leak: 1 goroutine was still alive after the tests ended, stuck at %s:%d.", f.Locations[0].File, f.Locations[0].Line)
	default:
		f.Message = p.Sprintf("Leak: %d goroutines were still alive after the tests ended, stuck at %s:%d.", len(gs), f.Locations[0].File, f.Locations[0].Line)
	}
	return f
}

func crash(c *Code, line, out string) Failure {
	p := c.p()
	f := Failure{
		Kind:     Panic,
		Message:  p.Sprintf("Panic: %s.", panicText(line)),
		Advice:   p.Sprintf("Read the message and the line it points at."),
		Evidence: tail(out[strings.Index(out, line):], 200),
	}
	switch {
	case strings.Contains(line, "concurrent map"):
		f.Advice = p.Sprintf("Go maps are not safe for concurrent use: guard every access with one lock, or use sync.Map.")
	case strings.Contains(line, "send on closed channel"):
		f.Advice = p.Sprintf("A channel was closed while a goroutine could still send on it: close a channel only when no send can follow, " +
			"for example from one goroutine that closes it after wg.Wait has seen every sender finish. Closing it once (sync.Once) is not enough.")
	case strings.Contains(line, "closed channel"):
		f.Advice = p.Sprintf("A channel was closed twice or used after close: let exactly one owner close it, once (sync.Once helps).")
	case strings.Contains(line, "index out of range"):
		f.Advice = p.Sprintf("A slice was shorter than the code expected when it used it: with goroutines, look for a check (len(s) > 0) " +
			"and the act that relies on it not done as one step, such as a Cond.Wait under `if` instead of `for`, or a length looked at before the lock.")
	case strings.Contains(line, "negative WaitGroup counter"):
		f.Advice = p.Sprintf("Call wg.Add before starting the goroutine, and Done exactly once per Add.")
	}
	// The crashing goroutine is printed first.
	gs := goroutines(out[strings.Index(out, line):])
	if len(gs) > 0 {
		g := gs[0]
		call, ok := c.learnerCall(g)
		if !ok {
			call, ok = firstUserCall(g)
		}
		if ok {
			f.Locations = []Location{c.location(call.RemoteSrcPath, call.Line, funcName(call), p.Sprintf("goroutine %d panicked here", g.ID))}
			f.Message = p.Sprintf("Panic: %s (in %s at %s:%d).", panicText(line), funcName(call), c.rel(call.RemoteSrcPath), call.Line)
		}
	}
	return f
}

// panicText is what a panic said, without the runtime's framing: the
// "panic: " or "fatal error: " prefix, and the note that the testing
// package recovered it and panicked again.
func panicText(line string) string {
	text := strings.TrimPrefix(strings.TrimPrefix(line, "panic: "), "fatal error: ")
	for _, note := range []string{" [recovered, repanicked]", " [recovered]"} {
		text = strings.TrimSuffix(text, note)
	}
	return text
}

// learnerCall returns the innermost call in g's stack that is in the
// learner's code: the line where the learner's code was when it happened.
func (c *Code) learnerCall(g *stack.Goroutine) (stack.Call, bool) {
	for _, call := range g.Stack.Calls {
		if c.learner(call.RemoteSrcPath) {
			return call, true
		}
	}
	return stack.Call{}, false
}

// packageCall returns the innermost call in the package under test, its
// tests included: when the learner's code is not on the stack, the test's
// line says more than a library's.
func (c *Code) packageCall(g *stack.Goroutine) (stack.Call, bool) {
	for _, call := range g.Stack.Calls {
		if filepath.Dir(call.RemoteSrcPath) == filepath.Join(c.Root, c.Dir) {
			return call, true
		}
	}
	return stack.Call{}, false
}

// firstUserCall returns the innermost call outside the standard library
// and the test helpers, for failures that happen outside the learner's code.
func firstUserCall(g *stack.Goroutine) (stack.Call, bool) {
	for _, call := range g.Stack.Calls {
		if isUserCode(call.Func.ImportPath) {
			return call, true
		}
	}
	if len(g.Stack.Calls) > 0 {
		return g.Stack.Calls[0], false
	}
	return stack.Call{}, false
}

// isUserCode reports whether importPath is neither the standard library
// (whose first path element has no dot) nor a test helper module.
func isUserCode(importPath string) bool {
	first, _, _ := strings.Cut(importPath, "/")
	return strings.Contains(first, ".") &&
		!strings.HasPrefix(importPath, "go.uber.org/goleak") &&
		!strings.HasPrefix(importPath, "github.com/stretchr/testify")
}

// calledFrom names the learner's caller of call, when there is one: "in
// Balance, called from Draw at account.go:35" shows a lock taken twice.
func calledFrom(c *Code, g *stack.Goroutine, call stack.Call) string {
	p := c.p()
	calls := g.Stack.Calls
	for i, cl := range calls {
		if cl.RemoteSrcPath == call.RemoteSrcPath && cl.Line == call.Line {
			for _, outer := range calls[i+1:] {
				if c.learner(outer.RemoteSrcPath) {
					return p.Sprintf(", called from %s at %s:%d", funcName(outer), c.rel(outer.RemoteSrcPath), outer.Line)
				}
			}
			break
		}
	}
	return ""
}

// startedBy says which code started goroutine g, skipping the runtime's and
// sync's helpers (WaitGroup.Go) to reach the test or learner line.
func startedBy(c *Code, g *stack.Goroutine) string {
	p := c.p()
	for _, cb := range g.CreatedBy.Calls {
		if c.learner(cb.RemoteSrcPath) || strings.HasSuffix(cb.RemoteSrcPath, "_test.go") {
			return p.Sprintf(", started at %s:%d", c.rel(cb.RemoteSrcPath), cb.Line)
		}
	}
	return ""
}

// funcName names call's function as a learner writes it: Account.Save,
// not (*Account).Save.
func funcName(call stack.Call) string {
	name := call.Func.Name
	if name == "" {
		name = call.Func.Complete
	}
	return strings.NewReplacer("(*", "", ")", "").Replace(name)
}

// baseName strips the "-N" suffix that -cpu adds to a test's name.
func baseName(name string) string {
	return cpuSuffix.ReplaceAllString(name, "")
}

var cpuSuffix = regexp.MustCompile(`-\d+$`)

func hasFailedSubtest(p *testjson.Process, name string) bool {
	return slices.ContainsFunc(p.Tests, func(t *testjson.Test) bool {
		return strings.HasPrefix(t.Name, name+"/") && t.Fails > 0
	})
}

func tail(s string, lines int) string {
	ls := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(ls) > lines {
		ls = append([]string{fmt.Sprintf("[… %d lines before]", len(ls)-lines)}, ls[len(ls)-lines:]...)
	}
	return strings.Join(ls, "\n")
}

// dedupe keeps the first of failures that say the same thing at the same
// places: repeated runs find the same bug many times.
func dedupe(fs []Failure) []Failure {
	seen := map[string]bool{}
	var out []Failure
	for _, f := range fs {
		var places []string
		for _, l := range f.Locations {
			places = append(places, fmt.Sprintf("%s:%d", l.File, l.Line))
		}
		slices.Sort(places)
		key := f.Kind + "|" + strings.Join(places, "|")
		switch {
		case f.Kind == Fail: // the same check failing again, with other numbers
			key += "|" + f.Test
		case len(places) == 0:
			key += "|" + f.Message
		}
		if !seen[key] {
			seen[key] = true
			out = append(out, f)
		}
	}
	return out
}
