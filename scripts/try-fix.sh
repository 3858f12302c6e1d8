#!/usr/bin/env bash
# Runs an exercise's canonical tests under -race against its solution, its
# shipped code or a fix from the corpus, without touching either tree.
#   scripts/try-fix.sh NAME solution|shipped|FIXFILE [go test flags...]
set -euo pipefail
kit=$(cd "$(dirname "$0")/.." && pwd)
name=$1 target=$2; shift 2
dir=exercises/$name; [ "$name" = account ] && dir=account
ov=$(mktemp --suffix=.json)
case $target in
  solution) printf '{"Replace":{"%s":"%s"}}' "$kit/solutions/$name/${name}_test.go" "$kit/$dir/${name}_test.go" > "$ov"; pkg=./solutions/$name/ ;;
  shipped)  echo '{"Replace":{}}' > "$ov"; pkg=./$dir/ ;;
  *)        printf '{"Replace":{"%s":"%s"}}' "$kit/$dir/$name.go" "$(realpath "$target")" > "$ov"; pkg=./$dir/ ;;
esac
cd "$kit" && GORACE=atexit_sleep_ms=0 go test -race -overlay "$ov" "$@" "$pkg"
