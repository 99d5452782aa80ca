#!/usr/bin/env bash
# Times the pre-commit path on a generated repository of many Terraform
# modules (bench/gen -kind repo): soc2lint on the files of one changed
# module (named-file mode: `soc2lint lint FILE...` reads the file's module
# as context and reports only the named files), and, for comparison, on
# the whole repository, which is what the whole-repository
# soc2lint hook runs (pass_filenames: false); the soc2lint-changed hook
# runs the first.
#
#   bench/precommit.sh [MODULES]     default 2000 modules
#
# Prints the best wall time, the CPU time of that run and the peak RSS of
# RUNS runs of each (default 5), from /usr/bin/time. Nothing is asserted.
set -euo pipefail
modules=${1:-2000}
runs=${RUNS:-5}
cd "$(dirname "$0")/.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
go build -trimpath -o "$out/soc2lint" ./cmd/soc2lint
go run ./bench/gen -kind repo -n "$modules" -o "$out/repo"
cd "$out/repo"
best() {
  local label=$1
  shift
  local best_line="" best_wall=""
  for _ in $(seq "$runs"); do
    /usr/bin/time -o "$out/time" -f "%e %U %S %M" "$out/soc2lint" "$@" > /dev/null 2>&1 || true
    # /usr/bin/time writes "Command exited with non-zero status N" first
    # when soc2lint reports findings (exit 1).
    read -r wall user sys rss < <(tail -n 1 "$out/time")
    if [ -z "$best_wall" ] || awk -v a="$wall" -v b="$best_wall" 'BEGIN { exit !(a < b) }'; then
      best_wall=$wall
      best_line=$(awk -v w="$wall" -v u="$user" -v s="$sys" -v m="$rss" -v l="$label" \
        'BEGIN { printf "%-40s wall %6.0f ms  CPU %6.0f ms  peak RSS %5.0f MB\n", l, w*1000, (u+s)*1000, m/1024 }')
    fi
  done
  echo "$best_line"
}
echo "$modules modules, load average $(cut -d' ' -f1-3 /proc/loadavg)"
best "one changed module (named files)" lint modules/m0042/main.tf modules/m0042/variables.tf
best "one module directory" lint modules/m0042
best "whole repository (the hook as shipped)" lint .
