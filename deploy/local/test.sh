#!/usr/bin/env bash
# The test command: checks the compose file and the Kubernetes manifests, brings the local database
# and broker up if needed (and the headless browser of the console's tests), runs every module's tests against them, then lints the six OpenAPI
# documents the build wrote. Extra arguments go to Maven, for example:
# deploy/local/test.sh -pl reconciliation-service -am (a partial build, -pl, skips the lint)
# deploy/local/test.sh -Dsuite.fault-tests=false    (skips the fault tests on a slow machine)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

"$BUDGET_ROOT/deploy/local/check-deploy.sh"
"$BUDGET_ROOT/deploy/local/infra.sh" up
"$BUDGET_ROOT/deploy/local/browser.sh"
cd "$BUDGET_ROOT"
mvn -B verify "$@"
partial=false
for arg in "$@"; do
  case "$arg" in -pl|--projects|-pl=*|--projects=*) partial=true ;; esac
done
if [ "$partial" = false ]; then
  "$BUDGET_ROOT/deploy/local/lint-openapi.sh"
fi
