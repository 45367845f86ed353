#!/usr/bin/env bash
# The run command: builds the modules, brings the infrastructure up, starts the six services and the console,
# loads the sample budget, waits until reconciliation has processed it and prints a summary.
# Then it keeps the services in the foreground until Ctrl-C.
#   run.sh            run in the foreground
#   run.sh --detach   start, load, summarise, and return (stop later with: run.sh stop)
#   run.sh stop       stop services started by run.sh
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

RUN_DIR="$BUDGET_STATE/run"
LOGS="$BUDGET_STATE/logs"
SAMPLE="$BUDGET_ROOT/deploy/samples/323-2024"
# service name and port, in start order
SERVICES="budget-ledger-service:8081 performance-service:8082 procurement-service:8083 asset-service:8084 reconciliation-service:8085 disclosure-import-service:8086 bureau-console:8080"
LEDGER="http://127.0.0.1:8081"
PERFORMANCE="http://127.0.0.1:8082"
PROCUREMENT="http://127.0.0.1:8083"
ASSET="http://127.0.0.1:8084"
RECONCILIATION="http://127.0.0.1:8085"
IMPORTS="http://127.0.0.1:8086"

stop_services() {
  local any=""
  for pidfile in "$RUN_DIR"/*.pid; do
    [ -f "$pidfile" ] || continue
    local pid; pid="$(cat "$pidfile")"
    if kill -0 "$pid" 2>/dev/null; then
      kill "$pid"; any=1
      log "stopping $(basename "$pidfile" .pid)"
    fi
    rm -f "$pidfile"
  done
  if [ -n "$any" ]; then
    # Quarkus shuts down cleanly on SIGTERM: the relay and the consumer finish their round
    local deadline=$((SECONDS + 30))
    while pgrep -f "$BUDGET_ROOT/.*/quarkus-run.jar" >/dev/null && [ "$SECONDS" -lt "$deadline" ]; do sleep 0.5; done
  fi
}

# Runs each service's database migrations in a JVM of its own that exits once they are done (Quarkus'
# quarkus.init-and-exit), all services at once. The services then start without migrating: Liquibase and
# the XML parser it reads its changelogs with are some 2,000 classes, 14 MB of class metadata that would
# stay loaded for the service's whole life.
migrate_databases() {
  mkdir -p "$LOGS"
  local pids=() names=()
  for entry in $SERVICES; do
    local name="${entry%%:*}"
    local app="$BUDGET_ROOT/$name/target/quarkus-app"
    has_migrations "$app" || continue
    # shellcheck disable=SC2086
    MALLOC_ARENA_MAX=2 java $BUDGET_JAVA_OPTS -Dquarkus.init-and-exit=true -jar "$app/quarkus-run.jar" \
      >"$LOGS/$name-migrations.log" 2>&1 < /dev/null &
    pids+=("$!"); names+=("$name")
  done
  for i in "${!pids[@]}"; do
    wait "${pids[$i]}" || die "the migrations of ${names[$i]} failed; see $LOGS/${names[$i]}-migrations.log"
  done
  log "migrated the databases of ${names[*]}"
}

start_services() {
  mkdir -p "$RUN_DIR" "$LOGS"
  for entry in $SERVICES; do
    local name="${entry%%:*}" port="${entry##*:}"
    if port_open 127.0.0.1 "$port"; then
      die "port $port ($name) is already in use; stop the running suite first (deploy/local/run.sh stop)"
    fi
  done
  migrate_databases
  for entry in $SERVICES; do
    local name="${entry%%:*}"
    local app="$BUDGET_ROOT/$name/target/quarkus-app" migrated=()
    # migrate_databases has run them
    if has_migrations "$app"; then migrated=(-Dquarkus.liquibase.migrate-at-start=false); fi
    # shellcheck disable=SC2086
    # two malloc arenas: glibc's default of eight per core grows the JVMs' native memory, not their speed
    MALLOC_ARENA_MAX=2 BUDGET_SERVICE_TOKEN="$SERVICE_TOKEN" setsid java $BUDGET_JAVA_OPTS $(service_jvm "$name") "${migrated[@]}" -jar "$app/quarkus-run.jar" >"$LOGS/$name.log" 2>&1 < /dev/null &
    echo $! >"$RUN_DIR/$name.pid"
  done
  for entry in $SERVICES; do
    local name="${entry%%:*}" port="${entry##*:}"
    local deadline=$((SECONDS + 120))
    until curl -fs "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1; do
      kill -0 "$(cat "$RUN_DIR/$name.pid")" 2>/dev/null || die "$name exited; see $LOGS/$name.log"
      [ "$SECONDS" -lt "$deadline" ] || die "$name is not ready after 120 s; see $LOGS/$name.log"
      sleep 1
    done
    log "$name ready on http://127.0.0.1:$port"
  done
}

# Loads the seed department and its whole 2024 budget through the ledger's API. Running it again
# re-imports the budget with its current ETag, which changes nothing when the data is unchanged.
load_sample() {
  if ! api -fs "$LEDGER/departments/323" >/dev/null; then
    api -fsS -X POST -H 'Content-Type: application/json' --data-binary @"$SAMPLE/department.json" \
      "$LEDGER/departments" >/dev/null || die "creating department 323 failed"
    log "created department 323"
  fi
  local if_match=()
  # a new budget has no ETag yet and is imported without If-Match
  local etag; etag="$( (api -fsS -o /dev/null -D - "$LEDGER/budgets/323/2024" 2>/dev/null || true) | tr -d '\r' | sed -n 's/^[Ee][Tt]ag: //p')"
  [ -z "$etag" ] || if_match=(-H "If-Match: $etag")
  api -fsS -X PUT -H 'Content-Type: application/json' "${if_match[@]}" \
    --data-binary @"$SAMPLE/budget.json" "$LEDGER/budgets/323/2024" >/dev/null \
    || die "importing budget 323/2024 failed"
  log "imported all tables and the narrative of budget 323/2024"
  local procurement_etag; procurement_etag="$( (api -fsS -o /dev/null -D - "$PROCUREMENT/procurement/323/2024" 2>/dev/null || true) | tr -d '\r' | sed -n 's/^[Ee][Tt]ag: //p')"
  local procurement_if_match=()
  [ -z "$procurement_etag" ] || procurement_if_match=(-H "If-Match: $procurement_etag")
  api -fsS -X PUT -H 'Content-Type: application/json' "${procurement_if_match[@]}" \
    --data-binary @"$SAMPLE/procurement.json" "$PROCUREMENT/procurement/323/2024" >/dev/null \
    || die "importing the procurement table of 323/2024 failed"
  log "imported the procurement table of 323/2024"
  local holdings_etag; holdings_etag="$( (api -fsS -o /dev/null -D - "$ASSET/assets/323/holdings/2023-12-31" 2>/dev/null || true) | tr -d '\r' | sed -n 's/^[Ee][Tt]ag: //p')"
  local holdings_if_match=()
  [ -z "$holdings_etag" ] || holdings_if_match=(-H "If-Match: $holdings_etag")
  api -fsS -X PUT -H 'Content-Type: application/json' "${holdings_if_match[@]}" \
    --data-binary @"$SAMPLE/asset-holdings.json" "$ASSET/assets/323/holdings/2023-12-31" >/dev/null \
    || die "importing the holdings table of 323 failed"
  api -fsS -X PUT -H 'Content-Type: application/json' \
    --data-binary @"$SAMPLE/asset-register.json" "$ASSET/assets/323/register" >/dev/null \
    || die "importing the asset register of 323 failed"
  log "imported the holdings table as of 2023-12-31 and the (synthetic) asset register of 323"
  local performance_etag; performance_etag="$( (api -fsS -o /dev/null -D - "$PERFORMANCE/performance/323/2024" 2>/dev/null || true) | tr -d '\r' | sed -n 's/^[Ee][Tt]ag: //p')"
  local performance_if_match=()
  [ -z "$performance_etag" ] || performance_if_match=(-H "If-Match: $performance_etag")
  api -fsS -X PUT -H 'Content-Type: application/json' "${performance_if_match[@]}" \
    --data-binary @"$SAMPLE/performance.json" "$PERFORMANCE/performance/323/2024" >/dev/null \
    || die "importing the performance goals of 323/2024 failed"
  log "imported the overall goal and the project sheets of 323/2024"
}

# Loads a second region's real disclosure (上海市普陀区商务委员会 2025, template shanghai-putuo) the same way.
load_putuo_sample() {
  local putuo="$BUDGET_ROOT/deploy/samples/putuo-commerce-2025"
  if ! api -fs "$LEDGER/departments/PTSW" >/dev/null; then
    api -fsS -X POST -H 'Content-Type: application/json' --data-binary @"$putuo/department.json" \
      "$LEDGER/departments" >/dev/null || die "creating department PTSW failed"
  fi
  local if_match=()
  local etag; etag="$( (api -fsS -o /dev/null -D - "$LEDGER/budgets/PTSW/2025" 2>/dev/null || true) | tr -d '\r' | sed -n 's/^[Ee][Tt]ag: //p')"
  [ -z "$etag" ] || if_match=(-H "If-Match: $etag")
  api -fsS -X PUT -H 'Content-Type: application/json' "${if_match[@]}" \
    --data-binary @"$putuo/budget.json" "$LEDGER/budgets/PTSW/2025" >/dev/null \
    || die "importing budget PTSW/2025 failed"
  log "imported the Putuo commerce commission's 2025 disclosure as budget PTSW/2025 (template shanghai-putuo)"
}

# Waits until the outbox is empty and the reconciliation consumer has no lag left.
await_reconciled() {
  local deadline=$((SECONDS + 120))
  until [ "$(json_number "$(api -fs "$LEDGER/outbox")" pending)" = "0" ] \
     && lag="$(api -fs "$RECONCILIATION/reconciliations/consumer-lag")" \
     && [ "$(json_number "$lag" totalLag)" = "0" ] && [ "$(json_number "$lag" pendingEvaluations)" = "0" ] \
     && api -fs "$RECONCILIATION/reconciliations/323/2024" >/dev/null \
     && api -fs "$RECONCILIATION/reconciliations/PTSW/2025" >/dev/null; do
    [ "$SECONDS" -lt "$deadline" ] || die "reconciliation did not catch up in 120 s; see $LOGS/"
    sleep 1
  done
}

# Imports the commerce commission's published PDF through the import service, and commits its draft
# to PTSW/2025 (which the JSON sample loaded already, so nothing changes): the way in from the document.
import_putuo_pdf() {
  local pdf="$BUDGET_ROOT/deploy/samples/putuo-pdf/putuo-commerce-2025-budget.pdf"
  local upload; upload="$(api -fsS -F "file=@$pdf;type=application/pdf" -F deptCode=PTSW "$IMPORTS/imports")" \
    || die "uploading the Putuo PDF failed"
  PDF_IMPORT="$(json_number "$upload" id)"
  local deadline=$((SECONDS + 60)) view
  until view="$(api -fs "$IMPORTS/imports/$PDF_IMPORT")" && ! grep -q '"status":"\(RECEIVED\|PARSING\)"' <<<"$view"; do
    [ "$SECONDS" -lt "$deadline" ] || die "import $PDF_IMPORT was not read in 60 s; see $LOGS/"
    sleep 0.5
  done
  grep -q '"status":"READY"' <<<"$view" || die "import $PDF_IMPORT was not read without problems: $view"
  api -fsS -X POST "$IMPORTS/imports/$PDF_IMPORT/commit" >/dev/null || die "committing import $PDF_IMPORT failed"
  log "imported the Putuo commerce PDF (import $PDF_IMPORT) and committed it to PTSW/2025"
}

# Runs the full reconciliation once, so that every budget is checked with the current rule sets.
full_run() {
  local run; run="$(api -fsS -X POST "$RECONCILIATION/reconciliation-runs")" || die "starting a full run failed"
  local id; id="$(json_number "$run" id)"
  local deadline=$((SECONDS + 300))
  until api -fs "$RECONCILIATION/reconciliation-runs/$id" | grep -q '"status":"SUCCEEDED"'; do
    api -fs "$RECONCILIATION/reconciliation-runs/$id" | grep -q '"status":"FAILED"' && die "full run $id failed; see $LOGS/"
    if [ "$SECONDS" -ge "$deadline" ]; then
      # a database that already holds many budgets (a province) can take longer, for instance when
      # the topics were lost and the run repairs every projection from the services' snapshots; the
      # suite is up meanwhile, and the run goes on in the background
      log "full reconciliation run $id is still running after 300 s; follow it at $RECONCILIATION/reconciliation-runs/$id"
      return 0
    fi
    sleep 1
  done
  log "full reconciliation run $id finished"
}

# curl with the loader's finance-admin token; the API refuses calls without one
api() { curl -H "Authorization: Bearer $LOADER_TOKEN" "$@"; }

json_number() { grep -o "\"$2\":[0-9]*" <<<"$1" | head -1 | cut -d: -f2; }

summary() {
  local body; body="$(api -fs "$RECONCILIATION/reconciliations/323/2024")"
  local ledger; ledger="$(api -fs "$LEDGER/budgets/323/2024/summary")"
  local name; name="$(grep -o '"deptName": *"[^"]*"' <<<"$ledger" | sed 's/.*: *"//; s/"$//')"
  echo
  echo "================ budget-disclosure platform ================"
  echo " department:        323 $name"
  echo " fiscal year:       2024"
  echo " ledger:            $(json_number "$ledger" tablesPresent) of $(json_number "$ledger" tablesInTemplate) tables, $(json_number "$ledger" rowCount) rows, $(json_number "$ledger" narrativeFigures) narrative figures"
  local performance; performance="$(api -fs "$PERFORMANCE/performance/323/2024/totals")"
  echo " performance:       $(json_number "$performance" sheetCount) project sheets, 预算数 $(grep -o '"budget":[0-9.]*' <<<"$performance" | cut -d: -f2) 万元"
  local procurement; procurement="$(api -fs "$PROCUREMENT/procurement/323/2024/summary")"
  echo " procurement:       $(json_number "$procurement" lineCount) lines, 合计 $(grep -o '"total":{"total":[0-9.]*' <<<"$procurement" | head -1 | sed 's/.*://') 万元"
  local assets; assets="$(api -fs "$ASSET/assets/323/holdings/2023-12-31/computed")"
  echo " assets:            $(json_number "$assets" assetsHeld) held on 2023-12-31; register matches the published table: $(grep -o '"matches":[a-z]*' <<<"$assets" | cut -d: -f2)"
  echo " status:            $(grep -o '"status":"[A-Z_]*"' <<<"$body" | head -1 | cut -d'"' -f4) (rule set $(grep -o '"ruleSet":"[^"]*"' <<<"$body" | cut -d'"' -f4))"
  echo " relations checked: $(grep -o '"relationsChecked":\[[^]]*\]' <<<"$body" | sed 's/.*:\[//; s/\]//; s/"//g') ($(json_number "$body" checks) comparisons)"
  echo " events applied:    $(json_number "$body" eventsApplied)"
  echo " findings:          ERROR $(json_number "$body" ERROR), WARNING $(json_number "$body" WARNING), INFO $(json_number "$body" INFO)"
  local putuo; putuo="$(api -fs "$RECONCILIATION/reconciliations/PTSW/2025")"
  echo " second region:     PTSW/2025 上海市普陀区商务委员会 (shanghai-putuo): $(grep -o '"status":"[A-Z_]*"' <<<"$putuo" | head -1 | cut -d'"' -f4), $(json_number "$putuo" checks) comparisons, ERROR $(json_number "$putuo" ERROR), WARNING $(json_number "$putuo" WARNING), INFO $(json_number "$putuo" INFO)"
  local pdf; pdf="$(api -fs "$IMPORTS/imports/$PDF_IMPORT")"
  echo " PDF import:        putuo-commerce-2025-budget.pdf, import $PDF_IMPORT: $(grep -o '"status":"[A-Z_]*"' <<<"$pdf" | head -1 | cut -d'"' -f4), $(json_number "$pdf" pageCount) pages read in $(json_number "$pdf" parseMillis) ms, $(json_number "$pdf" tablesFound) tables, $(json_number "$pdf" cellsRead) values with their page, $(json_number "$pdf" problemCount) problems ($IMPORTS/imports/$PDF_IMPORT)"
  echo " bureau console:    http://127.0.0.1:8080 (sign in with a token: deploy/local/token.sh finance-viewer)"
  echo " Swagger UI:"
  for entry in $SERVICES; do
    [ "${entry%%:*}" = bureau-console ] && continue
    printf '   %-24s http://127.0.0.1:%s/q/swagger-ui\n' "${entry%%:*}" "${entry##*:}"
  done
  echo " findings of 323/2024: $RECONCILIATION/reconciliations/323/2024"
  echo " rules:                $RECONCILIATION/rules"
  echo " logs:                 $LOGS/"
  echo "============================================================"
}

case "${1:-}" in
  stop) stop_services; exit 0 ;;
  ""|--detach) ;;
  *) echo "usage: $0 [--detach|stop]" >&2; exit 2 ;;
esac

command -v curl >/dev/null || die "curl is needed (apt-get install curl)"
log "building the modules"
(cd "$BUDGET_ROOT" && mvn -B -q package -DskipTests)
"$BUDGET_ROOT/deploy/local/infra.sh" up
ensure_signing_keys
# the services verify tokens with the local public key (BUDGET_JWT_PUBLIC_KEY, from env.sh);
# reconciliation and procurement call the others with a service token
SERVICE_TOKEN="$(mint_token budget-platform service "" 2592000)"
LOADER_TOKEN="$(mint_token sample-loader finance-admin)"
start_services
load_sample
load_putuo_sample
import_putuo_pdf
await_reconciled
full_run
summary

if [ "${1:-}" = "--detach" ]; then
  log "services keep running; stop them with deploy/local/run.sh stop"
  exit 0
fi
trap 'echo; stop_services; exit 0' INT TERM
log "press Ctrl-C to stop the services"
while true; do sleep 3600 & wait $!; done
