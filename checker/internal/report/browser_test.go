package report

// The dashboard as a teacher sees it: opened from a file in headless
// Chromium (Debian's chromium package; .ci/run installs it), driven by
// chromedp through the DevTools protocol.

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/racekit/racekit/checker/internal/grade"
)

// screenshots is where the README's pictures of the dashboard live. The
// test writes them there only when RACEKIT_SCREENSHOTS=1, so that a test
// run leaves the tree as it found it; otherwise they go to a temporary
// directory.
const screenshots = "../../../docs"

// browser returns a Chromium or Chrome on this machine, or skips the test.
func browser(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "headless-shell"} {
		if path, err := exec.LookPath(name); err == nil {
			return path
		}
	}
	t.Skip("no Chromium or Chrome on PATH, so the dashboard is not tested in a browser here " +
		"(on Debian: apt-get install chromium; .ci/run does)")
	return ""
}

// generatedClass is the book of a class graded by scripts/class-demo.sh
// (12 submissions of account, downloads, pool and pipe: solved, as
// shipped, half done, deadlocked, tampered, hostile), renamed.
func generatedClass(t *testing.T) grade.Book {
	t.Helper()
	files, err := filepath.Glob("testdata/class/*.json")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	b := grade.Book{}
	for _, name := range []string{"account", "downloads", "pool", "pipe"} {
		b.Exercises = append(b.Exercises, grade.Column{Name: name, MaxPoints: 10})
	}
	for _, f := range files { // Glob sorts them, as a class run does
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		var rep grade.Report
		require.NoError(t, json.Unmarshal(data, &rep))
		b.Students = append(b.Students, rep)
	}
	return b
}

func TestDashboardInABrowser(t *testing.T) {
	exe := browser(t)
	book := generatedClass(t)
	page := filepath.Join(t.TempDir(), "index.html")
	var buf bytes.Buffer
	require.NoError(t, Dashboard(&buf, book))
	require.NoError(t, os.WriteFile(page, buf.Bytes(), 0o644))

	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(exe),
		chromedp.NoSandbox, // Chromium's sandbox refuses to run as root, as CI does
		chromedp.WindowSize(1280, 860),
	)
	ctx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancel()
	ctx, cancel = chromedp.NewContext(ctx)
	defer cancel()
	ctx, cancel = context.WithTimeout(ctx, time.Minute)
	defer cancel()

	// Everything the page asks for, and every error its script throws.
	var mu sync.Mutex
	var requests, exceptions []string
	require.NoError(t, chromedp.Listen(ctx, func(ev any) {
		mu.Lock()
		defer mu.Unlock()
		switch ev := ev.(type) {
		case *network.EventRequestWillBeSent:
			requests = append(requests, ev.Request.URL)
		case *runtime.EventExceptionThrown:
			exceptions = append(exceptions, fmt.Sprintf("%s (line %d)", ev.ExceptionDetails.Text, ev.ExceptionDetails.LineNumber))
		}
	}))

	// The grid as the browser laid it out: the column headings, and for
	// each row its student and each cell's verdict.
	type row struct {
		Student  string
		Verdicts []string
		Total    string
	}
	readGrid := chromedp.Evaluate[[]row](`(() => {
		const grid = document.getElementById("grid");
		return Array.from(grid.tBodies[0].rows).map(r => ({
			Student: r.cells[0].textContent.trim(),
			Verdicts: Array.from(r.querySelectorAll("td.cell .verdict")).map(v => v.textContent),
			Total: r.cells[r.cells.length - 1].textContent,
		}));
	})()`)
	require.NoError(t, chromedp.Do(ctx, chromedp.Navigate("file://"+page), chromedp.WaitVisible(chromedp.ID("grid"))))
	headings, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](
		`Array.from(document.querySelectorAll("#grid thead th")).map(th => th.firstChild.textContent.trim())`))
	require.NoError(t, err)
	rows, err := chromedp.Run(ctx, readGrid)
	require.NoError(t, err)
	assert.Equal(t, []string{"student", "account", "downloads", "pool", "pipe", "total"}, headings)
	require.Len(t, rows, len(book.Students), "a row per student")
	for i, rep := range book.Students {
		assert.Equal(t, rep.Student, rows[i].Student)
		assert.Equal(t, number(rep.Points), rows[i].Total)
		require.Len(t, rows[i].Verdicts, 4, rep.Student)
		for j, e := range rep.Exercises {
			want := "pass"
			if rep.Error != "" {
				want = "error"
			} else if !e.Passed {
				want = strings.Join(e.Kinds(), ", ")
			}
			assert.Equal(t, want, rows[i].Verdicts[j], "%s's %s", rep.Student, e.Name)
		}
	}
	if os.Getenv("RACEKIT_SCREENSHOTS") == "" {
		t.Logf("the screenshots are in %s (RACEKIT_SCREENSHOTS=1 writes them to docs/)", filepath.Dir(page))
	}
	shot(t, ctx, filepath.Dir(page), "dashboard.png")

	// Sorting by total puts the best first, and the rows stay whole.
	require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`#grid thead th:last-child`))))
	rows, err = chromedp.Run(ctx, readGrid)
	require.NoError(t, err)
	for i := 1; i < len(rows); i++ {
		assert.GreaterOrEqual(t, points(t, rows[i-1].Total), points(t, rows[i].Total), "sorted by total, highest first")
	}
	require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`#grid thead th:first-child`))))
	rows, err = chromedp.Run(ctx, readGrid)
	require.NoError(t, err)
	assert.Equal(t, book.Students[0].Student, rows[0].Student, "and back by name")

	// A cell opens that student's report on that exercise: its verdict,
	// its message, its lines and its advice.
	var target struct {
		student, exercise string
		failureMessage    string
		file              string
		advice            string
	}
	for _, rep := range book.Students {
		for _, e := range rep.Exercises {
			if len(e.Failures) > 0 && len(e.Failures[0].Locations) > 0 && e.Failures[0].Advice != "" && target.student == "" {
				f := e.Failures[0]
				target.student, target.exercise = rep.Student, e.Name
				target.failureMessage, target.advice = firstLine(f.Message), f.Advice
				target.file = fmt.Sprintf("%s:%d", f.Locations[0].File, f.Locations[0].Line)
			}
		}
	}
	require.NotEmpty(t, target.student, "the class has a failure with lines and advice")
	cell := fmt.Sprintf(`#grid tr:has(th[data-value=%q]) td[data-exercise=%q] a`, target.student, target.exercise)
	require.NoError(t, chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS(cell)),
		chromedp.WaitVisible(chromedp.CSS(`#details[open] .report`)),
	))
	dialog, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(`#details .report`)))
	require.NoError(t, err)
	assert.Contains(t, dialog, target.student+" · "+target.exercise)
	assert.Contains(t, dialog, target.failureMessage)
	assert.Contains(t, dialog, target.file)
	assert.Contains(t, dialog, "Look at: "+target.advice)
	shot(t, ctx, filepath.Dir(page), "dashboard-report.png")

	// Escape closes it, as a dialog should.
	require.NoError(t, chromedp.Do(ctx,
		chromedp.KeyEvent(kb.Escape),
		chromedp.WaitNotPresent(chromedp.CSS(`#details[open]`)),
	))

	mu.Lock()
	defer mu.Unlock()
	assert.Empty(t, exceptions, "the page's script threw")
	assert.Contains(t, requests, "file://"+page, "the page's requests were seen")
	for _, u := range requests {
		assert.True(t, strings.HasPrefix(u, "file://") || strings.HasPrefix(u, "data:"), "the page fetched %s: it must be self-contained", u)
	}
}

// shot saves what the browser shows as a PNG: in dir, or in docs/ when
// RACEKIT_SCREENSHOTS asks for the README's pictures to be made again.
func shot(t *testing.T, ctx context.Context, dir, name string) {
	t.Helper()
	img, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	require.NoError(t, err)
	_, err = png.Decode(bytes.NewReader(img))
	require.NoError(t, err, "a PNG")
	if os.Getenv("RACEKIT_SCREENSHOTS") != "" {
		dir = screenshots
	}
	require.NoError(t, os.MkdirAll(dir, 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(dir, name), img, 0o644))
}

func points(t *testing.T, s string) float64 {
	t.Helper()
	var x float64
	_, err := fmt.Sscan(s, &x)
	require.NoError(t, err, "%q", s)
	return x
}
