package main

// The teacher's commands: grade one submission, or a whole class.

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/racekit/racekit"
	"github.com/racekit/racekit/checker/internal/catalog"
	"github.com/racekit/racekit/checker/internal/grade"
	"github.com/racekit/racekit/checker/internal/report"
)

// formats are the grade formats, each a function of the same report.
var formats = map[string]func(io.Writer, grade.Report) error{
	"text":         report.GradeText,
	"json":         report.GradeJSON,
	"gradescope":   report.Gradescope,
	"prairielearn": report.PrairieLearn,
	"junit":        report.JUnit,
	"markdown":     report.GradeMarkdown,
	"html":         report.GradeHTML,
}

// writes is the --write flag: more reports of the same grade, each
// FORMAT:FILE, so one run can feed a job summary and a JUnit reporter.
type writes []string

func (w *writes) String() string { return strings.Join(*w, ",") }
func (w *writes) Set(v string) error {
	format, file, ok := strings.Cut(v, ":")
	if _, known := formats[format]; !ok || !known || file == "" {
		return fmt.Errorf("want FORMAT:FILE with FORMAT one of text, json, gradescope, prairielearn, junit, markdown, html")
	}
	*w = append(*w, v)
	return nil
}

// embeddedKit is the teacher's kit as this checker was built from it.
func embeddedKit() (*grade.Kit, error) {
	data, err := racekit.Canonical.ReadFile(catalog.Path)
	if err != nil {
		return nil, err
	}
	cat, err := catalog.Parse(data)
	if err != nil {
		return nil, err
	}
	return &grade.Kit{Files: racekit.Canonical, Catalog: cat}, nil
}

func runGrade(ctx context.Context, args []string) (int, error) {
	fs := flag.NewFlagSet("grade", flag.ContinueOnError)
	submission := fs.String("submission", ".", "grade the submission in `DIR` (a copy of the kit, or just its exercise files)")
	class := fs.String("class", "", "grade every submission in `DIR`: one folder, git clone or .zip per student")
	format := fs.String("format", "text", "text, json, gradescope, prairielearn, junit, markdown or html")
	var also writes
	fs.Var(&also, "write", "also write the grade as `FORMAT:FILE` (repeatable)")
	out := fs.String("out", "", "write to `PATH` instead of stdout (with --class: the directory of reports, default grades)")
	student := fs.String("student", "", "the student's `NAME`, for the report")
	jobs := fs.Int("j", 1, "with --class, grade `N` submissions at a time")
	isolated := fs.Bool("isolated-cache", false, "give each submission a build cache of its own (slower; for measuring)")
	shard := fs.String("shard", "", "with --class, grade only shard `I/N`: every N-th submission by name, from the I-th (merge with checker gradebook merge)")
	inProcess := fs.Bool("in-process", false, "grade in this process (the grader's own child processes use it)")
	if err := fs.Parse(args); err != nil {
		return 2, err
	}
	write, ok := formats[*format]
	if !ok {
		return 2, fmt.Errorf("unknown format %q (text, json, gradescope, prairielearn, junit, markdown, html)", *format)
	}
	kit, err := embeddedKit()
	if err != nil {
		return 2, err
	}
	exercises, err := kit.Catalog.Select(fs.Args())
	if err != nil {
		return 2, err
	}
	if *shard != "" && *class == "" {
		return 2, fmt.Errorf("--shard needs --class: it splits a class")
	}
	if *class != "" {
		part := grade.Shard{}
		if *shard != "" {
			if part, err = grade.ParseShard(*shard); err != nil {
				return 2, err
			}
		}
		dir := *out
		if dir == "" {
			dir = "grades"
		}
		self, err := os.Executable()
		if err != nil {
			return 2, err
		}
		c := &grade.Class{
			Kit: kit, Dir: *class, Out: dir, Jobs: *jobs, Exercises: exercises,
			Format: *format, Write: write, Grader: self, IsolatedCache: *isolated,
			Shard: part, Dashboard: report.Dashboard, Progress: os.Stderr,
		}
		return c.Run(ctx)
	}

	name := *student
	if name == "" {
		abs, _ := filepath.Abs(*submission)
		name = filepath.Base(abs)
	}
	var rep grade.Report
	if *inProcess {
		workDir, err := os.MkdirTemp("", "racekit-grade-")
		if err != nil {
			return 2, err
		}
		defer os.RemoveAll(workDir)
		rep = kit.Submission(ctx, *submission, workDir, exercises)
		rep.Student = name
	} else {
		// The student's code runs in a grader process of its own, so that
		// nothing it does (os.Exit, killing its parent) can stop the report.
		self, err := os.Executable()
		if err != nil {
			return 2, err
		}
		abs, err := filepath.Abs(*submission)
		if err != nil {
			return 2, err
		}
		rep = grade.Isolated(ctx, self, abs, name, exercises, *isolated)
	}
	w := io.Writer(os.Stdout)
	if *out != "" {
		f, err := os.Create(*out)
		if err != nil {
			return 2, err
		}
		defer f.Close()
		w = f
	}
	if err := write(w, rep); err != nil {
		return 2, err
	}
	for _, spec := range also {
		format, file, _ := strings.Cut(spec, ":")
		if err := writeFile(file, rep, formats[format]); err != nil {
			return 2, err
		}
	}
	if ctx.Err() != nil {
		return 2, ctx.Err()
	}
	if rep.Passed < rep.Total {
		return 1, nil
	}
	return 0, nil
}

// writeFile appends the report to file (a job summary collects several),
// creating it if need be.
func writeFile(file string, rep grade.Report, write func(io.Writer, grade.Report) error) error {
	f, err := os.OpenFile(file, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return err
	}
	if err := write(f, rep); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
