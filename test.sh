#!/usr/bin/env bash
# Installs what the tests need that is missing (Chromium, PostgreSQL, fonts, libgdiplus), then runs
# every test with none skipped: SCORECARD_REQUIRE_TOOLS=1 turns a "tool missing" skip into a failure.
set -euo pipefail
cd "$(dirname "$0")"

need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || need+=(postgresql)
[ -d /usr/share/fonts/truetype/dejavu ] || need+=(fonts-dejavu-core)
ldconfig -p 2>/dev/null | grep -q libgdiplus || need+=(libgdiplus)

if [ ${#need[@]} -gt 0 ]; then
  echo "test.sh: installing ${need[*]}"
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "test.sh: need root or sudo to install ${need[*]}" >&2; exit 1; }
    sudo="sudo"
  fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

export SCORECARD_REQUIRE_TOOLS=1
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet test --solution Scorecard.slnx "$@"
