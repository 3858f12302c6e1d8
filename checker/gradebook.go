package main

// The teacher's gradebook command: merge the outputs of a class graded in
// shards, on several machines, into one gradebook and dashboard.

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/racekit/racekit/checker/internal/grade"
	"github.com/racekit/racekit/checker/internal/report"
)

func runGradebook(args []string) (int, error) {
	if len(args) == 0 || args[0] != "merge" {
		return 2, errors.New("usage: checker gradebook merge [--out DIR] SHARD_DIR...")
	}
	fs := flag.NewFlagSet("gradebook merge", flag.ContinueOnError)
	out := fs.String("out", "grades", "write the merged reports, gradebook and dashboard to `DIR`")
	if err := fs.Parse(args[1:]); err != nil {
		return 2, err
	}
	if fs.NArg() == 0 {
		return 2, errors.New("name the shards' output directories (each a grade --class --shard I/N --out DIR)")
	}
	kit, err := embeddedKit()
	if err != nil {
		return 2, err
	}
	if err := grade.Merge(*out, fs.Args(), kit.Catalog, report.Dashboard); err != nil {
		return 2, err
	}
	fmt.Fprintf(os.Stderr, "merged %d shards into %s and %s\n", fs.NArg(),
		filepath.Join(*out, grade.Gradebook), filepath.Join(*out, grade.Dashboard))
	return 0, nil
}
