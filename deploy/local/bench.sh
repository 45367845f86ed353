#!/usr/bin/env bash
# The benchmarks: builds the generator and benchmark project (deploy/bench/), starts the suite with
# run.sh --detach unless it already answers, and measures it through its public APIs, beside the raw
# parts (JDBC, a plain Kafka consumer, SQL) on the same machine. Not part of the test command.
# The report (Markdown and JSON) goes to .local/bench/<time>/, with .local/bench/latest pointing at it.
#   bench.sh                                  everything, with the sizes of the performance targets
#   bench.sh --budgets 200 --runs 3           a smaller ingest; see BenchMain for every option
#   bench.sh --only accuracy,nightly          some benchmarks only
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

log "building the benchmarks"
(cd "$BUDGET_ROOT/deploy/bench" && mvn -B -q package dependency:copy-dependencies -DoutputDirectory=target/lib)
if ! curl -fs http://127.0.0.1:8085/q/health/ready >/dev/null 2>&1; then
  "$BUDGET_ROOT/deploy/local/run.sh" --detach
fi
"$BUDGET_ROOT/deploy/local/infra.sh" up >/dev/null
export BUDGET_ROOT BUDGET_STATE
BUDGET_BENCH_TOKEN="$(mint_token bench-runner finance-admin)" \
  java -Xms256m -Xmx2g -cp "$BUDGET_ROOT/deploy/bench/target/budget-bench-1.jar:$BUDGET_ROOT/deploy/bench/target/lib/*" \
  gov.budget.bench.BenchMain "$@"
