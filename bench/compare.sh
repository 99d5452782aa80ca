#!/usr/bin/env bash
# Times soc2lint against other IaC scanners on the same tree, by default the
# shared real-world corpus (../shared/corpus/realworld: Terraform and
# CloudFormation files from public repositories).
#
#   bench/compare.sh [DIR]          RUNS=3 by default
#
# soc2lint is built from this checkout. Other scanners are used when they
# are on PATH (or named by TRIVY=/path/to/trivy, TFSEC=/path/to/tfsec):
# they are never installed or downloaded by this script. The tools run in
# rounds, one run of each per round, so that each round is a pair (or a
# tuple) measured in the same minutes: on a shared box the load moves
# between rounds more than between the runs of one round. Every run prints
# its wall time, CPU time (user+sys) and peak resident memory from
# /usr/bin/time, with the load average when it started; the summary gives
# each tool's best and median wall time, its peak memory, and the other
# tools' wall and CPU time over soc2lint's, round by round.
#
# Trivy runs offline, as soc2lint does: misconfigurations only (no
# vulnerability database: --skip-db-update), its embedded checks bundle
# (--skip-check-update), no download of remote Terraform modules
# (--offline-scan; without it Trivy waits on the network for each one; in
# v0.74 only `trivy fs` takes it, not `trivy config`), and no version check
# or telemetry (--skip-version-check, --disable-telemetry). With --debug,
# v0.74.0 logs "Version check and telemetry are disabled" and "Falling back
# to embedded checks" (563 checks), and strace sees it connect nowhere.
# TRIVY_ARGS adds flags (e.g. --debug). Its JSON report is summarized: the
# files it reported on and the checks that failed. tfsec scans Terraform
# only; see the note at its command.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-../shared/corpus/realworld}
runs=${RUNS:-3}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

go build -trimpath -o "$out/soc2lint" ./cmd/soc2lint

tools=(soc2lint soc2lint-1)
declare -A cmd
cmd[soc2lint]="$out/soc2lint lint --format json --exit-zero $dir"
cmd[soc2lint-1]="$out/soc2lint lint --format json --exit-zero --workers 1 $dir"
trivy=${TRIVY:-$(command -v trivy || true)}
if [ -n "$trivy" ]; then
  tools+=(trivy)
  cmd[trivy]="$trivy fs --quiet --timeout 60m --scanners misconfig --offline-scan --skip-check-update --skip-version-check --disable-telemetry --skip-db-update --misconfig-scanners terraform,cloudformation --format json --cache-dir $out/trivy-cache ${TRIVY_ARGS:-} $dir"
fi
tfsec=${TFSEC:-$(command -v tfsec || true)}
if [ -n "$tfsec" ]; then
  # Terraform only. --force-all-dirs: without it tfsec picks the directories
  # it takes for root modules and scans a few of them (on the corpus, 8 files
  # get results). tfsec 1.28 stops the whole scan at the first file it cannot
  # parse (check and import blocks of Terraform 1.5+): give it a tree without
  # those (bench/README.md, "soc2lint and tfsec").
  tools+=(tfsec)
  cmd[tfsec]="$tfsec --force-all-dirs --no-module-downloads --soft-fail --no-color --format json $dir"
fi

echo "tree: $dir ($(find "$dir" -type f \( -name '*.tf' -o -name '*.tf.json' -o -name '*.yaml' -o -name '*.yml' -o -name '*.json' -o -name '*.template' \) | wc -l) candidate files), $runs rounds, $(nproc) CPUs"
printf '%-10s %5s %9s %9s %8s %6s %s\n' tool round wall cpu peak load output
for round in $(seq "$runs"); do
  for tool in "${tools[@]}"; do
    load=$(cut -d' ' -f1 /proc/loadavg)
    # shellcheck disable=SC2086 # the commands are word lists
    /usr/bin/time -f '%e %U %S %M' -o "$out/time" ${cmd[$tool]} > "$out/$tool.out" 2> "$out/$tool.err" || true
    read -r secs user sys kb < <(tail -n 1 "$out/time")
    cpu=$(awk "BEGIN{printf \"%.2f\", $user + $sys}")
    echo "$tool $round $secs $cpu $kb $load" >> "$out/runs"
    printf '%-10s %5s %8ss %8ss %5d MB %6s %s\n' "$tool" "$round" "$secs" "$cpu" $((kb / 1024)) "$load" "$(wc -c < "$out/$tool.out" | tr -d ' ') bytes"
  done
done

echo
printf '%-10s %9s %9s %8s   %s\n' tool best median peak "wall (CPU) over soc2lint's, round by round"
for tool in "${tools[@]}"; do
  awk -v t="$tool" '$1 == t {print $3}' "$out/runs" | sort -n > "$out/walls"
  best=$(head -n 1 "$out/walls")
  median=$(awk '{a[NR]=$1} END{print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}' "$out/walls")
  peak=$(awk -v t="$tool" '$1 == t && $5 > m {m = $5} END{print int(m / 1024)}' "$out/runs")
  ratios=$(awk -v t="$tool" '$1 == "soc2lint" {w[$2] = $3; c[$2] = $4} $1 == t {tw[$2] = $3; tc[$2] = $4}
    END{for (r = 1; r in tw; r++) printf "%s%.1fx (%.1fx)", (r > 1 ? ", " : ""), tw[r] / w[r], tc[r] / c[r]}' "$out/runs")
  printf '%-10s %8ss %8ss %5d MB   %s\n' "$tool" "$best" "$median" "$peak" "$ratios"
done

if [ -n "$trivy" ]; then
  echo
  if command -v jq > /dev/null && jq -e . "$out/trivy.out" > /dev/null 2>&1; then
    jq -r '"trivy (last run): \(.Results // [] | length) files reported, \([.Results[]? | select((.Misconfigurations // []) | length > 0)] | length) with failed checks, \([.Results[]?.Misconfigurations[]? | select(.Status == "FAIL")] | length) failed checks, \([.Results[]?.MisconfSummary.Successes // 0] | add // 0) passed"' "$out/trivy.out"
  else
    echo "trivy (last run): no JSON report; its standard error ends:"
    tail -n 5 "$out/trivy.err"
  fi
  grep -ci 'error' "$out/trivy.err" | sed 's/^/trivy (last run): lines of standard error naming an error: /' || true
fi
if [ -n "$tfsec" ]; then
  grep -m1 '^Error' "$out/tfsec.out" || true
fi
for tool in checkov kics; do
  command -v "$tool" >/dev/null || echo "$tool not on PATH: not compared"
done
