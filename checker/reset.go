package main

// reset puts an exercise's code back as it was shipped, from the copy the
// checker carries (racekit.Shipped). It touches only the exercise's code
// files, never its tests, and asks before it overwrites anything.

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/racekit/racekit"
	"github.com/racekit/racekit/checker/internal/atomicfile"
	"github.com/racekit/racekit/checker/internal/catalog"
)

func runReset(root string, cat *catalog.Catalog, args []string, stdin io.Reader) error {
	fs := learnerFlags("reset", "reset [--yes] NAME")
	yes := fs.Bool("yes", false, say.Sprintf("overwrite without asking"))
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return errors.New(say.Sprintf("usage: reset [--yes] NAME"))
	}
	es, err := cat.Select(fs.Args())
	if err != nil {
		return err
	}
	shipped, err := shippedFiles(es[0])
	if err != nil {
		return err
	}
	var changed []string // kit paths whose content differs from the shipped one
	for _, p := range slices.Sorted(maps.Keys(shipped)) {
		now, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(p)))
		if err != nil && !os.IsNotExist(err) {
			return err
		}
		if err != nil || !bytes.Equal(now, shipped[p]) {
			changed = append(changed, p)
		}
	}
	if len(changed) == 0 {
		say.Printf("%s is already as shipped: nothing to reset.\n", es[0].Name)
		return nil
	}
	if !*yes {
		say.Printf("Reset %s to the shipped, unsolved code? Your changes to it will be lost. [y/N] ",
			strings.Join(changed, ", "))
		answer, _ := bufio.NewReader(stdin).ReadString('\n')
		if a := strings.ToLower(strings.TrimSpace(answer)); a != "y" && a != "yes" {
			say.Printf("Nothing was changed.\n")
			return nil
		}
	}
	for _, p := range changed {
		file := filepath.Join(root, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
			return err
		}
		if err := atomicfile.Write(file, shipped[p]); err != nil {
			return err
		}
		say.Printf("reset %s\n", p)
	}
	return nil
}

// shippedFiles returns the shipped code files of e, by their slash paths in
// the kit. An exercise that has none (one made with `checker new` and not
// yet copied under _shipped/) is an error that says what to do.
func shippedFiles(e *catalog.Exercise) (map[string][]byte, error) {
	dir := path.Join("_shipped", e.Dir)
	entries, err := fs.ReadDir(racekit.Shipped, dir)
	files := map[string][]byte{}
	for _, ent := range entries {
		name := ent.Name()
		if ent.IsDir() || !catalog.IsCodeFile(name) {
			continue // tests are never reset: they are the judge, not the learner's
		}
		data, err := fs.ReadFile(racekit.Shipped, path.Join(dir, name))
		if err != nil {
			return nil, err
		}
		files[path.Join(e.Dir, name)] = data
	}
	if err != nil || len(files) == 0 {
		return nil, fmt.Errorf("the checker carries no shipped copy of %s: a kit author puts one in %s/ (the exercise's code files, unsolved)", e.Name, dir)
	}
	return files, nil
}
