package demo

import (
	"cmp"
	"encoding/json"
	"slices"
	"time"
)

// The seed's scenario: Account(1000), save(1000) and drw(100) at once.
const (
	Opening = 1000
	Deposit = 1000
	Draw    = 100
	Want    = Opening + Deposit - Draw // 1900: what the seed should print
)

// Timeline is what one replay of the scenario saw.
type Timeline struct {
	SlowStep time.Duration
	Lanes    []*Lane  // Save, Draw, then any goroutine of the Account's own that paused
	Balance  []Sample // the balance as Balance returned it, between steps
	End      string   // Done, Deadlock or Busy
	Stuck    []Stuck  // for Deadlock and Busy: where each goroutine was
}

// How a replay ended.
const (
	Done     = "done"     // every call returned
	Deadlock = "deadlock" // every goroutine waited, and nothing was left to wake one
	Busy     = "busy"     // a goroutine kept running and never waited
)

// Lane is one goroutine: a call the scenario made, or a goroutine of the
// Account's own (Call is then "").
type Lane struct {
	Call   string
	Events []Event
}

// Event is one thing a goroutine did, at a fake instant. Step orders
// instants that share a time: the scenario moves one step at a time.
type Event struct {
	Step int
	At   time.Duration
	Kind string // Called, Paused, Resumed, Waits, Returned
	// Detail is, for Waits, what the runtime says the goroutine waits for
	// (sync.Mutex.Lock, chan send ...); for Returned, the error, if any.
	Detail string
	Where  string // for Waits: the learner's line, file.go:N
	Func   string // and its function
}

// Event kinds.
const (
	Called   = "call"
	Paused   = "pause"
	Resumed  = "resume"
	Waits    = "wait"
	Returned = "return"
)

// Sample is the balance read at the end of a step.
type Sample struct {
	Step    int
	At      time.Duration
	Balance int64
}

// Stuck is where a goroutine was when the replay ended early.
type Stuck struct {
	Lane  string // the call, or "" for a goroutine of the Account's own
	State string // as the runtime names it
	Where string
	Func  string
}

// raw is the scenario's report, as it writes it.
type raw struct {
	SlowStep int64            `json:"slow_step_ns"`
	Lanes    map[int64]string `json:"lanes"`
	Events   []rawEvent       `json:"events"`
	Samples  []struct {
		Step    int   `json:"step"`
		At      int64 `json:"at_ns"`
		Balance int64 `json:"balance"`
	} `json:"samples"`
	End   string `json:"end"`
	Stuck []struct {
		G      int64  `json:"g"`
		Detail string `json:"detail"`
		Where  string `json:"where"`
		Func   string `json:"func"`
	} `json:"stuck"`
}

type rawEvent struct {
	Step   int    `json:"step"`
	At     int64  `json:"at_ns"`
	G      int64  `json:"g"`
	Seq    int    `json:"seq"`
	Kind   string `json:"kind"`
	Detail string `json:"detail"`
	Where  string `json:"where"`
	Func   string `json:"func"`
}

// parse turns the scenario's report into a Timeline whose order depends
// only on what happened, never on which goroutine the runtime ran first
// within a step, nor on goroutine IDs.
func parse(data []byte) (*Timeline, error) {
	var r raw
	if err := json.Unmarshal(data, &r); err != nil {
		return nil, err
	}
	if r.End == "" {
		return nil, errNoTimeline
	}
	// Each goroutine's first event, to order the lanes: the calls first,
	// in the order the scenario made them, then the Account's goroutines.
	type first struct {
		step, seq int
		call      bool
	}
	firsts := map[int64]first{}
	for _, e := range r.Events {
		if f, ok := firsts[e.G]; !ok || e.Step < f.step {
			_, call := r.Lanes[e.G]
			firsts[e.G] = first{e.Step, e.Seq, call}
		}
	}
	var gs []int64
	for g := range firsts {
		gs = append(gs, g)
	}
	slices.SortFunc(gs, func(a, b int64) int {
		fa, fb := firsts[a], firsts[b]
		if fa.call != fb.call {
			if fa.call {
				return -1
			}
			return 1
		}
		return cmp.Or(cmp.Compare(fa.step, fb.step), cmp.Compare(r.Lanes[a], r.Lanes[b]), cmp.Compare(a, b))
	})
	t := &Timeline{SlowStep: time.Duration(r.SlowStep), End: r.End}
	lanes := map[int64]*Lane{}
	for _, g := range gs {
		lanes[g] = &Lane{Call: r.Lanes[g]}
		t.Lanes = append(t.Lanes, lanes[g])
	}
	events := slices.Clone(r.Events)
	slices.SortStableFunc(events, func(a, b rawEvent) int {
		return cmp.Compare(a.Seq, b.Seq)
	})
	for _, e := range events {
		l := lanes[e.G]
		l.Events = append(l.Events, Event{Step: e.Step, At: time.Duration(e.At), Kind: e.Kind, Detail: e.Detail, Where: e.Where, Func: e.Func})
	}
	for _, s := range r.Samples {
		t.Balance = append(t.Balance, Sample{Step: s.Step, At: time.Duration(s.At), Balance: s.Balance})
	}
	slices.SortStableFunc(t.Balance, func(a, b Sample) int { return cmp.Compare(a.Step, b.Step) })
	t.Balance = slices.Compact(t.Balance) // the same read twice in a step is one read
	for _, s := range r.Stuck {
		call := r.Lanes[s.G]
		if call == "" && s.Func != "" && isBalance(s.Func) {
			call = "Balance()"
		}
		t.Stuck = append(t.Stuck, Stuck{Lane: call, State: s.Detail, Where: s.Where, Func: s.Func})
	}
	slices.SortStableFunc(t.Stuck, func(a, b Stuck) int {
		return cmp.Or(cmp.Compare(laneRank(a.Lane), laneRank(b.Lane)), cmp.Compare(a.Lane, b.Lane), cmp.Compare(a.Where, b.Where))
	})
	return t, nil
}

// laneRank orders the calls first, then a read of the balance, then the
// Account's own goroutines.
func laneRank(call string) int {
	switch call {
	case "":
		return 2
	case "Balance()":
		return 1
	}
	return 0
}

func isBalance(fn string) bool {
	return len(fn) >= len(".Balance") && fn[len(fn)-len(".Balance"):] == ".Balance"
}

// Final returns the balance once every call had returned; ok is false
// when the replay ended before.
func (t *Timeline) Final() (balance int64, ok bool) {
	if t.End != Done || len(t.Balance) == 0 {
		return 0, false
	}
	return t.Balance[len(t.Balance)-1].Balance, true
}

// Took returns the fake time from the first call to the last return.
func (t *Timeline) Took() time.Duration {
	var end time.Duration
	for _, l := range t.Lanes {
		for _, e := range l.Events {
			end = max(end, e.At)
		}
	}
	return end
}

// BalanceAt returns the last balance read at or before step; ok is false
// when none was.
func (t *Timeline) BalanceAt(step int) (balance int64, ok bool) {
	for _, s := range t.Balance {
		if s.Step > step {
			break
		}
		balance, ok = s.Balance, true
	}
	return balance, ok
}

// ReadAt returns the balance read at the end of step itself.
func (t *Timeline) ReadAt(step int) (balance int64, ok bool) {
	for _, s := range t.Balance {
		if s.Step == step {
			balance, ok = s.Balance, true
		}
	}
	return balance, ok
}

// Span is a stretch of a lane's time: in the slow step, or waiting.
type Span struct {
	From, To time.Duration
	Kind     string // Paused or Waits
	Detail   string
}

// Spans returns the stretches in which l was paused or waiting. A stretch
// still open when the replay ended runs to end.
func (l *Lane) Spans(end time.Duration) []Span {
	var spans []Span
	var open *Span
	closeAt := func(at time.Duration) {
		if open != nil {
			open.To = at
			spans = append(spans, *open)
			open = nil
		}
	}
	for _, e := range l.Events {
		switch e.Kind {
		case Paused, Waits:
			closeAt(e.At)
			open = &Span{From: e.At, Kind: e.Kind, Detail: e.Detail}
		case Resumed, Returned:
			closeAt(e.At)
		}
	}
	closeAt(end)
	return spans
}

// Overlapped says whether two goroutines were in their slow step at the
// same time: each had read the balance, and neither had written it back.
func (t *Timeline) Overlapped() bool {
	end := t.Took()
	var pauses []Span
	for _, l := range t.Lanes {
		for _, s := range l.Spans(end) {
			if s.Kind != Paused {
				continue
			}
			for _, p := range pauses {
				if s.From < p.To && p.From < s.To {
					return true
				}
			}
		}
		for _, s := range l.Spans(end) {
			if s.Kind == Paused {
				pauses = append(pauses, s)
			}
		}
	}
	return false
}

// Pauses returns how many times l took the slow step.
func (l *Lane) Pauses() int {
	n := 0
	for _, e := range l.Events {
		if e.Kind == Paused {
			n++
		}
	}
	return n
}

// Waited returns the first thing l waited for outside the slow step, if
// it ever did.
func (l *Lane) Waited() (Event, bool) {
	for _, e := range l.Events {
		if e.Kind == Waits {
			return e, true
		}
	}
	return Event{}, false
}
