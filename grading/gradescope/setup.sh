#!/usr/bin/env bash
# Gradescope runs this once, as root, when it builds the autograder image:
# it installs Go and gcc (the race detector needs cgo), builds the checker
# from the kit in source/, and warms the build cache so that grading a
# submission compiles only the student's code.
set -euo pipefail
AUTOGRADER=${AUTOGRADER:-/autograder}
GO_VERSION=@GO_VERSION@
export PATH=/usr/local/go/bin:$PATH

if ! command -v gcc >/dev/null 2>&1; then
  apt-get update -qq && apt-get install -y -qq gcc curl ca-certificates >/dev/null
fi
have=$(go env GOVERSION 2>/dev/null || echo none)
if [ "$(printf '%s\n%s\n' "$have" "$GO_VERSION" | sort -V | head -n1)" != "$GO_VERSION" ]; then
  curl -fsSL "https://go.dev/dl/${GO_VERSION}.linux-amd64.tar.gz" | tar -C /usr/local -xz
fi

cd "$AUTOGRADER/source"
go build -o "$AUTOGRADER/checker" ./checker
warm=$(mktemp -d)
go test -race -c -o "$warm/" ./account/ $(printf './%s ' exercises/*/) >/dev/null
rm -rf "$warm"
