package main

// The checker's speed on a solved kit, next to a bare `go test -race
// -count=1` of the same packages in the same run. A benchmark, not a timed
// test: this machine is noisy, and `make bench` repeats both so that
// benchstat or a median can compare them.

import (
	"context"
	"os"
	"os/exec"
	"testing"

	"github.com/racekit/racekit/checker/internal/check"
)

// BenchmarkCheck checks each exercise's reference solution, as `make
// check` does a solved exercise: build (warm cache), stress, diagnose.
func BenchmarkCheck(b *testing.B) {
	root, cat := kitRoot(b)
	for _, e := range cat.Exercises {
		b.Run(e.Name, func(b *testing.B) {
			for b.Loop() {
				r, err := check.Exercise(context.Background(), root, e, check.Form{Solution: true})
				if err != nil || !r.Passed {
					b.Fatalf("the solution of %s did not pass: %v %+v", e.Name, err, r.Failures)
				}
			}
		})
	}
}

// BenchmarkBareGoTestRace runs what a learner would type instead:
// `go test -race -count=1` of the same package, once.
func BenchmarkBareGoTestRace(b *testing.B) {
	root, cat := kitRoot(b)
	for _, e := range cat.Exercises {
		b.Run(e.Name, func(b *testing.B) {
			target, err := check.Target(root, e, check.Form{Solution: true})
			if err != nil {
				b.Fatal(err)
			}
			flags, err := target.Flags(b.TempDir())
			if err != nil {
				b.Fatal(err)
			}
			args := append([]string{"test", "-race", "-count=1"}, flags...)
			args = append(args, target.Package())
			for b.Loop() {
				cmd := exec.Command("go", args...)
				cmd.Dir = root
				cmd.Env = os.Environ()
				if out, err := cmd.CombinedOutput(); err != nil {
					b.Fatalf("go test -race of %s's solution failed: %v\n%s", e.Name, err, out)
				}
			}
		})
	}
}
