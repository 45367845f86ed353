#!/usr/bin/env bash
# Lints the six services' OpenAPI documents, which the build writes to <service>/target/openapi/,
# with @redocly/cli and the rules in .redocly.yaml; any problem fails. Installs the pinned CLI
# into .local/tools/ on first use (npm, from Debian's nodejs and npm when missing).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

REDOCLY_VERSION="${BUDGET_REDOCLY_VERSION:-2.77.0}"
tools="$BUDGET_STATE/tools/redocly-$REDOCLY_VERSION"
if [ ! -x "$tools/node_modules/.bin/redocly" ]; then
  if ! command -v npm >/dev/null; then
    [ "$(id -u)" -eq 0 ] || die "npm is needed to install @redocly/cli: apt-get install -y nodejs npm"
    log "installing nodejs and npm"
    apt-get install -y -q nodejs npm >/dev/null
  fi
  log "installing @redocly/cli $REDOCLY_VERSION into $tools"
  mkdir -p "$tools"
  (cd "$tools" && npm install --no-audit --no-fund --silent "@redocly/cli@$REDOCLY_VERSION" >/dev/null)
fi

documents=()
for service in budget-ledger-service performance-service procurement-service asset-service reconciliation-service disclosure-import-service; do
  document="$BUDGET_ROOT/$service/target/openapi/openapi.yaml"
  [ -f "$document" ] || die "$document is missing: build the services first (mvn package)"
  documents+=("$document")
done
REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true \
  "$tools/node_modules/.bin/redocly" lint --config "$BUDGET_ROOT/.redocly.yaml" "${documents[@]}"
log "the six OpenAPI documents pass the lint"
