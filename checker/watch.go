package main

// watch is the learner's loop: it checks the exercise the learner is on,
// again every time one of its code files is saved, moves on when it passes,
// and answers single keys (h, l, r, n, c, q) in between.

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/fsnotify/fsnotify"

	"github.com/racekit/racekit/checker/internal/catalog"
	"github.com/racekit/racekit/checker/internal/check"
	"github.com/racekit/racekit/checker/internal/i18n"
	"github.com/racekit/racekit/checker/internal/report"
)

// debounce is how long watch waits after a file event for more: an editor
// that saves by writing a new file and renaming it makes several events.
const debounce = 150 * time.Millisecond

type watchLoop struct {
	root string
	cat  *catalog.Catalog
	tty  bool // a terminal on both ends: the screen is cleared, keys come one by one

	fsw      *fsnotify.Watcher
	cur      int // the exercise on screen, an index into cat.Exercises
	hintNext int // the hint h shows next

	checks  sync.WaitGroup
	cancel  context.CancelFunc // stops the check running, if any
	results chan checked       // the running check's verdict; stop drains a stale one
}

type checked struct {
	r   check.Result
	err error
}

func runWatch(ctx context.Context, root string, cat *catalog.Catalog, args []string) (int, error) {
	if len(args) > 0 {
		return 2, errors.New(say.Sprintf("usage: watch"))
	}
	w := &watchLoop{root: root, cat: cat, results: make(chan checked, 1),
		tty: report.Terminal(os.Stdin) && report.Terminal(os.Stdout)}
	if w.tty {
		restore, err := keysOneByOne(os.Stdin)
		if err == nil {
			defer restore()
		}
	}
	var err error
	if w.fsw, err = fsnotify.NewWatcher(); err != nil {
		return 2, err
	}
	defer w.fsw.Close()
	keys := make(chan byte)
	go readKeys(os.Stdin, keys)
	defer w.stop()

	progress := loadProgress(root)
	for w.cur < len(cat.Exercises) && progress[cat.Exercises[w.cur].Name].Passed {
		w.cur++
	}
	if w.cur == len(cat.Exercises) {
		say.Printf("Every exercise passes. Well done!\n")
		return 0, nil
	}
	if err := w.enter(ctx); err != nil {
		return 2, err
	}
	var settle <-chan time.Time // fires debounce after the last file event
	for {
		select {
		case <-ctx.Done(): // Ctrl-C: the deferred stop kills the check's processes
			fmt.Println()
			return 0, nil
		case err := <-w.fsw.Errors:
			fmt.Fprintln(os.Stderr, "checker: watching files:", err)
		case ev := <-w.fsw.Events:
			if w.isCode(ev.Name) {
				settle = time.After(debounce)
			}
		case <-settle:
			settle = nil
			w.start(ctx, true)
		case res := <-w.results:
			if res.err != nil {
				fmt.Fprintln(os.Stderr, "checker:", res.err)
				continue
			}
			if done, err := w.show(ctx, res.r); err != nil || done {
				return 0, err
			}
		case k := <-keys:
			quit, err := w.key(ctx, k, keys)
			if quit || err != nil {
				return 0, err
			}
		}
	}
}

// exercise is the exercise on screen.
func (w *watchLoop) exercise() *catalog.Exercise { return w.cat.Exercises[w.cur] }

// enter makes the current exercise the one watched and checked.
func (w *watchLoop) enter(ctx context.Context) error {
	for _, d := range w.fsw.WatchList() {
		w.fsw.Remove(d)
	}
	// The directory, not the files: a save by rename replaces the file, and
	// a watch on the old file would see nothing after it.
	if err := w.fsw.Add(filepath.Join(w.root, w.exercise().Dir)); err != nil {
		return err
	}
	w.hintNext = 0
	w.start(ctx, false) // what led here (a pass, the README) stays on screen
	return nil
}

// isCode reports whether path is one of the current exercise's code files.
func (w *watchLoop) isCode(path string) bool {
	return filepath.Dir(path) == filepath.Join(w.root, w.exercise().Dir) && catalog.IsCodeFile(path)
}

// start checks the current exercise, stopping a check still running; on a
// terminal, with clear, it first clears the screen of the last verdict.
func (w *watchLoop) start(ctx context.Context, clear bool) {
	w.stop()
	e := w.exercise()
	cctx, cancel := context.WithCancel(ctx)
	w.cancel = cancel
	if clear && w.tty {
		fmt.Print("\033[H\033[2J")
	}
	say.Printf("checking %s … (save %s to check again, h hint, l list, r reset, n next, c check, q quit)\n",
		e.Name, filepath.Join(e.Dir, e.Name+".go"))
	w.checks.Go(func() {
		r, err := check.Exercise(cctx, w.root, e, check.Form{Say: say})
		if cctx.Err() != nil {
			return // replaced or interrupted: nobody wants this verdict
		}
		w.results <- checked{r, err}
	})
}

// stop stops the check running, if any, and waits until its processes are gone.
func (w *watchLoop) stop() {
	if w.cancel != nil {
		w.cancel()
	}
	w.checks.Wait()
	select { // a verdict that arrived while stopping is stale
	case <-w.results:
	default:
	}
}

// show prints a verdict; when it is a pass, it moves to the next exercise.
// It reports whether every exercise is done.
func (w *watchLoop) show(ctx context.Context, r check.Result) (bool, error) {
	e := w.exercise()
	report.Text(os.Stdout, say, r, e)
	if err := saveProgress(w.root, r); err != nil {
		fmt.Fprintln(os.Stderr, "checker: could not save progress:", err)
	}
	if !r.Passed {
		say.Printf("\nSave %s to check again (h hint, l list, r reset, n next, c check, q quit).\n",
			filepath.Join(e.Dir, e.Name+".go"))
		return false, nil
	}
	say.Printf("\n%s passes. On to the next exercise.\n\n", e.Name)
	return w.next(ctx)
}

// next moves to the exercise after the current one and shows the start of
// its README. It reports whether there was none left.
func (w *watchLoop) next(ctx context.Context) (bool, error) {
	if w.cur+1 == len(w.cat.Exercises) {
		say.Printf("That was the last exercise: every one passes. Well done!\n")
		return true, nil
	}
	w.cur++
	e := w.exercise()
	readme := filepath.Join(e.Dir, "README.md")
	if say.Lang == i18n.Chinese {
		readme = filepath.Join(e.Dir, "README.zh.md")
	}
	if text, err := os.ReadFile(filepath.Join(w.root, readme)); err == nil {
		lines := strings.SplitN(string(text), "\n", 16)
		fmt.Printf("%s\n…(%s)\n\n", strings.Join(lines[:min(len(lines), 15)], "\n"), readme)
	}
	return false, w.enter(ctx) // which stops the check running, if any
}

// key acts on one key. It reports whether to quit.
func (w *watchLoop) key(ctx context.Context, k byte, keys <-chan byte) (bool, error) {
	e := w.exercise()
	hints := e.HintsIn(say.Lang)
	switch k {
	case 'q':
		return true, nil
	case 'c':
		w.start(ctx, true)
	case 'h':
		if len(hints) == 0 {
			say.Printf("No hints for %s\n", e.Name)
			break
		}
		say.Printf("\nHint %d of %d: %s\n", w.hintNext+1, len(hints), hints[w.hintNext])
		w.hintNext = (w.hintNext + 1) % len(hints)
	case 'l':
		fmt.Println()
		return false, runList(w.root, w.cat)
	case 'n':
		if w.cur+1 == len(w.cat.Exercises) {
			say.Printf("\n%s is the last exercise: there is none to skip to.\n", e.Name)
			break
		}
		say.Printf("\nSkipping %s for now.\n\n", e.Name)
		done, err := w.next(ctx)
		return done, err
	case 'r':
		say.Printf("\nReset %s to the shipped code? Your changes to it will be lost. [y/N] ", e.Name)
		answer := <-keys
		fmt.Println()
		if answer != 'y' && answer != 'Y' {
			say.Printf("Nothing was changed.\n")
			break
		}
		return false, runReset(w.root, w.cat, []string{"--yes", e.Name}, nil)
	}
	return false, nil
}

// readKeys sends every byte read from r that is not white space. At the
// end of r it stops, but watch goes on: without a terminal it still
// re-checks on every save.
func readKeys(r io.Reader, keys chan<- byte) {
	br := bufio.NewReader(r)
	for {
		b, err := br.ReadByte()
		if err != nil {
			return
		}
		if b != '\n' && b != '\r' && b != ' ' && b != '\t' {
			keys <- b
		}
	}
}
