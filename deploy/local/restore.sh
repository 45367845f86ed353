#!/usr/bin/env bash
# Restores a dump that backup.sh took: every database in it goes back to the dump's instant.
# Stop the services first (run.sh stop). Then start them and run a full reconciliation
# (POST /reconciliation-runs): when not every database was restored to the same point, it finds
# the drift between reconciliation's projections and the owning services, and repairs it.
#   restore.sh FILE
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

[ $# -eq 1 ] || die "usage: $0 FILE (a dump from backup.sh)"
[ -f "$1" ] || die "no such dump: $1"
client="$(command -v mariadb || command -v mysql)" || die "no mariadb or mysql client found (apt-get install mariadb-client)"
gzip -t "$1" || die "$1 is not a complete gzip file"

gunzip -c "$1" | MYSQL_PWD="$BUDGET_DB_PASSWORD" "$client" -h "$BUDGET_DB_HOST" -P "$BUDGET_DB_PORT" --protocol=TCP \
  -u "$BUDGET_DB_USER" --default-character-set=utf8mb4
log "restored $(gunzip -c "$1" | grep '^CREATE DATABASE' | grep -o '`[^`]*`' | tr -d '`' | tr '\n' ' ')from $1"
