#!/usr/bin/env bash
# Lists what a change does to soc2lint's findings on a tree (by default the
# shared real-world corpus): the findings, undecided notes and warnings
# that appear or disappear between a base revision and the working tree,
# keyed by rule, file and line (messages may change without counting), and
# the count of each per rule.
#
#   bench/diff.sh [--base REV] [DIR]    (REV defaults to main)
#
# Needs git and jq. Both binaries run from DIR's parent on DIR's base name.
set -euo pipefail
base=main
if [ "${1:-}" = --base ]; then base=$2; shift 2; fi
cd "$(dirname "$0")/.."
dir=$(cd "${1:-../shared/corpus/realworld}" && pwd)
out=$(mktemp -d)
trap 'git worktree remove --force "$out/base" >/dev/null 2>&1 || true; rm -rf "$out"' EXIT
git worktree add --detach "$out/base" "$base" >/dev/null 2>&1
(cd "$out/base" && go build -trimpath -o "$out/old" ./cmd/soc2lint)
go build -trimpath -o "$out/new" ./cmd/soc2lint
keys() { # the report's entries, one line each: KIND RULE FILE:LINE
  jq -r '(.findings[] | "finding \(.rule) \(.file):\(.range.start.line)"),
         (.undecided[]? | "undecided \(.rule) \(.file):\(.range.start.line)"),
         (.diagnostics[] | select(.severity != "note") | "\(.severity) \(.summary) \(.file // ""):\(.range.start.line // 0)")' "$1" | sort
}
for v in old new; do
  (cd "$(dirname "$dir")" && "$out/$v" lint --format json --no-color "$(basename "$dir")" >"$out/$v.json" 2>/dev/null) || true
  keys "$out/$v.json" >"$out/$v.keys"
done
echo "base $base ($(git rev-parse --short "$base")) -> working tree, on $dir"
for v in old new; do
  printf '%s: %s findings, %s undecided, %s warnings/errors\n' "$v" \
    "$(grep -c '^finding ' "$out/$v.keys" || true)" "$(grep -c '^undecided ' "$out/$v.keys" || true)" \
    "$(grep -vc '^finding \|^undecided ' "$out/$v.keys" || true)"
done
comm -23 "$out/old.keys" "$out/new.keys" | sed 's/^/- /' >"$out/gone"
comm -13 "$out/old.keys" "$out/new.keys" | sed 's/^/+ /' >"$out/came"
echo "per kind and rule (- gone, + new):"
cat "$out/gone" "$out/came" | awk '{print $1, $2, $3}' | sort | uniq -c | sort -k3,3 -k4,4 -k2,2
echo "entries:"
cat "$out/gone" "$out/came"
