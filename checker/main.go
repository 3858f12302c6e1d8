// The checker runs racekit's exercises under the race detector, goleak and
// stress loops, and says what is still wrong and where.
//
// Usage:
//
//	go run ./checker watch                      check the exercise you are on at every save
//	go run ./checker check [--json] [--all] [NAME...]
//	                                            check exercises: by default in order
//	                                            up to the first that fails
//	go run ./checker list                       every exercise, done or not
//	go run ./checker hint NAME                  all the hints of an exercise
//	go run ./checker reset [--yes] NAME         put the exercise's code back as shipped
//	go run ./checker solution [--force] NAME    the reference solution, next to yours,
//	                                            once your code passes
//	go run ./checker demo [--svg FILE] account  the seed's lost update replayed on your
//	                                            Account in fake time, as a timeline
//	go run ./checker verify [--runs N] [--fixes] [-j N] [NAME...]
//	                                            the kit's self-test: every shipped
//	                                            exercise fails, every solution passes
//	go run ./checker mutate [--json] [--runs N] [-j N] [--list] [NAME...]
//	                                            mutation testing: put one concurrency
//	                                            mistake at a time into each solution;
//	                                            the tests must catch every one
//	go run ./checker new [--topic TEXT] NAME    scaffold a new exercise (for teachers)
//	go run ./checker grade [--submission DIR] [--format F] [NAME...]
//	go run ./checker grade --class DIR [-j N] [--out DIR] [--shard I/N] [NAME...]
//	                                            grade a submission or a whole class
//	                                            with the kit's own tests
//	go run ./checker gradebook merge [--out DIR] DIR...
//	                                            merge a class graded in shards
//
// check exits 0 only when every selected exercise passes.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/racekit/racekit/checker/internal/catalog"
	"github.com/racekit/racekit/checker/internal/i18n"
)

// say prints what the learner reads, in the language chosen by --lang,
// RACEKIT_LANG or the locale.
var say = i18n.NewPrinter(i18n.English)

func main() {
	log := func(err error) {
		say.Fprintf(os.Stderr, "checker: %s\n", explain(err))
	}
	lang, rest, err := langFlag(os.Args[1:])
	if err != nil {
		log(err)
		os.Exit(2)
	}
	say = i18n.NewPrinter(lang)
	os.Args = append(os.Args[:1], rest...)
	if len(os.Args) < 2 {
		usage()
		os.Exit(2)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	verb, args := os.Args[1], os.Args[2:]
	if verb == "grade" || verb == "gradebook" { // grading needs no kit on disk: it carries its own
		run := func() (int, error) { return runGrade(ctx, args) }
		if verb == "gradebook" {
			run = func() (int, error) { return runGradebook(args) }
		}
		code, err := run()
		if err != nil && !errors.Is(err, flag.ErrHelp) {
			log(err)
		}
		os.Exit(code)
	}
	root, err := catalog.Root(".")
	if err != nil {
		log(err)
		os.Exit(2)
	}
	cat, err := catalog.Load(root)
	if err != nil {
		log(err)
		os.Exit(2)
	}
	var code int
	switch verb {
	case "watch":
		code, err = runWatch(ctx, root, cat, args)
	case "check":
		code, err = runCheck(ctx, root, cat, args)
	case "list":
		err = runList(root, cat)
	case "hint":
		err = runHint(cat, args)
	case "reset":
		err = runReset(root, cat, args, os.Stdin)
	case "solution":
		code, err = runSolution(root, cat, args)
	case "verify":
		code, err = runVerify(ctx, root, cat, args)
	case "mutate":
		code, err = runMutate(ctx, root, cat, args)
	case "new":
		err = runNew(root, cat, args)
	case "demo":
		code, err = runDemo(ctx, root, cat, args)
	case "help", "-h", "--help":
		usage()
	default:
		err = errors.New(say.Sprintf("unknown command %q", verb))
		usage()
	}
	if errors.Is(err, flag.ErrHelp) {
		os.Exit(2)
	}
	if err != nil {
		log(err)
		os.Exit(2)
	}
	os.Exit(code)
}

// langFlag takes --lang L (or --lang=L) out of args, wherever it stands,
// and returns the language it, RACEKIT_LANG or the locale asks for.
func langFlag(args []string) (i18n.Lang, []string, error) {
	var value string
	var rest []string
	for i := 0; i < len(args); i++ {
		switch a := args[i]; {
		case (a == "--lang" || a == "-lang") && i+1 < len(args):
			value = args[i+1]
			i++
		case strings.HasPrefix(a, "--lang=") || strings.HasPrefix(a, "-lang="):
			value = a[strings.Index(a, "=")+1:]
		default:
			rest = append(rest, a)
		}
	}
	lang, err := i18n.Choose(value)
	return lang, rest, err
}

// explain says err in the learner's language where the checker knows it;
// the rest (a file system's, the teachers' tools') comes as it is.
func explain(err error) string {
	var unknown *catalog.UnknownError
	switch {
	case errors.As(err, &unknown):
		return say.Sprintf("no exercise called %q (try: %s)", unknown.Name, strings.Join(unknown.Names, ", "))
	case strings.HasPrefix(err.Error(), "flag provided but not defined: "):
		return say.Sprintf("unknown option %s", strings.TrimPrefix(err.Error(), "flag provided but not defined: "))
	case errors.Is(err, catalog.ErrNoKit):
		return say.Sprintf("no exercises/catalog.toml here or in any parent folder: run the checker inside the kit")
	}
	return err.Error()
}

// learnerFlags is the flag set of a learner's command, whose help speaks
// the learner's language: flag's own English is not printed, and explain
// says its errors again.
func learnerFlags(name, use string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {
		say.Fprintf(os.Stderr, "usage: %s\n", use)
		fs.VisitAll(func(f *flag.Flag) { fmt.Fprintf(os.Stderr, "  --%-8s %s\n", f.Name, f.Usage) })
	}
	return fs
}

func usage() {
	say.Fprintf(os.Stderr, "usage: go run ./checker <command> [arguments]   (or make watch, make check ...)\n\n"+
		"  watch                               check the exercise you are on, again at every save\n"+
		"  check [--json] [--all] [NAME...]    check exercises (by default up to the first that fails)\n"+
		"  list                                every exercise, done or not\n"+
		"  hint NAME                           all the hints of an exercise\n"+
		"  reset [--yes] NAME                  put the exercise's code back as shipped (asks first)\n"+
		"  solution [--force] NAME             the reference solution next to yours, once yours passes\n"+
		"  demo [--svg FILE] account           the seed's lost update replayed on your Account, as a timeline\n"+
		"  --lang zh|en                        the language (else RACEKIT_LANG, else the locale)\n\n"+
		"For teachers (these speak English):\n")
	fmt.Fprint(os.Stderr, `  verify [--runs N] [--fixes] [-j N] [NAME...]
                                      the kit's self-test
  mutate [--json] [--runs N] [-j N] [--list] [NAME...]
                                      mutation testing of the exercises' tests
  new [--topic TEXT] NAME             scaffold a new exercise
  grade [--submission DIR] [--format text|json|gradescope|prairielearn|junit|markdown|html] [NAME...]
  grade --class DIR [-j N] [--out DIR] [--format F] [--shard I/N] [NAME...]
                                      grade with the kit's own tests; a class gets
                                      DIR/gradebook.csv and DIR/index.html
  gradebook merge [--out DIR] DIR...  merge a class graded in shards
`)
}
