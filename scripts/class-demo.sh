#!/usr/bin/env bash
# Generates a class of submissions of the whole kit (right, wrong and
# hostile) and grades it, to measure the grader: submissions per minute,
# and what sharing the build cache saves.
#   scripts/class-demo.sh [N] [JOBS] [NAME...]
#       N submissions (default 30), JOBS at a time (default 2), of the named
#       exercises (default all; include account, which the hostile ones break)
#   OUT=DIR     keep the grades there (reports, gradebook.csv, index.html)
#   SHARDS=K    also grade the class as K shards, one after another, time
#               each, merge them, and compare with the one run's gradebook
#   CACHE=0     skip the shared-against-isolated build cache comparison
set -euo pipefail
kit=$(cd "$(dirname "$0")/.." && pwd)
n=${1:-30} jobs=${2:-2}
shift $(( $# < 2 ? $# : 2 ))
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
class=$work/class
grades=${OUT:-$work/grades}
mkdir -p "$class"
cd "$kit"
if [ $# -gt 0 ]; then
  names=$*
else
  names=$(awk '/^\[\[exercise\]\]/ { want = 1; next } want && /^name = / { gsub(/"/, "", $3); print $3; want = 0 }' exercises/catalog.toml)
fi
names=$(echo $names)
half=$(( ($(echo $names | wc -w) + 1) / 2 ))
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
    3) ;;                                                        # as shipped
    4) cp checker/testdata/fixes/account/relock_in_draw.go "$s/account/account.go" ;; # locks twice: deadlock
    5) solve "$s" $(echo $names | cut -d' ' -f1-$half) ;;        # half way
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

echo "grading $n submissions of $names with -j $jobs"
go build -o "$work/checker" ./checker
start=$(date +%s.%N)
"$work/checker" grade --class "$class" --out "$grades" -j "$jobs" $names || true
end=$(date +%s.%N)
echo
awk -v n="$n" -v s="$start" -v e="$end" 'BEGIN { printf "shared build cache: %d submissions in %.0f s = %.1f submissions/minute\n", n, e-s, n*60/(e-s) }'
head -13 "$grades/gradebook.csv"

if [ "${SHARDS:-0}" -gt 1 ]; then
  dirs=
  for i in $(seq 1 "$SHARDS"); do
    s=$(date +%s.%N)
    "$work/checker" grade --class "$class" --out "$work/shard$i" -j "$jobs" --shard "$i/$SHARDS" $names 2>/dev/null || true
    e=$(date +%s.%N)
    awk -v i="$i" -v k="$SHARDS" -v n="$(( $(wc -l < "$work/shard$i/gradebook.csv") - 1 ))" -v s="$s" -v e="$e" \
      'BEGIN { printf "shard %d/%d: %d submissions in %.0f s\n", i, k, n, e-s }'
    dirs="$dirs $work/shard$i"
  done
  "$work/checker" gradebook merge --out "$work/merged" $dirs
  if cmp -s "$grades/gradebook.csv" "$work/merged/gradebook.csv"; then
    echo "merged shards: the same gradebook as the one run, byte for byte"
  else
    echo "merged shards differ from the one run (a verdict that varies between runs?):"
    diff "$grades/gradebook.csv" "$work/merged/gradebook.csv" || true
  fi
fi
[ "${CACHE:-1}" = 0 ] && exit 0

# The same solved submission, graded with the shared cache and with a
# fresh one, as a grader without a warm cache would.
one=$class/student01
for mode in shared isolated; do
  flag=; [ $mode = isolated ] && flag=--isolated-cache
  s=$(date +%s.%N)
  "$work/checker" grade --submission "$one" --format json $flag $names > /dev/null || true
  e=$(date +%s.%N)
  awk -v m="$mode" -v s="$s" -v e="$e" 'BEGIN { printf "one solved submission, %s cache: %.1f s\n", m, e-s }'
done
