#!/usr/bin/env bash
# Generates a class of submissions of the whole kit (right, wrong and
# hostile) and grades it, to measure the grader: submissions per minute,
# and what sharing the build cache saves.
#   scripts/class-demo.sh [N] [JOBS]      (default 30 submissions, 2 at a time)
set -euo pipefail
kit=$(cd "$(dirname "$0")/.." && pwd)
n=${1:-30} jobs=${2:-2}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
class=$work/class
mkdir -p "$class"
cd "$kit"
names=$(awk '/^\[\[exercise\]\]/ { want = 1; next } want && /^name = / { gsub(/"/, "", $3); print $3; want = 0 }' exercises/catalog.toml)
dir_of() { [ "$1" = account ] && echo account || echo "exercises/$1"; }

copy_kit() { # a student's clone: the kit as shipped
  mkdir -p "$1"
  cp go.mod go.sum "$1/"
  cp -r account exercises "$1/"
}
solve() { # $1 submission, $2.. exercises to solve with the reference code
  local s=$1; shift
  for e in "$@"; do cp "solutions/$e/$e.go" "$s/$(dir_of "$e")/$e.go"; done
}

for i in $(seq 1 "$n"); do
  s=$class/student$(printf %02d "$i")
  copy_kit "$s"
  case $((i % 10)) in
    0|1|2) solve "$s" $names ;;                                  # solved
    3|4) ;;                                                      # as shipped
    5) solve "$s" $(echo $names | cut -d' ' -f1-4) ;;            # half way
    6) solve "$s" $names                                         # tampered test
       sed -i 's/granted != 3 ||/false \&\&/' "$s/account/account_test.go" ;;
    7) solve "$s" $names                                         # endless loop
       sed -i 's/func (a \*Account) Name() string { return a.name }/func (a *Account) Name() string {\n\tfor {\n\t}\n}/' "$s/account/account.go" ;;
    8) solve "$s" $names                                         # exits 0 in init
       printf '\nfunc init() { os.Exit(0) }\n' >> "$s/account/account.go"
       sed -i 's/^\t"errors"$/\t"errors"\n\t"os"/' "$s/account/account.go" ;;
    9) solve "$s" $names                                         # does not compile
       sed -i 's/return a.name/return nonsense/' "$s/account/account.go" ;;
  esac
done

echo "grading $n submissions of ${names//$'\n'/ } with -j $jobs"
go build -o "$work/checker" ./checker
start=$(date +%s.%N)
"$work/checker" grade --class "$class" --out "$work/grades" -j "$jobs" || true
end=$(date +%s.%N)
echo
awk -v n="$n" -v s="$start" -v e="$end" 'BEGIN { printf "shared build cache: %d submissions in %.0f s = %.1f submissions/minute\n", n, e-s, n*60/(e-s) }'
cut -d, -f1,11- "$work/grades/gradebook.csv" | head -12

# The same solved submission, graded with the shared cache and with a
# fresh one, as a grader without a warm cache would.
one=$class/student01
for mode in shared isolated; do
  flag=; [ $mode = isolated ] && flag=--isolated-cache
  s=$(date +%s.%N)
  "$work/checker" grade --submission "$one" --format json $flag > /dev/null || true
  e=$(date +%s.%N)
  awk -v m="$mode" -v s="$s" -v e="$e" 'BEGIN { printf "one solved submission, %s cache: %.1f s\n", m, e-s }'
done
