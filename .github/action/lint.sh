#!/usr/bin/env bash
# The lint step of the soc2lint GitHub Action (action.yml). One scan writes
# every report: SARIF for code scanning, text for the job log, the SOC 2
# checklist for the job summary and, when the SARIF is not uploaded, GitHub
# annotations, so that findings still show on the pull request. It always
# exits 0 and leaves the verdict in the exit-code output, so that the SARIF
# upload runs first.
#
# Inputs come from the environment, never from the command line. Paths and
# args are split as a shell splits words (quotes and backslashes), by
# xargs, without any shell evaluation: no variables, globs or commands.
set -uo pipefail
bin="${SOC2LINT_BIN:-$RUNNER_TEMP/soc2lint}"
tmp="${RUNNER_TEMP:-${TMPDIR:-/tmp}}"
out="${GITHUB_OUTPUT:-/dev/null}"

# split INPUT VALUE: split VALUE into the array "words" as a shell splits
# words; on unbalanced quotes, fail the step with exit code 2.
split() {
  words=()
  local list="$tmp/soc2lint-words"
  if ! printf '%s' "$2" | xargs -r printf '%s\0' > "$list" 2> "$list.err"; then
    echo "::error title=soc2lint::cannot split the $1 input into words: $(cat "$list.err")"
    echo "exit-code=2" >> "$out"
    exit 0
  fi
  while IFS= read -r -d '' w; do words+=("$w"); done < "$list"
}
split path "${SOC2LINT_PATHS:-.}"
paths=("${words[@]+"${words[@]}"}")
split args "${SOC2LINT_ARGS:-}"
args=("${words[@]+"${words[@]}"}")
[ "${#paths[@]}" -eq 0 ] && paths=(.)
flags=()
if [ -n "${SOC2LINT_FAIL_ON:-}" ]; then
  flags+=(--fail-on "$SOC2LINT_FAIL_ON")
fi

# SARIF: relative to the workspace unless absolute; its directory is made.
sarif="${SOC2LINT_SARIF:-soc2lint.sarif}"
case $sarif in
  /*) ;;
  *) sarif="$PWD/$sarif" ;;
esac
mkdir -p "$(dirname "$sarif")"
formats=(--format "sarif=$sarif" --format text --color never)
checklist="$tmp/soc2lint-checklist.md"
formats+=(--format "checklist=$checklist")
annotations=""
if [ "${SOC2LINT_ANNOTATE:-false}" = "true" ]; then
  annotations="$tmp/soc2lint-annotations.txt"
  formats+=(--format "github=$annotations")
fi

"$bin" lint "${formats[@]}" "${flags[@]+"${flags[@]}"}" "${args[@]+"${args[@]}"}" -- "${paths[@]}"
code=$?
{
  echo "exit-code=$code"
  if [ -s "$sarif" ]; then echo "sarif-file=$sarif"; fi
  if [ -s "$checklist" ]; then echo "checklist-file=$checklist"; fi
} >> "$out"

# Annotations: workflow commands read from the log.
if [ -n "$annotations" ] && [ -s "$annotations" ]; then
  cat "$annotations"
fi

# The checklist in the job summary, cut under GitHub's 1 MiB limit for one
# step's summary, at a line end, with a note saying so.
limit="${SOC2LINT_SUMMARY_LIMIT:-1000000}"
if [ "${SOC2LINT_SUMMARY:-true}" = "true" ] && [ -n "${GITHUB_STEP_SUMMARY:-}" ] && [ -s "$checklist" ]; then
  size=$(wc -c < "$checklist")
  if [ "$size" -le "$limit" ]; then
    cat "$checklist" >> "$GITHUB_STEP_SUMMARY"
  else
    note=$'\n\n> **Cut:** the SOC 2 checklist report is '"$size"' bytes, over the job summary limit; the rest is left out. The whole report is the `checklist-file` output of this step.\n'
    keep=$((limit - ${#note}))
    head -c "$keep" "$checklist" | sed '$d' >> "$GITHUB_STEP_SUMMARY"
    printf '%s' "$note" >> "$GITHUB_STEP_SUMMARY"
  fi
fi
case $code in
  0) echo "soc2lint: no finding at or above the threshold" ;;
  1) echo "::error title=soc2lint::findings at or above the threshold (see the log and code scanning)" ;;
  *) echo "::error title=soc2lint::soc2lint could not scan everything (exit code $code): see the errors above" ;;
esac
exit 0
