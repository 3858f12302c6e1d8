package demo

import (
	"fmt"
	"html"
	"io"
	"strings"
	"time"

	"github.com/racekit/racekit/checker/internal/i18n"
)

// SVG draws t as a picture: a lane per goroutine along fake time, a bar
// for each slow step and each wait, the balance read between steps, and
// the verdict under it. Self-contained: no fonts or scripts to fetch.
func SVG(w io.Writer, p *i18n.Printer, t *Timeline, dir string) error {
	const (
		left, right = 170.0, 40.0
		top         = 70.0
		laneHeight  = 64.0
		plotWidth   = 640.0
	)
	end := max(t.Took(), 2*t.SlowStep)
	x := func(d time.Duration) float64 { return left + plotWidth*d.Seconds()/end.Seconds() }
	names := laneNames(p, t)
	var verdict []string
	for _, line := range Verdict(p, t) {
		verdict = append(verdict, wrap(strings.TrimSpace(line), 120)...)
	}
	balanceY := top + laneHeight*float64(len(t.Lanes)) + 24
	axisY := balanceY + 30
	height := axisY + 52 + 20*float64(len(verdict))
	widthPx := left + plotWidth + right

	var b strings.Builder
	f := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	text := func(x, y float64, anchor, style, s string) {
		f(`<text x="%.1f" y="%.1f" text-anchor="%s" %s>%s</text>`+"\n", x, y, anchor, style, html.EscapeString(s))
	}
	f(`<svg xmlns="http://www.w3.org/2000/svg" width="%.0f" height="%.0f" viewBox="0 0 %.0f %.0f" font-family="sans-serif" font-size="13">`+"\n", widthPx, height, widthPx, height)
	f(`<rect width="100%%" height="100%%" fill="white"/>` + "\n")
	text(16, 28, "start", `font-size="16" font-weight="bold"`, p.Sprintf("The seed's bank account, replayed on the Account in %s/", dir))
	text(16, 48, "start", `fill="#555"`, p.Sprintf("balance %s; Save(%s) and Draw(%s) start together; each slow step takes %v of fake time", amount(Opening), amount(Deposit), amount(Draw), seconds(t.SlowStep)))

	// The time axis, a tick per second, a label per slow step.
	f(`<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="#333"/>`+"\n", x(0), axisY, x(end), axisY)
	for at := time.Duration(0); at <= end; at += time.Second {
		tick := 4.0
		if at%t.SlowStep == 0 {
			tick = 8
			text(x(at), axisY+22, "middle", `fill="#333"`, seconds(at))
			f(`<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="#ddd"/>`+"\n", x(at), top-8, x(at), axisY)
		}
		f(`<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="#333"/>`+"\n", x(at), axisY, x(at), axisY+tick)
	}
	text(x(end), axisY+38, "end", `fill="#333"`, p.Sprintf("fake time"))

	for i, l := range t.Lanes {
		y := top + laneHeight*float64(i)
		mid := y + laneHeight/2
		text(16, mid+4, "start", `font-weight="bold"`, names[i])
		f(`<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="#bbb" stroke-dasharray="2 3"/>`+"\n", x(0), mid, x(end), mid)
		for _, s := range l.Spans(t.Took()) {
			fill, label := "#e8833a", p.Sprintf("slow step")
			if s.Kind == Waits {
				fill, label = "#9aa7b8", p.Sprintf("waits (%s)", s.Detail)
			}
			f(`<rect x="%.1f" y="%.1f" width="%.1f" height="18" fill="%s" rx="3"><title>%s</title></rect>`+"\n",
				x(s.From), mid-9, max(x(s.To)-x(s.From), 2), fill, html.EscapeString(label))
			text((x(s.From)+x(s.To))/2, mid+4, "middle", `fill="white" font-size="11"`, label)
		}
		for _, e := range l.Events {
			switch e.Kind {
			case Called:
				f(`<circle cx="%.1f" cy="%.1f" r="5" fill="#333"/>`+"\n", x(e.At), mid)
				text(x(e.At), mid-14, "start", `fill="#333" font-size="11"`, p.Sprintf("called"))
			case Paused:
				if bal, ok := t.BalanceAt(e.Step); ok {
					text(x(e.At)+2, mid+24, "start", `fill="#a04a10" font-size="11"`, p.Sprintf("read then: %s", amount(bal)))
				}
			case Returned:
				f(`<path d="M%.1f %.1f l6 -7 l0 14 z" fill="#333" transform="rotate(180 %.1f %.1f)"/>`+"\n", x(e.At), mid, x(e.At), mid)
				label := p.Sprintf("returned")
				if bal, ok := t.ReadAt(e.Step); ok {
					label = p.Sprintf("returned; balance %s", amount(bal))
				}
				text(x(e.At)-4, mid-14, "end", `fill="#333" font-size="11"`, label)
			}
		}
	}

	// The balance, as Balance read it between steps.
	text(16, balanceY+4, "start", `font-weight="bold"`, p.Sprintf("balance"))
	// Reads at the same instant share a label: "2000 → 900".
	var last int64 = -1
	for i := 0; i < len(t.Balance); {
		at := t.Balance[i].At
		var values []string
		for ; i < len(t.Balance) && t.Balance[i].At == at; i++ {
			if b := t.Balance[i].Balance; b != last {
				values = append(values, amount(b))
				last = b
			}
		}
		if len(values) > 0 {
			f(`<circle cx="%.1f" cy="%.1f" r="3" fill="#1b5e9b"/>`+"\n", x(at), balanceY)
			text(x(at)+5, balanceY-6, "start", `fill="#1b5e9b" font-size="12"`, strings.Join(values, " → "))
		}
	}

	colour := "#1e7b34"
	if final, ok := t.Final(); !ok || final != Want {
		colour = "#b3261e"
	}
	for i, line := range verdict {
		style := `fill="#333"`
		if i == 0 {
			style = fmt.Sprintf(`fill="%s" font-weight="bold"`, colour)
		}
		text(16, axisY+52+20*float64(i), "start", style, line)
	}
	f("</svg>\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// wrap breaks s into lines of at most n cells (a wide rune takes two),
// between words, or anywhere in text without spaces.
func wrap(s string, n int) []string {
	var lines []string
	var line []rune
	lineCells, lastSpace := 0, -1
	for _, r := range s {
		line = append(line, r)
		lineCells += cells(string(r))
		if r == ' ' {
			lastSpace = len(line) - 1
		}
		if lineCells > n {
			cut := len(line) - 1
			if lastSpace > 0 {
				cut = lastSpace
			}
			lines = append(lines, strings.TrimSpace(string(line[:cut])))
			line = []rune(strings.TrimLeft(string(line[cut:]), " "))
			lineCells, lastSpace = cells(string(line)), -1
		}
	}
	if len(line) > 0 {
		lines = append(lines, strings.TrimSpace(string(line)))
	}
	return lines
}
