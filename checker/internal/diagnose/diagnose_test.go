package diagnose

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/racekit/racekit/checker/internal/i18n"
	"github.com/racekit/racekit/checker/internal/runner"
	"github.com/racekit/racekit/checker/internal/testjson"
)

// The recorded streams in testdata come from gen.sh: real `go test -race
// -json` runs of tiny packages, one per kind of failure, with the module
// root written as $ROOT. Here the root becomes a directory holding the same
// ex.go, so the diagnosis can also quote source lines.

const root = "/kit"

// recorded replays testdata/NAME.jsonl through the same model the runner
// builds, as one failed process.
func recorded(t *testing.T, name string) (*Code, []*runner.Result) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name+".jsonl"))
	require.NoError(t, err)
	stream := strings.ReplaceAll(string(data), "$ROOT", root)
	p, err := testjson.Scan(strings.NewReader(stream))
	require.NoError(t, err)
	return &Code{Root: root, Dir: "ex"}, []*runner.Result{{Process: p, ExitCode: 1}}
}

func kinds(fs []Failure) []string {
	var ks []string
	for _, f := range fs {
		if len(ks) == 0 || ks[len(ks)-1] != f.Kind {
			ks = append(ks, f.Kind)
		}
	}
	return ks
}

func places(f Failure) []string {
	var ps []string
	for _, l := range f.Locations {
		ps = append(ps, fmt.Sprintf("%s:%d", l.File, l.Line))
	}
	return ps
}

func TestRaceNamesBothAccessesInTheLearnersFile(t *testing.T) {
	c, rs := recorded(t, "race")
	fs := Results(c, &runner.Binary{Tests: []string{"TestInc"}}, rs)
	require.Equal(t, []string{Race}, kinds(fs), "the race detector's note in the test is not a second failure")
	race := fs[0]
	assert.Equal(t, "TestInc", race.Test)
	assert.Equal(t, []string{"ex/ex.go:5", "ex/ex.go:5"}, places(race))
	assert.Contains(t, race.Message, "Data race: goroutine")
	assert.Contains(t, race.Locations[0].Note, "by goroutine")
	assert.Contains(t, race.Locations[1].Note, "earlier")
	assert.Equal(t, "Inc", race.Locations[0].Func)
	assert.Contains(t, race.Evidence, "WARNING: DATA RACE")
}

func TestDeadlockShowsWhereEachGoroutineWaits(t *testing.T) {
	c, rs := recorded(t, "deadlock")
	fs := Results(c, &runner.Binary{Tests: []string{"TestOuter"}}, rs)
	require.Equal(t, []string{Deadlock}, kinds(fs))
	f := fs[0]
	assert.Equal(t, "TestOuter", f.Test)
	assert.Equal(t, []string{"ex/ex.go:9"}, places(f), "the second Lock, in Inner")
	assert.Contains(t, f.Locations[0].Note, "waits for a lock")
	assert.Contains(t, f.Locations[0].Note, "called from Outer at ex/ex.go:7")
	assert.Contains(t, f.Message, "after 2s")
	assert.Contains(t, f.Advice, "not reentrant")
}

// Five goroutines stuck sending at one line are one place to look, not five.
func TestGoroutinesStuckAtOneLineAreOnePlace(t *testing.T) {
	c, rs := recorded(t, "senders")
	fs := Results(c, &runner.Binary{Tests: []string{"TestSum"}}, rs)
	require.Equal(t, []string{Deadlock}, kinds(fs))
	f := fs[0]
	assert.Contains(t, f.Message, "6 goroutines waiting", "the five senders and Sum itself")
	assert.Equal(t, []string{"ex/ex.go:13", "ex/ex.go:11"}, places(f))
	assert.Regexp(t, `^goroutine \d+ waits in wg.Wait for goroutines that have not finished in Sum`, f.Locations[0].Note)
	assert.Regexp(t, `^5 goroutines \(\d+, \d+, \d+ and 2 more\) each waits to send on a channel no goroutine was receiving from`, f.Locations[1].Note)
}

// A bubble left with a goroutine blocked is a leak, and the test's own
// message, printed before synctest's panic, still says what went wrong.
func TestBubbleLeakKeepsTheTestsMessage(t *testing.T) {
	c, rs := recorded(t, "bubble_leak")
	fs := Results(c, &runner.Binary{Tests: []string{"TestSum"}}, rs)
	require.Equal(t, []string{Leak, Fail}, kinds(fs))
	assert.Contains(t, fs[0].Message, "goroutines still blocked")
	assert.Equal(t, []string{"ex/ex.go:8"}, places(fs[0]), "the goroutine that sends f's result")
	assert.Equal(t, "Sum(f) = 0 while f was still running, want 1: wait for f", fs[1].Message)
	assert.Equal(t, []string{"ex/ex_test.go:12"}, places(fs[1]))
}

// A goroutine holding a lock while it waits on a channel, in a subtest:
// the advice is about holding a lock while waiting, not about reentrant
// locks, and the parent test cut short by the deadlock is not a second,
// misleading failure ("ended in the middle: look for os.Exit").
func TestLockHeldWhileWaitingInASubtest(t *testing.T) {
	c, rs := recorded(t, "held_while_waiting")
	fs := Results(c, &runner.Binary{Tests: []string{"TestPipe"}}, rs)
	require.Equal(t, []string{Deadlock}, kinds(fs))
	assert.Contains(t, fs[0].Advice, "holds the lock while it waits")
	assert.NotContains(t, fs[0].Advice, "not reentrant")
	for _, f := range fs {
		assert.NotContains(t, f.Message, "ended in the middle")
	}
}

func TestEndlessLoopIsATimeout(t *testing.T) {
	c, rs := recorded(t, "spin")
	fs := Results(c, &runner.Binary{Tests: []string{"TestSpin"}}, rs)
	require.Equal(t, []string{Timeout}, kinds(fs))
	assert.Equal(t, "TestSpin", fs[0].Test)
	assert.Contains(t, fs[0].Message, "still running after 2s")
}

func TestLeakAfterAllTestsPassed(t *testing.T) {
	c, rs := recorded(t, "leak_package")
	fs := Results(c, &runner.Binary{Tests: []string{"TestStart"}}, rs)
	require.Equal(t, []string{Leak}, kinds(fs), "goleak.VerifyTestMain fails only the package")
	f := fs[0]
	assert.Equal(t, []string{"ex/ex.go:3"}, places(f))
	assert.Contains(t, f.Locations[0].Note, "started by Start at ex/ex.go:3")
	assert.Contains(t, f.Message, "1 goroutine was still alive")
}

func TestLeakFoundInsideATest(t *testing.T) {
	c, rs := recorded(t, "leak_test")
	fs := Results(c, &runner.Binary{Tests: []string{"TestSend"}}, rs)
	require.Equal(t, []string{Leak}, kinds(fs), "goleak's own message is not a second, plain failure")
	assert.Equal(t, "TestSend", fs[0].Test)
	assert.Equal(t, []string{"ex/ex.go:5"}, places(fs[0]))
	assert.Contains(t, fs[0].Locations[0].Note, "waits to send")
}

func TestPanicPointsAtTheLearnersLine(t *testing.T) {
	c, rs := recorded(t, "panic_closed")
	fs := Results(c, &runner.Binary{Tests: []string{"TestClose"}}, rs)
	require.Equal(t, []string{Panic}, kinds(fs))
	assert.Contains(t, fs[0].Message, "close of closed channel")
	assert.Equal(t, []string{"ex/ex.go:5"}, places(fs[0]))
	assert.Contains(t, fs[0].Advice, "closed twice")
}

func TestConcurrentMapWritesIsAPanicAndARace(t *testing.T) {
	c, rs := recorded(t, "fatal_map")
	fs := Results(c, &runner.Binary{Tests: []string{"TestFill"}}, rs)
	require.Equal(t, []string{Panic, Race}, kinds(fs))
	assert.Contains(t, fs[0].Message, "concurrent map writes")
	assert.Equal(t, []string{"ex/ex.go:11"}, places(fs[0]))
	assert.Contains(t, fs[0].Advice, "sync.Map")
}

func TestFailQuotesTheTestsMessage(t *testing.T) {
	c, rs := recorded(t, "fail")
	fs := Results(c, &runner.Binary{Tests: []string{"TestAdd"}}, rs)
	require.Equal(t, []string{Fail}, kinds(fs))
	assert.Equal(t, "Add(2, 2) = 0, want 4:\nthe sum is wrong", fs[0].Message)
	assert.Equal(t, "TestAdd", fs[0].Test)
	assert.Equal(t, "ex/ex_test.go", fs[0].Locations[0].File)
}

func TestCompileErrorPointsAtTheLine(t *testing.T) {
	data, err := os.ReadFile("testdata/compile.jsonl")
	require.NoError(t, err)
	var out strings.Builder
	sc := bufio.NewScanner(strings.NewReader(string(data)))
	for sc.Scan() {
		var e testjson.Event
		if json.Unmarshal(sc.Bytes(), &e) == nil && e.Action == "build-output" {
			out.WriteString(e.Output)
		}
	}
	fs := Build(&Code{Root: root, Dir: "ex"}, out.String())
	require.Equal(t, []string{Compile}, kinds(fs))
	assert.Equal(t, []string{"ex/ex.go:3"}, places(fs[0]))
	assert.Contains(t, fs[0].Message, "undefined: c")
}

func TestCompileErrorInAnOverlaidFileNamesTheTarget(t *testing.T) {
	c := &Code{Root: root, Dir: "ex", Overlay: map[string]string{"/kit/ex/ex.go": "/tmp/fix.go"}}
	fs := Build(c, "/tmp/fix.go:7:2: undefined: x\n")
	assert.Equal(t, []string{"ex/ex.go:7"}, places(fs[0]))
}

// A mutex copied by a value receiver: vet, run with the build, names the
// line and says what to change; at run time it would be a race inside sync.
func TestCopiedLockIsVetsVerdict(t *testing.T) {
	c := &Code{Root: root, Dir: "ex", Overlay: map[string]string{"/kit/ex/ex.go": "/tmp/fix.go"}}
	fs := Build(c, "# example.com/ex\n# [example.com/ex]\n"+
		"/tmp/fix.go:57:9: Balance passes lock by value: example.com/ex.Account contains sync.Mutex\n")
	require.Equal(t, []string{Compile}, kinds(fs))
	assert.Equal(t, []string{"ex/ex.go:57"}, places(fs[0]))
	assert.Equal(t, "go vet stopped the build: Balance passes lock by value: example.com/ex.Account contains sync.Mutex.", fs[0].Message)
	assert.Contains(t, fs[0].Advice, "pointer receivers")
}

func TestPassingProcessHasNoFailures(t *testing.T) {
	p, err := testjson.Scan(strings.NewReader(`{"Action":"run","Test":"TestA"}
{"Action":"pass","Test":"TestA"}
{"Action":"pass"}
`))
	require.NoError(t, err)
	fs := Results(&Code{Root: root, Dir: "ex"}, &runner.Binary{Tests: []string{"TestA"}}, []*runner.Result{{Process: p}})
	assert.Empty(t, fs)
}

// A binary that exits 0 before running its tests (os.Exit in init, say)
// must not pass: every listed test has to report.
func TestTestThatNeverRanFails(t *testing.T) {
	p, err := testjson.Scan(strings.NewReader(`{"Action":"run","Test":"TestA"}
{"Action":"pass","Test":"TestA"}
`))
	require.NoError(t, err)
	fs := Results(&Code{Root: root, Dir: "ex"}, &runner.Binary{Tests: []string{"TestA", "TestB"}}, []*runner.Result{{Process: p}})
	require.Equal(t, []string{Fail}, kinds(fs))
	assert.Equal(t, "TestB", fs[0].Test)

	fs = Results(&Code{Root: root, Dir: "ex"}, &runner.Binary{}, []*runner.Result{{Process: p}})
	require.Equal(t, []string{Fail}, kinds(fs), "a binary with no tests at all")
}

func TestSameFindingFromManyRunsIsReportedOnce(t *testing.T) {
	c, rs := recorded(t, "race")
	_, again := recorded(t, "race")
	once := Results(c, &runner.Binary{Tests: []string{"TestInc"}}, rs)
	twice := Results(c, &runner.Binary{Tests: []string{"TestInc"}}, append(rs, again...))
	assert.Equal(t, len(once), len(twice))
}

// In Chinese, the verdict's sentences are Chinese, and so is the test's own
// message, with the values it printed, from messages.zh.toml beside the
// tests; with no translation there, the message stays as printed.
func TestChineseVerdictSaysTheTestsMessageInChinese(t *testing.T) {
	c, rs := recorded(t, "fail")
	dir := t.TempDir()
	c.Root, c.Say = dir, i18n.NewPrinter(i18n.Chinese)
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "ex"), 0o755))
	test := "package ex\n\nimport \"testing\"\n\nfunc TestAdd(t *testing.T) {\n\tgot := 0" + strings.Repeat("\n", 7) +
		"\tt.Errorf(\"Add(2, 2) = %d, want 4:\\nthe sum is wrong\", got)\n}\n"
	require.NoError(t, os.WriteFile(filepath.Join(dir, "ex", "ex_test.go"), []byte(test), 0o644))
	bin := &runner.Binary{Tests: []string{"TestAdd"}}

	fs := Results(c, bin, rs)
	require.Len(t, fs, 1)
	assert.Equal(t, "Add(2, 2) = 0, want 4:\nthe sum is wrong", fs[0].Message, "no messages.zh.toml: as printed")

	zh := "[[message]]\nen = \"Add(2, 2) = %d, want 4:\\nthe sum is wrong\"\nzh = \"Add(2, 2) = %d，应为 4：\\n和算错了\"\n"
	require.NoError(t, os.WriteFile(filepath.Join(dir, "ex", i18n.TestMessagesFile), []byte(zh), 0o644))
	fs = Results(c, bin, rs)
	require.Len(t, fs, 1)
	assert.Equal(t, "Add(2, 2) = 0，应为 4：\n和算错了", fs[0].Message)
	assert.Equal(t, i18n.NewPrinter(i18n.Chinese).Sprintf("the test's check"), fs[0].Locations[0].Note)
	assert.NotEqual(t, "the test's check", fs[0].Locations[0].Note, "the note is Chinese too")
}

// The advice follows what the stuck goroutines wait for.
func TestDeadlockAdviceFollowsTheWaits(t *testing.T) {
	p := i18n.NewPrinter(i18n.English)
	assert.Contains(t, deadlockAdvice(p, []string{"sync.RWMutex.RLock", "sync.RWMutex.Lock"}), "lets no new reader in")
	assert.Contains(t, deadlockAdvice(p, []string{"sync.Mutex.Lock", "sync.Mutex.Lock"}), "opposite orders")
	assert.Contains(t, deadlockAdvice(p, []string{"sync.Mutex.Lock"}), "not reentrant")
	assert.Contains(t, deadlockAdvice(p, []string{"chan send"}), "partner")
	assert.Contains(t, deadlockAdvice(p, []string{"sync.Mutex.Lock", "chan receive"}), "holds the lock while it waits")
}

// An atomic access comes without its caller in a race report: the verdict
// names the operation, points at no runtime file, and says why atomics
// and plain accesses do not mix.
func TestRaceWithAnAtomicNamesTheOperation(t *testing.T) {
	report := `WARNING: DATA RACE
Write at 0x00c0000181d8 by goroutine 78:
  sync/atomic.AddInt64()
      /usr/local/go/src/runtime/race_amd64.s:289 +0xb
  sync/atomic.AddInt64()
      <autogenerated>:1 +0x15

Previous read at 0x00c0000181d8 by goroutine 74:
  example.com/kit/ex.(*Counter).Value()
      /kit/ex/ex.go:27 +0x22a
  example.com/kit/ex.TestValue()
      /kit/ex/ex_test.go:99 +0x21d
  testing.tRunner()
      /usr/local/go/src/testing/testing.go:2036 +0x21c

Goroutine 78 (running) created at:
  sync.(*WaitGroup).Go()
      /usr/local/go/src/sync/waitgroup.go:238 +0x72

Goroutine 74 (running) created at:
  testing.(*T).Run()
      /usr/local/go/src/testing/testing.go:2101 +0xb12
`
	reports := raceReports(report)
	require.Len(t, reports, 1)
	f, ok := race(&Code{Root: root, Dir: "ex"}, reports[0])
	require.True(t, ok)
	assert.Equal(t, []string{"ex/ex.go:27"}, places(f), "no runtime assembly file among the places")
	assert.Contains(t, f.Message, "goroutine 78 used sync/atomic.AddInt64")
	assert.Contains(t, f.Message, "goroutine 74 read at ex/ex.go:27 (in Counter.Value)")
	assert.Contains(t, f.Advice, "One side of the race is atomic")
}
