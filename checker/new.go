package main

// new scaffolds an exercise for a teacher: code, tests, README, solution and
// catalog entry that already pass verify and mutate, to be changed step by
// step into the exercise the teacher wants.

import (
	"flag"
	"fmt"

	"github.com/racekit/racekit/checker/internal/catalog"
	"github.com/racekit/racekit/checker/internal/scaffold"
)

func runNew(root string, cat *catalog.Catalog, args []string) error {
	fs := flag.NewFlagSet("new", flag.ContinueOnError)
	topic := fs.String("topic", "", "what the exercise teaches, in one line, for `list`")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return fmt.Errorf("usage: new [--topic TEXT] NAME")
	}
	name := fs.Arg(0)
	written, err := scaffold.New(root, cat, name, *topic)
	for _, f := range written {
		fmt.Println("wrote", f)
	}
	if err != nil {
		return err
	}
	fmt.Printf(`
%[1]s starts as a working exercise about a Counter: the shipped code races,
the solution passes, and its tests catch every mutant. Make it yours:

  1. Write the unsafe code in exercises/%[1]s/%[1]s.go, and its fix, with the
     same API and doc comments, in solutions/%[1]s/%[1]s.go. Copy the unsafe
     code to _shipped/exercises/%[1]s/%[1]s.go too: reset restores from it.
  2. For every promise of a doc comment, a test in %[1]s_test.go that fails
     when it is broken (exported API only, so that every correct idiom passes).
  3. Fill in the catalog entry (topic, seed, expect, hints) and the README.
  4. go run ./checker verify --runs 20 %[1]s   the shipped code fails every time,
                                             the solution passes every time
  5. go run ./checker mutate %[1]s             no mutant of the solution survives
  6. Right and wrong fixes, as learners write them, in
     checker/testdata/fixes/%[1]s/ (first line: // want: pass, or the verdict);
     go run ./checker verify --fixes %[1]s
`, name)
	return nil
}
