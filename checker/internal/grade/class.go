package grade

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"syscall"
	"time"

	"golang.org/x/sync/errgroup"

	"github.com/racekit/racekit/checker/internal/atomicfile"
	"github.com/racekit/racekit/checker/internal/catalog"
)

// Class grades every submission in a directory: one folder, git clone or
// .zip per student. Each submission is graded by a grader process of its
// own, so that one student's code that hangs, crashes or kills its parent
// cannot touch another's grade. Every report is written atomically as it
// comes; a run that is interrupted resumes where it stopped.
type Class struct {
	Kit           *Kit
	Dir           string // the submissions
	Out           string // where reports and the gradebook go
	Jobs          int    // submissions graded at a time
	Exercises     []*catalog.Exercise
	Format        string                        // the format of each student's extra report
	Write         func(io.Writer, Report) error // writes that format
	Grader        string                        // the checker binary
	IsolatedCache bool                          // a fresh build cache per submission
	Shard         Shard                         // grade only this part of the class
	// Dashboard writes the class's HTML page, index.html, rewritten with
	// the gradebook as each student finishes; nil writes none.
	Dashboard func(io.Writer, Book) error
	Progress  io.Writer
}

// Gradebook is the file name of the class's scores table.
const Gradebook = "gradebook.csv"

type submission struct{ name, path string }

// Run grades the class and writes the gradebook. It returns the exit code.
func (c *Class) Run(ctx context.Context) (int, error) {
	all, err := c.submissions()
	if err != nil {
		return 2, err
	}
	var subs []submission
	for k, s := range all {
		if c.Shard.takes(k) {
			subs = append(subs, s)
		}
	}
	students := filepath.Join(c.Out, "students")
	if err := os.MkdirAll(students, 0o755); err != nil {
		return 2, err
	}
	var todo []submission
	for _, s := range subs {
		if rep, err := c.load(s.name); err != nil || rep.Error != "" {
			todo = append(todo, s) // not graded yet, or the grader failed: again
		}
	}
	if c.Shard.N > 1 {
		fmt.Fprintf(c.Progress, "shard %d/%d: ", c.Shard.I, c.Shard.N)
	}
	fmt.Fprintf(c.Progress, "%d submissions: %d graded before, %d to grade, %d at a time\n",
		len(subs), len(subs)-len(todo), len(todo), max(1, c.Jobs))
	// On resume the dashboard shows at once who is graded and who is not.
	if err := c.writeBook(subs); err != nil {
		return 2, err
	}

	start := time.Now()
	var mu sync.Mutex
	done, failedToSave := 0, 0
	var g errgroup.Group
	g.SetLimit(max(1, c.Jobs))
	for _, s := range todo {
		g.Go(func() error {
			if ctx.Err() != nil {
				return nil
			}
			rep := c.grade(ctx, s)
			if ctx.Err() != nil {
				return nil // interrupted: leave it to the next run
			}
			err := c.save(s.name, rep)
			mu.Lock()
			defer mu.Unlock()
			done++
			if err != nil {
				failedToSave++
				fmt.Fprintf(c.Progress, "  %s: could not save the report: %v\n", s.name, err)
			} else if err := c.writeBook(subs); err != nil {
				failedToSave++
				fmt.Fprintf(c.Progress, "  %s: could not write the gradebook: %v\n", s.name, err)
			}
			elapsed := time.Since(start)
			left := time.Duration(float64(elapsed) / float64(done) * float64(len(todo)-done))
			fmt.Fprintf(c.Progress, "[%d/%d] %-20s %6.2f/%.2f  %s  (%s so far, ~%s left)\n",
				done, len(todo), s.name, rep.Points, rep.MaxPoints, verdicts(rep),
				elapsed.Round(time.Second), left.Round(time.Second))
			return nil
		})
	}
	g.Wait()
	if err := c.writeBook(subs); err != nil {
		return 2, err
	}
	if ctx.Err() != nil {
		fmt.Fprintf(c.Progress, "interrupted after %d of %d: run the same command again to grade the rest\n", done, len(todo))
		return 2, nil
	}
	fmt.Fprintf(c.Progress, "graded %d submissions in %s; gradebook: %s\n",
		done, time.Since(start).Round(time.Second), filepath.Join(c.Out, Gradebook))
	if c.Dashboard != nil {
		fmt.Fprintf(c.Progress, "dashboard: %s\n", filepath.Join(c.Out, Dashboard))
	}
	if failedToSave > 0 {
		return 2, nil
	}
	return 0, nil
}

// submissions lists the folders and zips in the class directory, by name:
// the order shards split the class in.
func (c *Class) submissions() ([]submission, error) {
	entries, err := os.ReadDir(c.Dir)
	if err != nil {
		return nil, err
	}
	var subs []submission
	for _, e := range entries {
		name := e.Name()
		switch {
		case strings.HasPrefix(name, "."):
		case e.IsDir():
			subs = append(subs, submission{name, filepath.Join(c.Dir, name)})
		case strings.HasSuffix(name, ".zip"):
			subs = append(subs, submission{strings.TrimSuffix(name, ".zip"), filepath.Join(c.Dir, name)})
		}
	}
	sort.SliceStable(subs, func(i, j int) bool { return subs[i].name < subs[j].name })
	return subs, nil
}

// grade grades one submission in a grader process of its own.
func (c *Class) grade(ctx context.Context, s submission) Report {
	dir := s.path
	if strings.HasSuffix(s.path, ".zip") {
		work, err := os.MkdirTemp("", "racekit-unzip-")
		if err != nil {
			return failed(s.name, c.Exercises, "%v", err)
		}
		defer os.RemoveAll(work)
		dir = filepath.Join(work, "submission")
		if err := unzip(s.path, dir); err != nil {
			return failed(s.name, c.Exercises, "the zip could not be read: %v", err)
		}
	}
	return Isolated(ctx, c.Grader, dir, s.name, c.Exercises, c.IsolatedCache)
}

func failed(student string, exercises []*catalog.Exercise, format string, args ...any) Report {
	return Report{Student: student, Total: len(exercises), Error: fmt.Sprintf(format, args...)}
}

// Isolated grades the submission in dir in a grader process of its own
// (grader is the checker binary), in its own process group, killed whole
// if it outlives the allowance. Whatever the student's code does to the
// process that runs it, even killing it, this returns a report.
func Isolated(ctx context.Context, grader, dir, student string, exercises []*catalog.Exercise, isolatedCache bool) Report {
	args := []string{"grade", "--in-process", "--submission", dir, "--format", "json", "--student", student}
	for _, e := range exercises {
		args = append(args, e.Name)
	}
	limit := allowance(exercises)
	ctx, cancel := context.WithTimeout(ctx, limit)
	defer cancel()
	cmd := exec.CommandContext(ctx, grader, args...)
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	cmd.WaitDelay = 5 * time.Second
	cmd.Env = os.Environ()
	if isolatedCache {
		cache, err := os.MkdirTemp("", "racekit-gocache-")
		if err != nil {
			return failed(student, exercises, "%v", err)
		}
		defer os.RemoveAll(cache)
		cmd.Env = append(cmd.Env, "GOCACHE="+cache)
	}
	var stdout bytes.Buffer
	cmd.Stdout = &stdout
	err := cmd.Run()
	if cmd.Process != nil {
		syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) // anything the submission left running
	}
	var rep Report
	if jerr := json.Unmarshal(stdout.Bytes(), &rep); jerr != nil {
		if ctx.Err() == context.DeadlineExceeded {
			return failed(student, exercises, "grading took longer than %s and was stopped", limit)
		}
		return failed(student, exercises, "the grader process failed (%v) without a report", err)
	}
	rep.Student = student
	return rep
}

// allowance bounds the grading of one submission: every exercise's build
// and stress runs at their budgets, with room to spare.
func allowance(exercises []*catalog.Exercise) time.Duration {
	total := time.Minute
	for _, e := range exercises {
		rounds := (e.Runs + 1) / 2 // two processes at a time
		total += 2*time.Minute + time.Duration(rounds)*(e.Budget.Duration+15*time.Second)
	}
	return total
}

func (c *Class) reportPath(student, ext string) string {
	return filepath.Join(c.Out, "students", student+ext)
}

// load reads a student's saved report; an error means not graded yet.
func (c *Class) load(student string) (Report, error) {
	return loadReport(c.reportPath(student, ".json"))
}

func loadReport(file string) (Report, error) {
	var rep Report
	data, err := os.ReadFile(file)
	if err == nil {
		err = json.Unmarshal(data, &rep)
	}
	return rep, err
}

// save writes a student's report as JSON, and in the class's format too.
func (c *Class) save(student string, rep Report) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	if err := enc.Encode(rep); err != nil {
		return err
	}
	if c.Format != "json" {
		var other bytes.Buffer
		if err := c.Write(&other, rep); err != nil {
			return err
		}
		if err := atomicfile.Write(c.reportPath(student, extension(c.Format)), other.Bytes()); err != nil {
			return err
		}
	}
	// The JSON last: its presence is what marks the student as graded.
	return atomicfile.Write(c.reportPath(student, ".json"), buf.Bytes())
}

func extension(format string) string {
	switch format {
	case "junit":
		return ".xml"
	case "text":
		return ".txt"
	case "html":
		return ".html"
	case "markdown":
		return ".md"
	}
	return "." + format + ".json"
}

// writeBook writes the gradebook and the dashboard from every saved
// report of subs, which are sorted by name.
func (c *Class) writeBook(subs []submission) error {
	b := Book{Exercises: Columns(c.Exercises)}
	for _, s := range subs {
		if rep, err := c.load(s.name); err == nil {
			rep.Student = s.name // the row is the submission's, whatever the report says
			b.Students = append(b.Students, rep)
		} else {
			b.Pending = append(b.Pending, s.name)
		}
	}
	return b.write(c.Out, c.Dashboard)
}

// verdicts summarises a report's verdict kinds: "pool: race, fail; pipe: panic".
func verdicts(rep Report) string {
	if rep.Error != "" {
		return "error: " + rep.Error
	}
	var parts []string
	for _, e := range rep.Exercises {
		if kinds := e.Kinds(); len(kinds) > 0 {
			parts = append(parts, e.Name+": "+strings.Join(kinds, ", "))
		}
	}
	return strings.Join(parts, "; ")
}

// Limits on a zipped submission: a kit is a few hundred kilobytes.
const (
	maxZipFiles = 2000
	maxZipBytes = 32 << 20
)

// unzip extracts a submission's zip into dir. Entries that would land
// outside dir, links, and archives larger than a kit could be are refused.
func unzip(file, dir string) error {
	zr, err := zip.OpenReader(file)
	if err != nil {
		return err
	}
	defer zr.Close()
	if len(zr.File) > maxZipFiles {
		return fmt.Errorf("more than %d files", maxZipFiles)
	}
	var total int64
	for _, f := range zr.File {
		if !filepath.IsLocal(f.Name) {
			return fmt.Errorf("%q points outside the submission", f.Name)
		}
		dst := filepath.Join(dir, f.Name)
		if f.FileInfo().IsDir() {
			if err := os.MkdirAll(dst, 0o755); err != nil {
				return err
			}
			continue
		}
		if !f.Mode().IsRegular() {
			continue // links and devices: nothing a kit needs
		}
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return err
		}
		rc, err := f.Open()
		if err != nil {
			return err
		}
		out, err := os.Create(dst)
		if err != nil {
			rc.Close()
			return err
		}
		n, err := io.Copy(out, io.LimitReader(rc, maxZipBytes-total+1))
		rc.Close()
		out.Close()
		if err != nil {
			return err
		}
		if total += n; total > maxZipBytes {
			return fmt.Errorf("more than %d bytes uncompressed", maxZipBytes)
		}
	}
	return nil
}
