#!/usr/bin/env bash
# Takes a consistent dump of the six services' databases: one transaction (--single-transaction)
# covers them all, so every database is as of the same instant. Restore it with restore.sh.
#   backup.sh                          into .local/backups/<UTC time>.sql.gz
#   backup.sh --to FILE                into FILE
#   backup.sh --databases "a b"        other databases, for example the tests' copies
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

databases="budget_ledger budget_performance budget_procurement budget_asset budget_reconciliation budget_import"
to=""
while [ $# -gt 0 ]; do
  case "$1" in
    --to) to="$2"; shift 2 ;;
    --databases) databases="$2"; shift 2 ;;
    *) die "unknown option $1; see the head of $0" ;;
  esac
done
[ -n "$to" ] || to="$BUDGET_STATE/backups/$(date -u +%Y%m%dT%H%M%SZ).sql.gz"
mkdir -p "$(dirname "$to")"
dump="$(command -v mariadb-dump || command -v mysqldump)" || die "no mariadb-dump or mysqldump found (apt-get install mariadb-client)"

# written aside and renamed when complete, so that a failed dump never looks like a backup
# shellcheck disable=SC2086
MYSQL_PWD="$BUDGET_DB_PASSWORD" "$dump" -h "$BUDGET_DB_HOST" -P "$BUDGET_DB_PORT" --protocol=TCP -u "$BUDGET_DB_USER" \
  --single-transaction --routines --triggers --hex-blob --default-character-set=utf8mb4 --databases $databases \
  | gzip > "$to.partial"
mv "$to.partial" "$to"
log "backed up $databases to $to"
