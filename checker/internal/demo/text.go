package demo

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/text/width"

	"github.com/racekit/racekit/checker/internal/i18n"
)

// Text writes t for a terminal: what happened, step by step, then a lane
// per goroutine drawn in time, then what it means.
func Text(w io.Writer, p *i18n.Printer, t *Timeline, dir string) {
	p.Fprintf(w, "The seed's bank account, replayed on the Account in %s/, in fake time:\n", dir)
	p.Fprintf(w, "balance %s; Save(%s) and Draw(%s) start together; the slow step takes %v, as the seed's time.sleep(8).\n\n",
		amount(Opening), amount(Deposit), amount(Draw), seconds(t.SlowStep))

	names := laneNames(p, t)
	nameWidth := 0
	for _, n := range names {
		nameWidth = max(nameWidth, cells(n))
	}
	for _, row := range rows(t) {
		l := t.Lanes[row.lane]
		fmt.Fprintf(w, "  %6s  %s  %s\n", seconds(row.At), pad(names[row.lane], nameWidth), describe(p, t, l, row.Event))
	}
	if b, ok := t.Final(); ok {
		fmt.Fprintf(w, "  %6s  %s  %s\n", seconds(t.Took()), pad("", nameWidth), p.Sprintf("final balance: %s", amount(b)))
	}

	// The lanes, one cell for every half second of fake time.
	end := max(t.Took(), 2*t.SlowStep)
	const cell = 500 * time.Millisecond
	fmt.Fprintln(w)
	for i, l := range t.Lanes {
		bar := []rune(strings.Repeat(" ", int(end/cell)))
		for _, s := range l.Spans(t.Took()) {
			mark := '█'
			if s.Kind == Waits {
				mark = '░'
			}
			for c := s.From / cell; c < s.To/cell && int(c) < len(bar); c++ {
				bar[c] = mark
			}
		}
		fmt.Fprintf(w, "  %s  |%s|\n", pad(names[i], nameWidth), string(bar))
	}
	axis := []rune(strings.Repeat(" ", int(end/cell)+8))
	for at := time.Duration(0); at <= end; at += t.SlowStep {
		copy(axis[at/cell:], []rune(seconds(at)))
	}
	fmt.Fprintf(w, "  %s   %s\n", pad("", nameWidth), strings.TrimRight(string(axis), " "))
	fmt.Fprintf(w, "  %s   %s\n\n", pad("", nameWidth), p.Sprintf("█ in the slow step   ░ waiting (for a lock, a channel ...)"))

	for _, line := range Verdict(p, t) {
		fmt.Fprintln(w, line)
	}
}

// row is an event of a lane, in the order the timeline shows it.
type row struct {
	lane int
	Event
}

// rows returns every lane's events in the order they happened: by step,
// and within a step by lane (a step's events across lanes happen at the
// same fake instant).
func rows(t *Timeline) []row {
	var out []row
	maxStep := 0
	for _, l := range t.Lanes {
		for _, e := range l.Events {
			maxStep = max(maxStep, e.Step)
		}
	}
	for step := 0; step <= maxStep; step++ {
		for i, l := range t.Lanes {
			for _, e := range l.Events {
				if e.Step == step {
					out = append(out, row{i, e})
				}
			}
		}
	}
	return out
}

// describe says what a goroutine did, with the balance around it.
func describe(p *i18n.Printer, t *Timeline, l *Lane, e Event) string {
	switch e.Kind {
	case Called:
		return p.Sprintf("called")
	case Paused:
		if b, ok := t.BalanceAt(e.Step); ok {
			return p.Sprintf("starts the slow step (the balance then: %s)", amount(b))
		}
		return p.Sprintf("starts the slow step")
	case Resumed:
		return p.Sprintf("wakes up")
	case Waits:
		return p.Sprintf("waits (%s) in %s at %s", e.Detail, e.Func, e.Where)
	case Returned:
		text := p.Sprintf("returns")
		if e.Detail != "" {
			text = p.Sprintf("returns the error %q", e.Detail)
		}
		if b, ok := t.ReadAt(e.Step); ok {
			return text + p.Sprintf("; the balance now: %s", amount(b))
		}
		return text + p.Sprintf("; the balance cannot be read yet (Balance waits)")
	}
	return e.Kind
}

// laneNames names each lane: its call, or the Account's own goroutine.
func laneNames(p *i18n.Printer, t *Timeline) []string {
	var names []string
	own := 0
	for _, l := range t.Lanes {
		if l.Call != "" {
			names = append(names, l.Call)
			continue
		}
		own++
		names = append(names, p.Sprintf("the Account's goroutine %d", own))
	}
	return names
}

// Verdict says, in sentences, what the replay shows.
func Verdict(p *i18n.Printer, t *Timeline) []string {
	var out []string
	switch t.End {
	case Deadlock:
		out = append(out, p.Sprintf("Deadlock: every goroutine waits, and nothing is left that could wake one. The replay stopped at %v of fake time:", seconds(t.Took())))
		out = append(out, stuck(p, t)...)
		return out
	case Busy:
		out = append(out, p.Sprintf("A goroutine kept running for 2 s of real time without ever waiting: a loop that never ends? The replay stopped at %v of fake time:", seconds(t.Took())))
		out = append(out, stuck(p, t)...)
		return out
	}
	final, _ := t.Final()
	took := seconds(t.Took())
	switch {
	case final == Want && t.Overlapped():
		out = append(out, p.Sprintf("Final balance %s, as it should be. The slow steps overlapped, but a call that found the balance changed started again: %d slow steps in all, %v of fake time.", amount(final), t.pauses(), took))
	case final == Want:
		out = append(out, p.Sprintf("Final balance %s, as it should be: the calls took turns, and no slow step overlapped another.", amount(final)))
		out = append(out, p.Sprintf("Taking turns costs time: the slow steps ran one after the other, %v of fake time instead of %v. That is what the lock costs.", took, seconds(t.SlowStep)))
	case final == Opening+Deposit:
		out = append(out, p.Sprintf("Final balance %s, not %s: the withdrawal of %s was lost.", amount(final), amount(Want), amount(Draw)))
	case final == Opening-Draw:
		out = append(out, p.Sprintf("Final balance %s, not %s: the deposit of %s was lost.", amount(final), amount(Want), amount(Deposit)))
	default:
		out = append(out, p.Sprintf("Final balance %s, not %s.", amount(final), amount(Want)))
	}
	if final != Want && t.Overlapped() {
		out = append(out, p.Sprintf("Both calls were in their slow step at the same time: each had read the balance before the other wrote it back, so the later write replaced the earlier one. This is the seed's lost update."))
	}
	return out
}

func stuck(p *i18n.Printer, t *Timeline) []string {
	var out []string
	for _, s := range t.Stuck {
		who := s.Lane
		if who == "" {
			who = p.Sprintf("a goroutine of the Account")
		}
		out = append(out, p.Sprintf("  %s: %s in %s at %s", who, s.State, s.Func, s.Where))
	}
	return out
}

func (t *Timeline) pauses() int {
	n := 0
	for _, l := range t.Lanes {
		n += l.Pauses()
	}
	return n
}

// seconds writes a fake instant as the seed would say it: "8 s", "0.5 s".
func seconds(d time.Duration) string {
	return strings.TrimSuffix(strings.TrimRight(fmt.Sprintf("%.3f", d.Seconds()), "0"), ".") + " s"
}

// amount writes money as the seed prints it, 1900, without the grouping
// a message.Printer gives %d.
func amount(n int64) string { return strconv.FormatInt(n, 10) }

// cells counts the terminal cells s takes: East Asian wide runes take two.
func cells(s string) int {
	n := utf8.RuneCountInString(s)
	for _, r := range s {
		if k := width.LookupRune(r).Kind(); k == width.EastAsianWide || k == width.EastAsianFullwidth {
			n++
		}
	}
	return n
}

func pad(s string, n int) string { return s + strings.Repeat(" ", max(0, n-cells(s))) }
