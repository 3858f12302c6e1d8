// Command gradescope builds racekit's Gradescope autograder zip: setup.sh
// and run_autograder at its root, and the kit (without its solutions)
// under source/, from which setup.sh builds the checker.
//
//	go run ./grading/gradescope [-out FILE] [NAME...]
//
// With exercise names, the autograder grades only those: one Gradescope
// assignment per exercise, say. Run it from the kit's root.
package main

import (
	"archive/zip"
	_ "embed"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
)

var (
	//go:embed setup.sh
	setupScript string
	//go:embed run_autograder
	runScript string
)

// skipped are the parts of the kit the autograder must not carry: the
// solutions (students may see an autograder's files), build output, and
// the kit's own history and test corpus.
var skipped = []string{".git", ".racekit", "bin", "grades", "solutions", "checker/testdata"}

func main() {
	out := flag.String("out", "bin/racekit-gradescope.zip", "write the zip to `FILE`")
	flag.Parse()
	if err := build(".", *out, flag.Args()); err != nil {
		fmt.Fprintln(os.Stderr, "gradescope:", err)
		os.Exit(1)
	}
	fmt.Println("wrote", *out)
}

// build writes the autograder zip of the kit at root to out.
func build(root, out string, exercises []string) error {
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return err
	}
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	zw := zip.NewWriter(f)
	scripts := []struct{ name, text string }{
		{"setup.sh", strings.ReplaceAll(setupScript, "@GO_VERSION@", runtime.Version())},
		{"run_autograder", strings.ReplaceAll(runScript, "@EXERCISES@", strings.Join(exercises, " "))},
	}
	for _, s := range scripts {
		if err := add(zw, s.name, 0o755, strings.NewReader(s.text)); err != nil {
			return err
		}
	}
	absOut, _ := filepath.Abs(out)
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		rel = filepath.ToSlash(rel)
		for _, s := range skipped {
			if rel == s {
				return filepath.SkipDir
			}
		}
		if abs, _ := filepath.Abs(p); d.IsDir() || !d.Type().IsRegular() || abs == absOut {
			return nil
		}
		src, err := os.Open(p)
		if err != nil {
			return err
		}
		defer src.Close()
		return add(zw, "source/"+rel, 0o644, src)
	})
	if err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	return f.Close()
}

func add(zw *zip.Writer, name string, mode fs.FileMode, r io.Reader) error {
	h := &zip.FileHeader{Name: name, Method: zip.Deflate}
	h.SetMode(mode)
	w, err := zw.CreateHeader(h)
	if err != nil {
		return err
	}
	_, err = io.Copy(w, r)
	return err
}
