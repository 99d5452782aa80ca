#!/usr/bin/env bash
# The lint step of the soc2lint GitHub Action (action.yml). It runs the
# binary the previous step built at $RUNNER_TEMP/soc2lint three times over
# the same input: SARIF for code scanning, text for the job log, and the
# SOC 2 checklist for the job summary. It always exits 0 and leaves the
# verdict in the exit-code output, so that the SARIF upload runs first.
#
# Inputs come from the environment, never from the command line, and are
# split on white space without any shell evaluation.
set -uo pipefail
bin="${SOC2LINT_BIN:-$RUNNER_TEMP/soc2lint}"
read -r -a paths <<< "${SOC2LINT_PATHS:-.}"
read -r -a extra <<< "${SOC2LINT_ARGS:-}"
[ "${#paths[@]}" -eq 0 ] && paths=(.)
flags=()
if [ -n "${SOC2LINT_FAIL_ON:-}" ]; then
  flags+=(--fail-on "$SOC2LINT_FAIL_ON")
fi
sarif="${SOC2LINT_SARIF:-soc2lint.sarif}"

"$bin" lint --format sarif --output "$sarif" "${flags[@]}" "${extra[@]}" -- "${paths[@]}"
code=$?
echo "exit-code=$code" >> "${GITHUB_OUTPUT:-/dev/null}"

# The same scan, for people: findings in the log...
"$bin" lint --format text --no-color --exit-zero "${flags[@]}" "${extra[@]}" -- "${paths[@]}"
# ...and the checklist in the job summary.
if [ "${SOC2LINT_SUMMARY:-true}" = "true" ] && [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
  "$bin" lint --format checklist --exit-zero "${flags[@]}" "${extra[@]}" -- "${paths[@]}" >> "$GITHUB_STEP_SUMMARY"
fi
case $code in
  0) echo "soc2lint: no finding at or above the threshold" ;;
  1) echo "::error title=soc2lint::findings at or above the threshold (see the log and code scanning)" ;;
  *) echo "::error title=soc2lint::soc2lint could not scan everything (exit code $code): see the errors above" ;;
esac
exit 0
