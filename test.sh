#!/usr/bin/env bash
# Sets up and runs every test against a real PostgreSQL (a throwaway cluster per test project, unless
# METODPORTAL_TEST_PG names a server). Ends with the line "N passed, N failed"; exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")"
. scripts/common.sh

ensure_packages postgresql fonts-dejavu-core poppler-utils libreoffice-calc-nogui chromium curl jq nginx
ensure_dotnet
ensure_assets
log "building"
dotnet build MetodPortal.sln -c Release -nologo -v q -clp:ErrorsOnly

# The model and the migrations agree: a changed model without `dotnet ef migrations add` fails here (exit 1).
log "checking the migrations against the model"
dotnet tool restore >/dev/null
dotnet ef migrations has-pending-model-changes --project src/MetodPortal.Data --startup-project src/MetodPortal.Data \
  --configuration Release --no-build

# On this kind of VM the .NET GC lets a test host's heap grow past 12 GB of garbage before it collects (measured:
# peak 13 GB for one web test class, 2.1 GB with a limit, same result), so two runs at once exhaust memory. A hard
# limit makes it collect in time; it is far above what the tests keep alive.
export DOTNET_GCHeapHardLimit="${DOTNET_GCHeapHardLimit:-0x180000000}"

rm -rf TestResults
status=0
for project in tests/*/*.csproj; do
  grep -q '<IsTestProject>true</IsTestProject>' "$project" || continue
  name=$(basename "$project" .csproj)
  log "testing $name"
  dotnet test "$project" -c Release --no-build -nologo --logger "trx;LogFileName=$name.trx" --results-directory TestResults || status=1
done

[ -f TestResults/test-database.txt ] && while read -r line; do log "$line"; done < TestResults/test-database.txt

passed=0
failed=0
for trx in TestResults/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx")
  passed=$((passed + $(sed -E 's/.* passed="([0-9]+)".*/\1/' <<<"$counters")))
  failed=$((failed + $(sed -E 's/.* failed="([0-9]+)".*/\1/' <<<"$counters")))
done
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi  # a project that crashed before reporting
if [ "$failed" -ne 0 ]; then
  # The logs of a failed run are kept (TestResults/ is cleared at the next start) and the failed tests named.
  kept=artifacts/test-results/$(date -u +%Y%m%dT%H%M%SZ)
  mkdir -p "$kept" && cp TestResults/*.trx "$kept"/ 2>/dev/null || true
  log "failed tests (TRX logs kept in $kept):"
  for trx in TestResults/*.trx; do
    [ -f "$trx" ] || continue
    grep -o '<UnitTestResult [^>]*outcome="Failed"[^>]*>' "$trx" | sed -E 's/.* testName="([^"]*)".*/  \1/' >&2 || true
  done
fi
[ -d artifacts/screenshots ] && log "the browser journeys' screenshots: artifacts/screenshots/"
echo "$passed passed, $failed failed"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
