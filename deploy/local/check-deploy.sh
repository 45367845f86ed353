#!/usr/bin/env bash
# Checks the deployment files beyond one machine: the compose file validates (docker-compose config)
# and the Kubernetes manifests pass deploy/k8s/check_manifests.py, and both carry the JVM settings of
# deploy/local/env.sh. Installs Debian's docker-compose, which brings the YAML parser the check uses,
# when it is missing.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

if ! command -v docker-compose >/dev/null || ! python3 -c 'import yaml' 2>/dev/null; then
  [ "$(id -u)" = "0" ] || die "docker-compose and python3-yaml are needed: apt-get install docker-compose (as root)"
  log "installing docker-compose (to validate deploy/compose without a Docker engine)"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker-compose >/dev/null
fi
docker-compose -f "$BUDGET_ROOT/deploy/compose/docker-compose.yml" config -q
log "compose: deploy/compose/docker-compose.yml is valid"
python3 "$BUDGET_ROOT/deploy/k8s/check_manifests.py"
# the image's entry point, which migrates a service's database before starting it, is a POSIX sh script
sh -n "$BUDGET_ROOT/deploy/entrypoint.sh" || die "deploy/entrypoint.sh does not parse"
grep -q '^ENTRYPOINT \["./entrypoint.sh"\]' "$BUDGET_ROOT/deploy/Dockerfile" || die "deploy/Dockerfile must start deploy/entrypoint.sh"
log "image: deploy/Dockerfile starts deploy/entrypoint.sh, which parses"

# The JVM settings: compose and Kubernetes carry those run.sh starts every service with (the default of
# BUDGET_JAVA_OPTS in env.sh, where the memory figures were measured), followed by their own logging property
java_opts="$(sed -n 's/^export BUDGET_JAVA_OPTS="\${BUDGET_JAVA_OPTS:-\(.*\)}"$/\1/p' "$BUDGET_ROOT/deploy/local/env.sh")"
[ -n "$java_opts" ] || die "no default BUDGET_JAVA_OPTS found in deploy/local/env.sh"
for file in deploy/compose/docker-compose.yml deploy/k8s/config.yaml; do
  grep -qF "JAVA_OPTS: \"$java_opts " "$BUDGET_ROOT/$file" \
    || die "$file: JAVA_OPTS must begin with deploy/local/env.sh's BUDGET_JAVA_OPTS ($java_opts)"
done
log "JVM settings: compose and Kubernetes carry deploy/local/env.sh's BUDGET_JAVA_OPTS"

# Each service's own JVM options: compose and Kubernetes give the ledger env.sh's BUDGET_LEDGER_JVM, the
# performance, procurement and asset services its BUDGET_OWNER_JVM, reconciliation its BUDGET_RECONCILIATION_JVM,
# and no other service any JAVA_SERVICE_OPTS
# the defaults written in env.sh, not whatever this shell's environment overrides them with
ledger_jvm="$(sed -n 's/^export BUDGET_LEDGER_JVM="\${BUDGET_LEDGER_JVM:-\(.*\)}"$/\1/p' "$BUDGET_ROOT/deploy/local/env.sh")"
reconciliation_jvm="$(sed -n 's/^export BUDGET_RECONCILIATION_JVM="\${BUDGET_RECONCILIATION_JVM:-\(.*\)}"$/\1/p' "$BUDGET_ROOT/deploy/local/env.sh")"
owner_jvm="$(sed -n 's/^export BUDGET_OWNER_JVM="\${BUDGET_OWNER_JVM:-\(.*\)}"$/\1/p' "$BUDGET_ROOT/deploy/local/env.sh")"
[ -n "$ledger_jvm" ] && [ -n "$owner_jvm" ] && [ -n "$reconciliation_jvm" ] \
  || die "no default BUDGET_LEDGER_JVM, BUDGET_OWNER_JVM or BUDGET_RECONCILIATION_JVM found in deploy/local/env.sh"
python3 - "$BUDGET_ROOT" "$ledger_jvm" "$owner_jvm" "$reconciliation_jvm" <<'PY' || die "the services' JAVA_SERVICE_OPTS differ from deploy/local/env.sh's"
import pathlib, sys, yaml
root, ledger, owner, reconciliation = pathlib.Path(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
expected = {"budget-ledger-service": ledger, "performance-service": owner, "procurement-service": owner, "asset-service": owner,
            "reconciliation-service": reconciliation}
compose = yaml.safe_load((root / "deploy/compose/docker-compose.yml").read_text(encoding="utf-8"))["services"]
found = {name: (service.get("environment") or {}).get("JAVA_SERVICE_OPTS") for name, service in compose.items() if "image" in service
         and service["image"].startswith("budget/")}
for path in sorted((root / "deploy/k8s").glob("*.yaml")):
    for doc in yaml.safe_load_all(path.read_text(encoding="utf-8")):
        if doc and doc.get("kind") == "Deployment":
            for container in doc["spec"]["template"]["spec"]["containers"]:
                env = {e["name"]: e.get("value") for e in container.get("env", [])}
                found["k8s " + doc["metadata"]["name"]] = env.get("JAVA_SERVICE_OPTS")
faults = [f"{where}: JAVA_SERVICE_OPTS {value!r}, expected {expected.get(where.removeprefix('k8s '))!r}"
          for where, value in sorted(found.items()) if value != expected.get(where.removeprefix("k8s "))]
for fault in faults:
    print(f"[budget] {fault}", file=sys.stderr)
sys.exit(1 if faults else 0)
PY
log "JVM per service: compose and Kubernetes give the ledger BUDGET_LEDGER_JVM ($ledger_jvm), the performance, procurement and asset services BUDGET_OWNER_JVM ($owner_jvm) and reconciliation BUDGET_RECONCILIATION_JVM ($reconciliation_jvm)"
