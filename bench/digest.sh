#!/usr/bin/env bash
# Digests soc2lint's output on a tree too big for a unit test (by default
# the shared real-world corpus), in every format and for several worker
# counts, so that a change meant to leave the output alone can be checked
# byte for byte before and after:
#
#   bench/digest.sh [DIR]           print one line per format: sha256, bytes, exit code
#   bench/digest.sh --check [DIR]   compare with bench/DIRNAME.digest; exit 1 on a difference
#   bench/digest.sh --record [DIR]  rewrite bench/DIRNAME.digest
#
# soc2lint runs from DIR's parent on DIR's base name, so reported paths,
# and the digests, do not depend on where the checkout is. Every worker
# count must give the same bytes; the script fails when they do not.
# LINT_ARGS adds flags to every run, e.g. LINT_ARGS='--max-file-size
# 100000000' for a file larger than the default limit (/tmp/big: without
# it the digest is only the file-too-large error's).
set -euo pipefail
mode=print
case "${1:-}" in
--check | --record) mode=${1#--}; shift ;;
esac
cd "$(dirname "$0")/.."
repo=$PWD
dir=$(cd "${1:-../shared/corpus/realworld}" && pwd)
name=$(basename "$dir")
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
go build -trimpath -o "$out/soc2lint" ./cmd/soc2lint

for format in json sarif text checklist; do
  first=""
  for workers in 1 2 7; do
    code=0
    # shellcheck disable=SC2086 # LINT_ARGS is a word list
    (cd "$(dirname "$dir")" && "$out/soc2lint" lint ${LINT_ARGS:-} --format "$format" --workers "$workers" "$name") \
      > "$out/out" 2> "$out/err" || code=$?
    line="$format $(cat "$out/out" "$out/err" | sha256sum | cut -c1-64) $(wc -c < "$out/out" | tr -d ' ') exit=$code"
    if [ -z "$first" ]; then
      first=$line
    elif [ "$line" != "$first" ]; then
      echo "output differs between worker counts: '$first' vs '$line' (workers $workers)" >&2
      exit 1
    fi
  done
  echo "$first"
done > "$out/digest"

file="$repo/bench/$name.digest"
case $mode in
print) cat "$out/digest" ;;
record) cp "$out/digest" "$file" && cat "$file" ;;
check)
  if diff -u "$file" "$out/digest"; then
    echo "same output as $file"
  else
    echo "output differs from $file" >&2
    exit 1
  fi
  ;;
esac
