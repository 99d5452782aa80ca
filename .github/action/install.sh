#!/usr/bin/env bash
# The install step of the soc2lint GitHub Action (action.yml): puts a
# soc2lint binary at $SOC2LINT_BIN.
#
# A released version (the version input, or else the tag the action is used
# at, as in soc2lint/soc2lint@v1.2.3) is downloaded from the repository's
# GitHub release, as other linters' actions do, and checked against the
# release's SHA-256 checksum file. Otherwise, or when that fails, soc2lint
# is built from the action's own source ($GITHUB_ACTION_PATH) with the Go
# already on the runner: GOTOOLCHAIN=auto fetches the Go version go.mod
# needs into the module cache for this build only, so the caller's Go stays
# as it is. Without any Go, it writes need-go=true to $GITHUB_OUTPUT and
# exits 0: the action then sets Go up and runs this script again.
set -uo pipefail
out="${GITHUB_OUTPUT:-/dev/null}"
bin="${SOC2LINT_BIN:-$RUNNER_TEMP/soc2lint}"
src="${GITHUB_ACTION_PATH:-.}"
releases="${SOC2LINT_RELEASES:-https://github.com/soc2lint/soc2lint/releases/download}"

version="${SOC2LINT_VERSION:-}"
if [ -z "$version" ]; then
  case "${SOC2LINT_ACTION_REF:-}" in
    v[0-9]*.[0-9]*.[0-9]*) version="$SOC2LINT_ACTION_REF" ;;
  esac
fi

download() {
  local v="v${version#v}" os arch ext=tar.gz exe=""
  case "${RUNNER_OS:-$(uname -s)}" in
    Linux) os=linux ;;
    macOS | Darwin) os=darwin ;;
    Windows) os=windows ext=zip exe=.exe ;;
    *) echo "soc2lint: no release build for ${RUNNER_OS:-this system}"; return 1 ;;
  esac
  case "${RUNNER_ARCH:-$(uname -m)}" in
    X64 | x86_64 | amd64) arch=amd64 ;;
    ARM64 | arm64 | aarch64) arch=arm64 ;;
    *) echo "soc2lint: no release build for ${RUNNER_ARCH:-this machine}"; return 1 ;;
  esac
  local archive="soc2lint_${v#v}_${os}_${arch}.${ext}" sums="soc2lint_${v#v}_checksums.txt"
  local dir
  dir=$(mktemp -d) || return 1
  echo "soc2lint: downloading $archive ($v)"
  curl -fsSL --retry 3 -o "$dir/$archive" "$releases/$v/$archive" &&
    curl -fsSL --retry 3 -o "$dir/$sums" "$releases/$v/$sums" || return 1
  local want got
  want=$(awk -v f="$archive" '$2 == f { print $1 }' "$dir/$sums")
  if command -v sha256sum >/dev/null 2>&1; then
    got=$(sha256sum "$dir/$archive" | awk '{print $1}')
  else
    got=$(shasum -a 256 "$dir/$archive" | awk '{print $1}')
  fi
  if [ -z "$want" ] || [ "$want" != "$got" ]; then
    echo "::warning title=soc2lint::$archive does not match its SHA-256 in $sums; not using it"
    return 1
  fi
  if [ "$ext" = zip ]; then
    (cd "$dir" && unzip -q -o "$archive" "soc2lint$exe") || return 1
  else
    tar -xzf "$dir/$archive" -C "$dir" soc2lint || return 1
  fi
  mkdir -p "$(dirname "$bin")" && mv "$dir/soc2lint$exe" "$bin" && chmod +x "$bin"
}

if [ -n "$version" ] && [ "$version" != "source" ]; then
  if download; then
    echo "installed=release" >> "$out"
    "$bin" version
    exit 0
  fi
  echo "::notice title=soc2lint::no usable release binary for $version; building from source"
fi

if ! command -v go >/dev/null 2>&1; then
  echo "need-go=true" >> "$out"
  exit 0
fi
echo "soc2lint: building from source with $(go version)"
(cd "$src" && GOTOOLCHAIN=auto CGO_ENABLED=0 go build -trimpath -o "$bin" ./cmd/soc2lint) || exit 1
echo "installed=source" >> "$out"
"$bin" version
