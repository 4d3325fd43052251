#!/usr/bin/env bash
# Lighthouse (desktop) on a running portal (./run.sh in another terminal): the pages of the browser journeys, each as
# the user who walks it, scored for performance, accessibility and best practices with Debian's Chromium. Fails
# unless every score is at least ${MIN_SCORE:-98}. Reports (HTML and JSON) are left in artifacts/lighthouse/.
#   scripts/lighthouse.sh [base-url]        (default http://127.0.0.1:5080; PASSWORD is the demo users')
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
. "$root/scripts/common.sh"
ensure_packages curl jq chromium
command -v npm >/dev/null || ensure_packages nodejs npm

base=${1:-http://127.0.0.1:5080}
password=${PASSWORD:-Demo-2026}
minimum=${MIN_SCORE:-98}
tool=$root/scripts/lighthouse
out=$root/artifacts/lighthouse
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if ! cmp -s "$tool/package-lock.json" "$tool/node_modules/.installed-lock.json" 2>/dev/null; then
  log "installing Lighthouse (npm ci in scripts/lighthouse)"
  (cd "$tool" && npm ci --no-audit --no-fund --loglevel=error >/dev/null && cp package-lock.json node_modules/.installed-lock.json)
fi

curl -fsS "$base/health" >/dev/null || { log "no portal at $base (start ./run.sh first)"; exit 1; }
mkdir -p "$out"

# The user's Cookie header as Lighthouse's extra headers (a JSON file); none for the sign-in page.
headers_of() {
  local login=$1 file=$work/$1.json
  if [ "$login" = - ]; then echo '{}' >"$file"; else
    jq -n --arg cookie "$(portal_sign_in "$base" "$login" "$password" "$work/$login.jar")" '{Cookie: $cookie}' >"$file"
  fi
  echo "$file"
}

# The open campaign's dashboard, found as the ministry finds it.
ministry_headers=$(headers_of ministry@demo.local)
campaign=$(curl -fsS -b "$work/ministry@demo.local.jar" "$base/monitoring" | grep -o 'href="/monitoring/[0-9]*"' | tail -1 | sed 's/href="//;s/"$//')

pages=(
  "- /Account/Login"
  "methodist@demo.local /"
  "methodist@demo.local /diagnostics"
  "methodist@demo.local /routes"
  "school@demo.local /staff"
  "school@demo.local /mentoring"
  "ministry@demo.local $campaign/dashboard"
  "ministry@demo.local /plan"
  "teacher@demo.local /"
)

failed=0
printf '| page | user | performance | accessibility | best practices |\n| --- | --- | --- | --- | --- |\n'
for entry in "${pages[@]}"; do
  login=${entry%% *}
  path=${entry#* }
  if [ "$login" = ministry@demo.local ]; then headers=$ministry_headers; else headers=$(headers_of "$login"); fi
  name=$(echo "${login%@*}$path" | tr -c 'a-zA-Z0-9\n' '-')
  CHROME_PATH=/usr/bin/chromium "$tool/node_modules/.bin/lighthouse" "$base$path" --quiet --preset=desktop \
    --only-categories=performance,accessibility,best-practices --chrome-flags="--headless=new --no-sandbox --disable-gpu" \
    --extra-headers="$headers" --output=json --output=html --output-path="$out/$name" >/dev/null 2>"$work/lighthouse.log" \
    || { log "Lighthouse failed on $path"; cat "$work/lighthouse.log" >&2; exit 1; }
  report=$out/$name.report.json
  [ "$(jq -r '.finalDisplayedUrl' "$report")" = "$base$path" ] || { log "$path as $login ended elsewhere: $(jq -r '.finalDisplayedUrl' "$report")"; exit 1; }
  read -r performance accessibility practices < <(jq -r '[.categories.performance.score, .categories.accessibility.score, .categories["best-practices"].score] | map(. * 100 | round) | @tsv' "$report")
  printf '| %s | %s | %s | %s | %s |\n' "$path" "$login" "$performance" "$accessibility" "$practices"
  for score in "$performance" "$accessibility" "$practices"; do
    [ "$score" -ge "$minimum" ] || failed=1
  done
done

[ "$failed" = 0 ] || { log "a score is under $minimum (reports in artifacts/lighthouse/)"; exit 1; }
log "every score is at least $minimum"
