#!/usr/bin/env bash
# Security scanners against a running portal (./run.sh in another terminal; they post forms, so use a throwaway
# database): wapiti crawls and attacks every page a signed-in user reaches, sqlmap tries SQL injection on the search
# and filter parameters of the lists. Bounded in time; reports under ${OUT:-TestResults/scan}.
#   scripts/scan.sh [base-url]        (default http://127.0.0.1:5080; LOGIN / PASSWORD choose the user,
#                                      TOOLS="wapiti" or "sqlmap" runs one of them)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
. "$root/scripts/common.sh"
ensure_packages wapiti sqlmap curl

base=${1:-http://127.0.0.1:5080}
login=${LOGIN:-coordinator@demo.local}
out=${OUT:-$root/TestResults/scan}
mkdir -p "$out"
jar=$(mktemp)
trap 'rm -f "$jar"' EXIT
curl -fsS "$base/health" >/dev/null || { log "no portal at $base (start ./run.sh first)"; exit 1; }
cookie=$(portal_sign_in "$base" "$login" "${PASSWORD:-Demo-2026}" "$jar")

tools=${TOOLS:-wapiti sqlmap}
if [[ $tools == *wapiti* ]]; then
log "wapiti: crawl and attack as $login (at most ${SCAN_SECONDS:-300} s)"
# No -x for the sign-out form: Debian's wapiti 3.0.4 crashes on any exclusion under Python 3.11 (wildcard_translate).
wapiti -u "$base/" --scope folder -H "Cookie: $cookie" --max-scan-time "${SCAN_SECONDS:-300}" \
  --max-attack-time 60 --flush-session -f txt -o "$out/wapiti.txt" --color >"$out/wapiti.log" 2>&1 || true
sed -n '/Summary of vulnerabilities/,/^\*\*\*/p' "$out/wapiti.txt" | head -40
fi

[[ $tools == *sqlmap* ]] || exit 0
rm -f "$out/sqlmap.log"
# The search box of each list (-p: the parameter is tested even where a page does not change with it).
for list in "/staff?Q=%D0%B0" "/organizations?Q=%D1%88" "/routes?Q=%D0%B0" "/diagnostics?Q=%D0%B0" "/events?Q=%D0%B0"; do
  log "sqlmap: $list"
  timeout 300 sqlmap -u "$base$list" -p "$(sed 's/.*?\([A-Za-z]*\)=.*/\1/' <<<"$list")" --cookie "$cookie" --batch --level 2 --risk 1 --flush-session \
    --output-dir "$out/sqlmap" >>"$out/sqlmap.log" 2>&1 || true
done
grep -E "might be injectable|is vulnerable|appears to be|do not appear to be injectable|all tested parameters" "$out/sqlmap.log" | sort | uniq -c
