#!/usr/bin/env bash
# Restores a backup made by backup.sh into a new database on the same server, in one transaction: either every
# table and row is there, or the new database is dropped again.
#   scripts/restore.sh FILE [DATABASE]     default DATABASE: <the portal's database>_restored
# Point the portal at the restored database (ConnectionStrings__Main) once it is checked; the old one is left as is.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/common.sh

[ $# -ge 1 ] && [ -f "$1" ] || { log "usage: scripts/restore.sh FILE [DATABASE]"; exit 2; }
use_portal_database
file=$1
target=${2:-${PGDATABASE}_restored}
bin=$(pg_bin)
if [ -n "$("$bin/psql" -d postgres -Atc "SELECT 1 FROM pg_database WHERE datname = '${target//\'/\'\'}'")" ]; then
  log "the database $target already exists: choose another name or drop it first"
  exit 1
fi
"$bin/createdb" "$target"
if ! "$bin/pg_restore" --no-owner --no-privileges --exit-on-error --single-transaction -d "$target" "$file"; then
  "$bin/dropdb" "$target"
  log "restore failed; $target was dropped"
  exit 1
fi
log "restored $file into $target: $("$bin/psql" -d "$target" -Atc "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'") tables"
