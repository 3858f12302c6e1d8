package grade

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/racekit/racekit/checker/internal/atomicfile"
	"github.com/racekit/racekit/checker/internal/catalog"
)

// Book is a class's grades: the one model the gradebook CSV and the
// dashboard are written from, whether one run graded the class or several
// shards did and were merged.
type Book struct {
	Exercises []Column // the graded exercises, in the catalog's order
	Students  []Report // the students graded so far, by name
	Pending   []string // the students not graded yet, by name
}

// Column is one graded exercise of a class.
type Column struct {
	Name      string
	MaxPoints float64
}

// Columns returns the gradebook columns of the exercises graded.
func Columns(exercises []*catalog.Exercise) []Column {
	cols := make([]Column, len(exercises))
	for i, e := range exercises {
		cols[i] = Column{Name: e.Name, MaxPoints: float64(e.Points)}
	}
	return cols
}

// Dashboard is the file name of the class's HTML dashboard.
const Dashboard = "index.html"

// WriteCSV writes the scores table: a row per student with each
// exercise's points, the total, the maximum and the verdict kinds.
func (b Book) WriteCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	header := []string{"student"}
	for _, e := range b.Exercises {
		header = append(header, e.Name)
	}
	cw.Write(append(header, "total", "max", "verdicts"))
	for _, rep := range b.Students {
		row := []string{rep.Student}
		points := map[string]float64{}
		for _, e := range rep.Exercises {
			points[e.Name] = e.Points
		}
		for _, e := range b.Exercises {
			row = append(row, fmt.Sprintf("%.2f", points[e.Name]))
		}
		row = append(row, fmt.Sprintf("%.2f", rep.Points), fmt.Sprintf("%.2f", rep.MaxPoints), verdicts(rep))
		cw.Write(row)
	}
	cw.Flush()
	return cw.Error()
}

// write writes the book into out: the gradebook, and the dashboard when
// there is a writer for it.
func (b Book) write(out string, dashboard func(io.Writer, Book) error) error {
	var buf bytes.Buffer
	if err := b.WriteCSV(&buf); err != nil {
		return err
	}
	if err := atomicfile.Write(filepath.Join(out, Gradebook), buf.Bytes()); err != nil {
		return err
	}
	if dashboard == nil {
		return nil
	}
	buf.Reset()
	if err := dashboard(&buf, b); err != nil {
		return err
	}
	return atomicfile.Write(filepath.Join(out, Dashboard), buf.Bytes())
}

// Shard is a part of a class graded on one machine: the I-th of N, which
// takes every N-th submission in order of name, starting with the I-th.
// The zero Shard is the whole class.
type Shard struct{ I, N int }

// ParseShard reads "I/N", with 1 <= I <= N.
func ParseShard(s string) (Shard, error) {
	var sh Shard
	if _, err := fmt.Sscanf(s, "%d/%d", &sh.I, &sh.N); err != nil || fmt.Sprintf("%d/%d", sh.I, sh.N) != s {
		return Shard{}, fmt.Errorf("want the shard as I/N, such as 1/4, not %q", s)
	}
	if sh.N < 1 || sh.I < 1 || sh.I > sh.N {
		return Shard{}, fmt.Errorf("shard %s: I must be between 1 and N", s)
	}
	return sh, nil
}

// takes reports whether the k-th submission (from 0, in order of name) is
// this shard's.
func (sh Shard) takes(k int) bool {
	return sh.N <= 1 || k%sh.N == sh.I-1
}

// Merge gathers the outputs of a class graded in shards (each shard's
// --out directory) into out: every student's reports, and one gradebook
// and dashboard, as one run over the whole class would have written them.
// The columns come from the shards' gradebooks, which must agree, and their
// maximum points from the catalog of the checker that merges.
func Merge(out string, shards []string, cat *catalog.Catalog, dashboard func(io.Writer, Book) error) error {
	if len(shards) == 0 {
		return fmt.Errorf("no shard directories to merge")
	}
	if err := os.MkdirAll(filepath.Join(out, "students"), 0o755); err != nil {
		return err
	}
	var header []string
	from := map[string]string{} // student -> the shard that graded them
	var book Book
	for _, dir := range shards {
		rows, err := readGradebook(filepath.Join(dir, Gradebook))
		if err != nil {
			return err
		}
		names := exerciseNames(rows[0])
		if header == nil {
			header = rows[0]
			exercises, err := cat.Select(names)
			if err != nil {
				return fmt.Errorf("%s: %w (merge with the checker that graded)", dir, err)
			}
			book.Exercises = Columns(exercises)
		} else if !slices.Equal(header, rows[0]) {
			return fmt.Errorf("%s grades %s, but %s grades %s: shards of one class grade the same exercises",
				shards[0], strings.Join(exerciseNames(header), ", "), dir, strings.Join(names, ", "))
		}
		for _, row := range rows[1:] {
			student := row[0]
			if other, ok := from[student]; ok {
				return fmt.Errorf("%s was graded in both %s and %s: give each shard its own --shard I/N", student, other, dir)
			}
			from[student] = dir
			rep, err := loadReport(filepath.Join(dir, "students", student+".json"))
			if err != nil {
				return fmt.Errorf("%s is in %s but its report is not: %w", student, filepath.Join(dir, Gradebook), err)
			}
			book.Students = append(book.Students, rep)
		}
		if err := copyReports(filepath.Join(dir, "students"), filepath.Join(out, "students")); err != nil {
			return err
		}
	}
	slices.SortFunc(book.Students, func(a, b Report) int { return strings.Compare(a.Student, b.Student) })
	return book.write(out, dashboard)
}

func readGradebook(file string) ([][]string, error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	if len(rows) == 0 || len(rows[0]) < 4 || rows[0][0] != "student" {
		return nil, fmt.Errorf("%s is not a racekit gradebook", file)
	}
	return rows, nil
}

// exerciseNames are the gradebook's columns between student and total.
func exerciseNames(header []string) []string {
	return header[1 : len(header)-3]
}

// copyReports copies every student's report files from one students
// directory into another, unless they are the same.
func copyReports(from, to string) error {
	if same(from, to) {
		return nil
	}
	entries, err := os.ReadDir(from)
	if err != nil {
		return err
	}
	for _, e := range entries {
		if !e.Type().IsRegular() || strings.HasPrefix(e.Name(), ".") {
			continue // atomicfile's temporary files among them
		}
		data, err := os.ReadFile(filepath.Join(from, e.Name()))
		if err != nil {
			return err
		}
		if err := atomicfile.Write(filepath.Join(to, e.Name()), data); err != nil {
			return err
		}
	}
	return nil
}

func same(a, b string) bool {
	sa, errA := os.Stat(a)
	sb, errB := os.Stat(b)
	return errA == nil && errB == nil && os.SameFile(sa, sb)
}
