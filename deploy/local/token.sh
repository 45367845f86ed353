#!/usr/bin/env bash
# Mints a bearer token for trying the API by hand, signed with the local key pair (created if missing).
#   token.sh finance-admin
#   token.sh finance-viewer
#   token.sh dept-editor 323,324          # may write and read departments 323 and 324 only
#   token.sh service
# Options (before the role): --subject NAME (default: local-<role>), --ttl SECONDS (default: 43200)
# Example:
#   curl -H "Authorization: Bearer $(deploy/local/token.sh finance-viewer)" http://127.0.0.1:8081/departments
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

subject="" ttl=43200
while [ $# -gt 0 ]; do
  case "$1" in
    --subject) subject="$2"; shift 2 ;;
    --ttl) ttl="$2"; shift 2 ;;
    *) break ;;
  esac
done
role="${1:-}"
depts="${2:-}"
case "$role" in
  finance-admin|finance-viewer|service) [ -z "$depts" ] || die "only dept-editor tokens list departments" ;;
  dept-editor) [[ "$depts" =~ ^[0-9A-Za-z]{1,32}(,[0-9A-Za-z]{1,32})*$ ]] || die "dept-editor needs its departments, e.g. 323,324" ;;
  *) echo "usage: $0 [--subject NAME] [--ttl SECONDS] finance-admin|finance-viewer|service|dept-editor DEPTS" >&2; exit 2 ;;
esac
mint_token "${subject:-local-$role}" "$role" "$depts" "$ttl"
