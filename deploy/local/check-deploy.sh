#!/usr/bin/env bash
# Checks the deployment files beyond one machine: the compose file validates (docker-compose config)
# and the Kubernetes manifests pass deploy/k8s/check_manifests.py. Installs Debian's docker-compose,
# which brings the YAML parser the check uses, when it is missing.
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
