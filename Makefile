# racekit: break concurrency, then fix it.
#
#   make watch            the learner's loop: check the exercise you are on at every save
#   make check            check up to the exercise you are on (NAME=account for one, ALL=1 for all)
#   make reset NAME=x     put exercise x's code back as shipped (asks first)
#   make solution NAME=x  the reference solution next to yours, once yours passes
#   make test             the kit's own tests: checker, verify --fixes, mutate
#   make verify RUNS=20   detection and flake rates over RUNS tries
#   make mutate           mutation testing: the tests must catch every mistake
#   make bench            the checker's speed next to a bare go test -race
#   make gil              the GIL demo: speed-ups at GOMAXPROCS 1..N, drawn into gil.svg
#   make grade            grade this copy of the kit (SUBMISSION=dir for another)
#   make gradescope       the Gradescope autograder zip, in bin/

GO    ?= go
NAME  ?=
RUNS  ?= 20
# The race detector needs cgo.
export CGO_ENABLED := 1

.PHONY: watch check list reset solution test vet unit verify mutate bench gil grade gradescope checker

# The learner's commands run the checker built into bin/ (a second's work
# when nothing changed), not `go run`, which adds its own "exit status 1"
# under the verdict. When one fails, the checker has already said why; make
# would add "make: *** [...] Error 1" under it. So the recipe stops make
# itself with SIGPIPE, which make does not catch and bash does not report:
# make exits non-zero (141) and the verdict stays the last thing printed.
QUIETLY = || kill -PIPE $$PPID
watch: checker
	@bin/checker watch

check: checker
	@bin/checker check $(if $(ALL),--all) $(NAME) $(QUIETLY)

list: checker
	@bin/checker list

reset: checker
	@bin/checker reset $(NAME) $(QUIETLY)

solution: checker
	@bin/checker solution $(NAME) $(QUIETLY)

# The kit's own tests. Never `go test ./...`: the exercises are unsolved on
# purpose, so their tests fail until a learner fixes them.
test: vet unit
	$(GO) run ./checker verify --fixes
	$(GO) run ./checker mutate

vet:
	@test -z "$$(gofmt -l checker solutions account exercises grading racekit.go)" || { gofmt -l checker solutions account exercises grading racekit.go; exit 1; }
	$(GO) vet . ./checker/... ./grading/... ./solutions/... ./account/... ./exercises/...

unit:
	$(GO) test -race -count=1 ./checker/... ./grading/... ./exercises/gil/demo/

verify:
	$(GO) run ./checker verify --runs $(RUNS) $(NAME)

mutate:
	$(GO) run ./checker mutate $(NAME)

bench:
	$(GO) test -run '^$$' -bench . -benchtime 3x -count 5 ./checker/

gil:
	$(GO) run ./exercises/gil/demo

SUBMISSION ?= .
grade:
	@$(GO) run ./checker grade --submission $(SUBMISSION) $(NAME)

gradescope:
	$(GO) run ./grading/gradescope -out bin/racekit-gradescope.zip $(NAME)

checker:
	@$(GO) build -o bin/checker ./checker
