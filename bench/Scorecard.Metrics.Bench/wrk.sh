#!/usr/bin/env bash
# HTTP load on the dashboard and the weekly endpoint while a sync runs, with Debian's wrk.
# Usage: [WRK_SECONDS=20] [WRK_SYNC=off] [WRK_VIEWERS=64] bench/Scorecard.Metrics.Bench/wrk.sh [database file loaded by the bench] [port]
# Copies the database (the bench's stays untouched), starts the server on the port (never 8000) in demo
# mode with a live tenant (an hour a minute) and a sync every 10 s, so syncs keep writing rows and moving the
# data version while wrk runs 1, 16, 64 and 256 connections for 20 s each on /scorecard and the weekly endpoint,
# then 64 on /api/health: the floor a request costs on this machine (one small read, no report), for comparison.
set -euo pipefail
cd "$(dirname "$0")/../.."
source_db="${1:-/tmp/scorecard-xl.db}"
port="${2:-8123}"
seconds="${WRK_SECONDS:-20}"
sync="${WRK_SYNC:-on}"   # WRK_SYNC=off: the same load with the sync stopped, for comparison
viewers="${WRK_VIEWERS:-1}"   # WRK_VIEWERS=64: requests take turns among 64 viewer keys made for this run (64 people, not one script)
command -v wrk >/dev/null || { echo "wrk.sh: apt-get install wrk" >&2; exit 1; }
# Every page needs a user or an API key: a throwaway admin key for this run only (never printed).
key="$(head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 40)"
auth="Authorization: Bearer $key"
db=/tmp/scorecard-wrk-$port.db   # per port, so two runs on two ports do not share a copy
rm -f "$db" "$db-wal" "$db-shm"
cp "$source_db" "$db"

dotnet build -c Release src/Scorecard.Server -v q -nologo >/dev/null
log=/tmp/scorecard-wrk-server-$port.log
SCORECARD_API_KEY="$key" ConnectionStrings__Scorecard="Data Source=$db" Scorecard__Sync__Enabled=$([ "$sync" = on ] && echo true || echo false) Scorecard__Sync__Interval=00:00:10 Scorecard__Demo__LiveSpeed=60 \
  Logging__LogLevel__Default=Warning ASPNETCORE_ENVIRONMENT=Production \
  src/Scorecard.Server/bin/Release/net10.0/Scorecard.Server --urls "http://127.0.0.1:$port" >"$log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$port/api/health" >/dev/null && break
  sleep 1
done

base="http://127.0.0.1:$port"
# "While a sync runs" means the steady state: incremental cycles every 10 s on a live tenant. The first sync of the
# demo tenant into the copy (its whole history) is waited for, so the load does not measure a one-off initial load.
if [ "$sync" = on ]; then
  for _ in $(seq 1 600); do
    state=$(curl -sf -H "$auth" "$base/api/v1/sync" || true)
    grep -q '"cycles_completed":[1-9]' <<<"$state" && ! grep -q '"complete":false' <<<"$state" && break
    sleep 1
  done
  echo "first sync done after $SECONDS s; measuring with a sync every 10 s"
fi
curl -sf -H "$auth" -o /dev/null "$base/scorecard"; curl -sf -H "$auth" -o /dev/null "$base/api/autotask/scorecard/weekly"
# Several viewers: viewer keys made through the API for this copy only, in a Lua script wrk takes them from in turn
# (the script is deleted on exit; no key is printed).
script=()
if [ "$viewers" -gt 1 ]; then
  lua=/tmp/scorecard-wrk-$port.lua
  trap 'kill $server 2>/dev/null || true; rm -f "$lua"' EXIT
  { echo 'local keys = {'
    for i in $(seq 1 "$viewers"); do
      created=$(curl -sf -H "$auth" -H 'Content-Type: application/json' -d "{\"name\":\"wrk viewer $i\",\"role\":\"viewer\"}" "$base/api/v1/apikeys")
      echo "  'Bearer $(grep -o '"key":"[^"]*"' <<<"$created" | cut -d'"' -f4)',"
    done
    echo '}'
    echo 'local n = 0'
    echo 'request = function() n = n + 1; return wrk.format(nil, nil, { Authorization = keys[n % #keys + 1] }) end'
  } > "$lua"
  script=(-s "$lua")
  echo "$viewers viewers, each request as the next one in turn"
fi
for path in /scorecard /api/autotask/scorecard/weekly /api/health; do
  clients="1 16 64 256"; [ "$path" = /api/health ] && clients=64
  for c in $clients; do
    threads=$(( c < 2 ? 1 : 2 ))
    out=$(wrk -t"$threads" -c"$c" -d"${seconds}s" --timeout 10s --latency -H "$auth" "${script[@]}" "$base$path")
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    p50=$(awk '$1=="50%" {print $2}' <<<"$out")
    p99=$(awk '$1=="99%" {print $2}' <<<"$out")
    errors=$(awk '/Non-2xx|Socket errors/ {printf "%s ", $0}' <<<"$out")
    version=$(curl -sf -H "$auth" "$base/api/v1/scorecards/roc/grid?weeks=1" | grep -o '"data_version":[0-9]*' || true)
    printf '%-34s %4d clients  %9s req/s  p50 %8s  p99 %8s  %s  %s\n' "$path" "$c" "$rps" "$p50" "$p99" "${errors:-no errors}" "$version"
  done
done
echo "sync while loaded: $(grep -c 'Synced' "$log" || true) sync log lines at Warning level; health:"
curl -sf -H "$auth" "$base/api/health" | head -c 600; echo
