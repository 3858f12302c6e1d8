package main

// solution shows an exercise's reference solution once the learner's own
// code has passed (or with --force), next to the learner's file, so that
// the two ways of fixing it can be compared line by line.

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/pmezard/go-difflib/difflib"

	"github.com/racekit/racekit/checker/internal/catalog"
)

func runSolution(root string, cat *catalog.Catalog, args []string) (int, error) {
	fs := learnerFlags("solution", "solution [--force] NAME")
	force := fs.Bool("force", false, say.Sprintf("show it even though the exercise has not passed yet"))
	if err := fs.Parse(args); err != nil {
		return 2, err
	}
	if fs.NArg() != 1 {
		return 2, errors.New(say.Sprintf("usage: solution [--force] NAME"))
	}
	es, err := cat.Select(fs.Args())
	if err != nil {
		return 2, err
	}
	e := es[0]
	if !loadProgress(root)[e.Name].Passed && !*force {
		say.Printf("The solution of %[1]s is shown once your code passes: make check NAME=%[1]s.\n"+
			"(Stuck? go run ./checker hint %[1]s first; --force shows it anyway.)\n", e.Name)
		return 1, nil
	}
	files, err := filepath.Glob(filepath.Join(root, e.SolutionDir(), "*.go"))
	if err != nil {
		return 2, err
	}
	width := 100
	if n, err := strconv.Atoi(os.Getenv("COLUMNS")); err == nil && n >= 40 {
		width = n
	}
	for _, file := range files {
		if !catalog.IsCodeFile(file) {
			continue
		}
		solution, err := os.ReadFile(file)
		if err != nil {
			return 2, err
		}
		rel, _ := filepath.Rel(root, file)
		fmt.Printf("── %s ──\n\n%s\n", rel, solution)
		yours, err := os.ReadFile(filepath.Join(root, e.Dir, filepath.Base(file)))
		if err != nil {
			continue // no file of the learner's to compare with
		}
		say.Printf("── yours (%s) | the solution: the lines that differ ──\n\n", filepath.Join(e.Dir, filepath.Base(file)))
		sideBySide(os.Stdout, string(yours), string(solution), width)
	}
	return 0, nil
}

// sideBySide writes the lines where a and b differ, with a line of context
// around each change, in two columns of width/2: a on the left, b on the
// right, and between them '|' for a changed line, '<' for one only in a,
// '>' for one only in b.
func sideBySide(w io.Writer, a, b string, width int) {
	left, right := lines(a), lines(b)
	col := (width - 3) / 2
	row := func(l, mark, r string) {
		fmt.Fprintln(w, strings.TrimRight(fmt.Sprintf("%-*s %s %s", col, fit(l, col), mark, fit(r, col)), " "))
	}
	groups := difflib.NewMatcher(left, right).GetGroupedOpCodes(1)
	if len(groups) == 0 {
		say.Fprintf(w, "(the same, line for line)\n")
		return
	}
	for g, ops := range groups {
		if g > 0 {
			fmt.Fprintln(w, strings.Repeat("·", col), " ", strings.Repeat("·", col))
		}
		for _, op := range ops {
			ls, rs := left[op.I1:op.I2], right[op.J1:op.J2]
			for i := 0; i < max(len(ls), len(rs)); i++ {
				l, r, mark := "", "", "|"
				if i < len(ls) {
					l = ls[i]
				}
				if i < len(rs) {
					r = rs[i]
				}
				switch {
				case op.Tag == 'e':
					mark = " "
				case i >= len(rs):
					mark = "<"
				case i >= len(ls):
					mark = ">"
				}
				row(l, mark, r)
			}
		}
	}
}

// lines splits s into its lines, without their newlines.
func lines(s string) []string {
	return strings.Split(strings.TrimSuffix(s, "\n"), "\n")
}

// fit makes one line of source n columns wide or less: tabs as four
// spaces, cut with … when too long.
func fit(line string, n int) string {
	s := []rune(strings.ReplaceAll(line, "\t", "    "))
	if len(s) > n {
		return string(s[:n-1]) + "…"
	}
	return string(s)
}
