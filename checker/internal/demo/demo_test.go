package demo

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/racekit/racekit/checker/internal/i18n"
)

const root = "../../.."

var english = i18n.NewPrinter(i18n.English)

// replay runs the scenario on account/ with code as its account.go (""
// keeps the directory's own code), or on dir.
func replay(t *testing.T, dir, code string) *Timeline {
	t.Helper()
	opt := Options{Root: root, Dir: dir, WorkDir: t.TempDir()}
	if code != "" {
		opt.Code = map[string]string{"account.go": code}
	}
	tl, err := Run(context.Background(), opt)
	require.NoError(t, err)
	return tl
}

func text(t *testing.T, tl *Timeline, p *i18n.Printer) string {
	var b strings.Builder
	Text(&b, p, tl, "account")
	return b.String()
}

func lane(t *testing.T, tl *Timeline, call string) *Lane {
	for _, l := range tl.Lanes {
		if l.Call == call {
			return l
		}
	}
	t.Fatalf("no lane for %s", call)
	return nil
}

// The shipped Account loses an update, as the seed's does without a
// lock: both calls read 1000 and sleep together, and the later write wins.
func TestShippedCodeLosesAnUpdate(t *testing.T) {
	t.Parallel()
	tl := replay(t, "account", filepath.Join(root, "_shipped/account/account.go"))
	final, ok := tl.Final()
	require.True(t, ok, "the replay ended with %s", tl.End)
	assert.Contains(t, []int64{Opening + Deposit, Opening - Draw}, final)
	assert.True(t, tl.Overlapped(), "the two slow steps overlap")
	assert.Equal(t, 8*time.Second, tl.Took(), "both slow steps run at once")
	for _, call := range []string{"Save(1000)", "Draw(100)"} {
		l := lane(t, tl, call)
		assert.Equal(t, 1, l.Pauses())
		_, waited := l.Waited()
		assert.False(t, waited, "%s never waits: nothing stops it", call)
		for _, e := range l.Events {
			if e.Kind == Paused {
				b, ok := tl.BalanceAt(e.Step)
				assert.True(t, ok && b == Opening, "%s read %d before its slow step, want %d", call, b, Opening)
			}
		}
	}
	out := text(t, tl, english)
	assert.Contains(t, out, "This is the seed's lost update.")
	assert.Contains(t, out, "not 1900")
}

// The reference solution holds a Mutex across the slow step: Draw waits
// for the lock, the calls take turns, 1900, and 16 s instead of 8.
func TestSolutionTakesTurns(t *testing.T) {
	t.Parallel()
	tl := replay(t, "solutions/account", "")
	final, ok := tl.Final()
	require.True(t, ok, "the replay ended with %s", tl.End)
	assert.EqualValues(t, Want, final)
	assert.False(t, tl.Overlapped())
	assert.Equal(t, 16*time.Second, tl.Took())
	wait, ok := lane(t, tl, "Draw(100)").Waited()
	require.True(t, ok, "Draw waits for the lock")
	assert.Equal(t, "sync.Mutex.Lock", wait.Detail)
	assert.Regexp(t, `^account\.go:\d+$`, wait.Where)
	assert.Equal(t, time.Duration(0), wait.At)

	out := text(t, tl, english)
	assert.Contains(t, out, "the calls took turns")
	assert.Contains(t, out, "16 s of fake time instead of 8 s")
}

// The replay comes out the same, word for word, every time.
func TestSameOutputEveryRun(t *testing.T) {
	t.Parallel()
	for _, dir := range []string{"solutions/account", "account"} {
		code := ""
		if dir == "account" {
			code = filepath.Join(root, "_shipped/account/account.go")
		}
		var texts, svgs []string
		for range 3 {
			tl := replay(t, dir, code)
			texts = append(texts, text(t, tl, english))
			var b bytes.Buffer
			require.NoError(t, SVG(&b, english, tl, dir))
			svgs = append(svgs, b.String())
		}
		assert.Equal(t, texts[0], texts[1], dir)
		assert.Equal(t, texts[0], texts[2], dir)
		assert.Equal(t, svgs[0], svgs[1], dir)
		assert.Equal(t, svgs[0], svgs[2], dir)
	}
}

// Every right fix in the corpus, whatever its idiom (RWMutex, atomics
// with a CompareAndSwap loop, a channel as the lock or as the balance's
// home, an owner goroutine, a Cond), ends with 1900 and never hangs.
func TestRightFixesEndAt1900(t *testing.T) {
	t.Parallel()
	fixes := []string{"rwmutex", "global_mutex", "mutex_no_defer", "mutex_writes_atomic_reads", "atomic_cas",
		"atomic_cas_loop", "channel_lock", "channel_holds_balance", "cond_busy_flag", "take_then_undo_locked", "actor_leak"}
	for _, fix := range fixes {
		t.Run(fix, func(t *testing.T) {
			tl := replay(t, "account", filepath.Join(root, "checker/testdata/fixes/account", fix+".go"))
			final, ok := tl.Final()
			require.True(t, ok, "the replay ended with %s: %+v", tl.End, tl.Stuck)
			assert.EqualValues(t, Want, final)
			switch fix {
			case "atomic_cas_loop":
				// Both slow steps run at once, and Draw starts over when
				// Save's write beat it: 1900 after 3 slow steps.
				assert.True(t, tl.Overlapped())
				assert.Equal(t, 2, lane(t, tl, "Draw(100)").Pauses())
				assert.Contains(t, text(t, tl, english), "3 slow steps in all, 16 s of fake time")
			case "atomic_cas":
				// Save adds in one atomic step after its slow step, so the
				// two slow steps overlap and nothing is lost: Draw's swap
				// fails once and it starts over.
				assert.True(t, tl.Overlapped())
				assert.Equal(t, 2, lane(t, tl, "Draw(100)").Pauses())
			case "actor_leak":
				// An owner goroutine takes the slow steps itself, in a
				// lane of its own.
				require.Len(t, tl.Lanes, 3)
				assert.Equal(t, "", tl.Lanes[2].Call)
				assert.Equal(t, 2, tl.Lanes[2].Pauses())
			default:
				assert.False(t, tl.Overlapped(), "the calls take turns")
			}
		})
	}
}

// A Draw that locks its Mutex twice deadlocks: the replay says so, and
// where each goroutine waits, instead of hanging.
func TestDeadlockIsReported(t *testing.T) {
	t.Parallel()
	tl := replay(t, "account", filepath.Join(root, "checker/testdata/fixes/account/relock_in_draw.go"))
	assert.Equal(t, Deadlock, tl.End)
	_, ok := tl.Final()
	assert.False(t, ok)
	require.NotEmpty(t, tl.Stuck)
	assert.Equal(t, "Draw(100)", tl.Stuck[0].Lane)
	assert.Equal(t, "sync.Mutex.Lock", tl.Stuck[0].State)
	out := text(t, tl, english)
	assert.Contains(t, out, "Deadlock: every goroutine waits")
	assert.Regexp(t, `Draw\(100\): sync.Mutex.Lock in account.\(\*Account\).Balance at account.go:\d+`, out)
}

// Code that spins forever ends the replay after 2 s of real time, with
// the line it spins on.
func TestEndlessLoopIsReported(t *testing.T) {
	t.Parallel()
	shipped, err := os.ReadFile(filepath.Join(root, "_shipped/account/account.go"))
	require.NoError(t, err)
	spinning := strings.Replace(string(shipped), "func (a *Account) Save(amount int64) {",
		"func (a *Account) Save(amount int64) {\n\tfor a.balance > 0 {\n\t}", 1)
	code := filepath.Join(t.TempDir(), "account.go")
	require.NoError(t, os.WriteFile(code, []byte(spinning), 0o644))
	start := time.Now()
	tl := replay(t, "account", code)
	assert.Less(t, time.Since(start), 15*time.Second)
	assert.Equal(t, Busy, tl.End)
	require.NotEmpty(t, tl.Stuck)
	assert.Equal(t, "Save(1000)", tl.Stuck[0].Lane)
	assert.Contains(t, tl.Stuck[0].Func, "Save")
}

// Without slowStep there is no slow step to time: a clear error.
func TestNoSlowStep(t *testing.T) {
	t.Parallel()
	code := filepath.Join(t.TempDir(), "account.go")
	require.NoError(t, os.WriteFile(code, []byte("package account\n\nfunc New(string, int64) *int { return nil }\n"), 0o644))
	_, err := Run(context.Background(), Options{Root: root, Dir: "account", WorkDir: t.TempDir(), Code: map[string]string{"account.go": code}})
	var noSlowStep *NoSlowStepError
	assert.True(t, errors.As(err, &noSlowStep), "%v", err)
}

// Rewriting slowStep keeps every line of the learner's file where it was,
// so that the lines the replay quotes are the learner's.
func TestRewriteKeepsLines(t *testing.T) {
	src := "package account\n\nimport \"time\"\n\nfunc slowStep() {\n\ttime.Sleep(time.Millisecond)\n}\n\nfunc after() {}\n"
	pkg, out, ok, err := rewriteSlowStep("account.go", []byte(src))
	require.NoError(t, err)
	assert.True(t, ok)
	assert.Equal(t, "account", pkg)
	lines := strings.Split(string(out), "\n")
	assert.Equal(t, "func after() {}", lines[8])
	assert.Contains(t, string(out), "racekitDemoPause()")
	assert.NotContains(t, string(out), "time.Millisecond")
	assert.Contains(t, string(out), "var _ = time.Sleep")
}

// The picture is well-formed SVG with a lane per goroutine and the verdict.
func TestSVGIsWellFormed(t *testing.T) {
	t.Parallel()
	tl := replay(t, "solutions/account", "")
	for _, lang := range []i18n.Lang{i18n.English, i18n.Chinese} {
		var b bytes.Buffer
		require.NoError(t, SVG(&b, i18n.NewPrinter(lang), tl, "solutions/account"))
		var texts []string
		d := xml.NewDecoder(&b)
		root := ""
		for {
			tok, err := d.Token()
			if err == io.EOF {
				break
			}
			require.NoError(t, err)
			switch tok := tok.(type) {
			case xml.StartElement:
				if root == "" {
					root = tok.Name.Local
					assert.Equal(t, "http://www.w3.org/2000/svg", tok.Name.Space)
				}
			case xml.CharData:
				texts = append(texts, string(tok))
			}
		}
		assert.Equal(t, "svg", root)
		all := strings.Join(texts, "\n")
		assert.Contains(t, all, "Save(1000)")
		assert.Contains(t, all, "Draw(100)")
		assert.Contains(t, all, "sync.Mutex.Lock")
		assert.Contains(t, all, "1900")
		if lang == i18n.Chinese {
			assert.Contains(t, all, "轮流执行")
		}
	}
}
