#!/usr/bin/env bash
# Load on a running portal (./run.sh in another terminal): signs in as a municipal coordinator and has wrk load the
# monitoring dashboard, the staff list and a person's edit form in turn, for ${DURATION:-60} s over ${CONNECTIONS:-32}
# connections on ${THREADS:-2} threads. Fails unless every response was 200.
#   scripts/load.sh [base-url]        (default http://127.0.0.1:5080; LOGIN / PASSWORD choose the user)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
. "$root/scripts/common.sh"
ensure_packages wrk curl

base=${1:-http://127.0.0.1:5080}
login=${LOGIN:-coordinator@demo.local}
password=${PASSWORD:-Demo-2026}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
jar=$work/cookies

curl -fsS "$base/health" >/dev/null || { log "no portal at $base (start ./run.sh first)"; exit 1; }
cookie=$(portal_sign_in "$base" "$login" "$password" "$jar")

# The pages, found as a user finds them: the open campaign's dashboard, the staff list, the first person's form.
campaign=$(curl -fsS -b "$jar" "$base/monitoring" | grep -o 'href="/monitoring/[0-9]*"' | tail -1 | sed 's/href="//;s/"$//')
dashboard=$(curl -fsS -o /dev/null -L -b "$jar" -w '%{url_effective}' "$base$campaign/dashboard") # where the coordinator lands
dashboard=${dashboard#"$base"}
person=$(curl -fsS -b "$jar" "$base/staff" | grep -o 'href="/staff/[0-9]*"' | head -1 | sed 's/href="//;s/"$//')
paths=("$dashboard" "/staff" "$person/edit")
for path in "${paths[@]}"; do
  [ "$(curl -sS -o /dev/null -w '%{http_code}' -b "$jar" "$base$path")" = 200 ] || { log "$path does not answer 200 as $login"; exit 1; }
done

cat >"$work/pages.lua" <<LUA
local paths = { "${paths[0]}", "${paths[1]}", "${paths[2]}" }
local i = 0
wrk.headers["Cookie"] = "$cookie"
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
done = function(summary, latency)
  local e = summary.errors
  io.write(string.format("RESULT requests=%d errors=%d non200=%d rps=%.1f p50=%.1fms p99=%.1fms max=%.1fms\n",
    summary.requests, e.connect + e.read + e.write + e.timeout, e.status, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
LUA

log "wrk: ${DURATION:-60} s, ${CONNECTIONS:-32} connections, as $login: ${paths[*]}"
wrk -t"${THREADS:-2}" -c"${CONNECTIONS:-32}" -d"${DURATION:-60}s" --timeout 10s --latency -s "$work/pages.lua" "$base" | tee "$work/out"
result=$(grep '^RESULT' "$work/out")
errors=$(sed 's/.*errors=\([0-9]*\).*/\1/' <<<"$result")
non200=$(sed 's/.*non200=\([0-9]*\).*/\1/' <<<"$result")
if [ "$errors" != 0 ] || [ "$non200" != 0 ]; then
  log "FAILED: $errors socket errors, $non200 responses other than 200"
  exit 1
fi
log "OK: 0 errors"
