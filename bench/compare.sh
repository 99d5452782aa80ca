#!/usr/bin/env bash
# Times soc2lint against other IaC scanners on the same tree, by default the
# shared real-world corpus (../shared/corpus/realworld: 4,149 Terraform and
# CloudFormation files from 28 public repositories).
#
#   bench/compare.sh [DIR]          RUNS=3 by default
#
# soc2lint is built from this checkout. Other scanners are used when they
# are on PATH (or named by TRIVY=/path/to/trivy): they are never installed
# or downloaded by this script. Each tool runs RUNS times; the script
# prints the best wall time and the peak resident memory of each, from
# /usr/bin/time. Trivy runs offline, as soc2lint does: its embedded checks
# (--skip-check-update) and no download of remote Terraform modules
# (--offline-scan; without it Trivy waits on the network for each one).
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-../shared/corpus/realworld}
runs=${RUNS:-3}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

go build -trimpath -o "$out/soc2lint" ./cmd/soc2lint

measure() { # name cmd...
  local name=$1; shift
  local best="" mem=""
  for _ in $(seq "$runs"); do
    /usr/bin/time -f '%e %M' -o "$out/time" "$@" > "$out/$name.out" 2> "$out/$name.err" || true
    read -r secs kb < <(tail -n 1 "$out/time")
    if [ -z "$best" ] || awk "BEGIN{exit !($secs < $best)}"; then best=$secs; fi
    if [ -z "$mem" ] || [ "$kb" -gt "$mem" ]; then mem=$kb; fi
  done
  printf '%-10s %8ss %8d MB  (%s)\n' "$name" "$best" $((mem / 1024)) "$(wc -c < "$out/$name.out" | tr -d ' ') bytes of output"
}

echo "tree: $dir ($(find "$dir" -type f \( -name '*.tf' -o -name '*.tf.json' -o -name '*.yaml' -o -name '*.yml' -o -name '*.json' -o -name '*.template' \) | wc -l) candidate files), best of $runs runs, $(nproc) CPUs"
measure soc2lint "$out/soc2lint" lint --format json --exit-zero "$dir"
measure soc2lint-1 "$out/soc2lint" lint --format json --exit-zero --workers 1 "$dir"
trivy=${TRIVY:-$(command -v trivy || true)}
if [ -n "$trivy" ]; then
  measure trivy "$trivy" fs --quiet --timeout 60m --scanners misconfig --offline-scan --skip-check-update --misconfig-scanners terraform,cloudformation --format json --cache-dir "$out/trivy-cache" "$dir"
else
  echo "trivy      not on PATH (set TRIVY=/path/to/trivy)"
fi
tfsec=${TFSEC:-$(command -v tfsec || true)}
if [ -n "$tfsec" ]; then
  # Terraform only. --force-all-dirs: without it tfsec picks the directories
  # it takes for root modules and scans a few of them (on the corpus, 8 files
  # get results). tfsec 1.28 stops the whole scan at the first file it cannot
  # parse (check and import blocks of Terraform 1.5+): give it a tree without
  # those (bench/README.md, "soc2lint and tfsec").
  measure tfsec "$tfsec" --force-all-dirs --no-module-downloads --soft-fail --no-color --format json "$dir"
  grep -m1 '^Error' "$out/tfsec.out" || true
fi
for tool in checkov kics; do
  command -v "$tool" >/dev/null || echo "$tool not on PATH: not compared"
done
