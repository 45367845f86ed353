# Shared settings of the local scripts. Every value can be overridden from the environment.
# shellcheck shell=bash
BUDGET_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BUDGET_STATE="${BUDGET_STATE:-$BUDGET_ROOT/.local}"

export BUDGET_DB_HOST="${BUDGET_DB_HOST:-127.0.0.1}"
export BUDGET_DB_PORT="${BUDGET_DB_PORT:-3306}"
export BUDGET_DB_USER="${BUDGET_DB_USER:-budget}"
export BUDGET_DB_PASSWORD="${BUDGET_DB_PASSWORD:-budget}"
export BUDGET_KAFKA_HOST="${BUDGET_KAFKA_HOST:-127.0.0.1}"
export BUDGET_KAFKA_PORT="${BUDGET_KAFKA_PORT:-9092}"
export BUDGET_KAFKA_CONTROLLER_PORT="${BUDGET_KAFKA_CONTROLLER_PORT:-9093}"
export BUDGET_KAFKA_BOOTSTRAP="${BUDGET_KAFKA_BOOTSTRAP:-$BUDGET_KAFKA_HOST:$BUDGET_KAFKA_PORT}"

# Each service owns one database; the tests use their own copies, suffixed _test.
BUDGET_DATABASES="budget_ledger budget_performance budget_procurement budget_asset budget_reconciliation"
# The tests publish to their own topics, prefixed test., so they never touch a running suite's data.
BUDGET_TOPICS="budget.ledger.v1 budget.performance.v1 budget.procurement.v1 budget.asset.v1 budget.reconciliation.v1"
BUDGET_TOPIC_PARTITIONS="${BUDGET_TOPIC_PARTITIONS:-3}"

log() { printf '[budget] %s\n' "$*"; }
die() { printf '[budget] error: %s\n' "$*" >&2; exit 1; }

# True when something accepts TCP connections on host $1 port $2.
port_open() { (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; }

# Waits up to $3 seconds for host $1 port $2 to accept connections.
wait_port() {
  local deadline=$((SECONDS + $3))
  until port_open "$1" "$2"; do
    [ "$SECONDS" -lt "$deadline" ] || return 1
    sleep 0.5
  done
}
