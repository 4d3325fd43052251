#!/usr/bin/env bash
# Backs up the portal's database with pg_dump in the custom format (compressed; restore.sh reads it).
#   scripts/backup.sh [FILE]     default: backups/metodportal-YYYYmmdd-HHMMSS.dump
# The database is ConnectionStrings__Main when set, otherwise run.sh's cluster (docs/operations.md).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/common.sh

use_portal_database
file=${1:-backups/metodportal-$(date +%Y%m%d-%H%M%S).dump}
mkdir -p "$(dirname "$file")"
# Written next to the target first, so an interrupted dump never leaves a file that looks complete.
"$(pg_bin)/pg_dump" --format=custom --no-owner --no-privileges --file="$file.part" "$PGDATABASE"
mv "$file.part" "$file"
log "backup of $PGDATABASE written to $file ($(du -h "$file" | cut -f1))"
