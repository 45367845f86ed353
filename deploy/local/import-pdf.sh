#!/usr/bin/env bash
# Imports a published disclosure (a PDF, a Word document or its text form) into the running suite and
# prints what reconciliation found, with where each finding's cell was printed (a PDF's page and box,
# a Word table's row and cell, or the paragraph of a narrative figure):
#   deploy/local/import-pdf.sh deploy/samples/putuo-pdf/putuo-commerce-2025-budget.pdf PTSW
#   deploy/local/import-pdf.sh FILE DEPT --accept-problems   # commits the tables without problems
# The department is created in the ledger from the cover when it does not exist yet. The suite must
# be running (deploy/local/run.sh --detach).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

[ $# -ge 2 ] || { echo "usage: $0 FILE.pdf DEPT_CODE [--accept-problems]" >&2; exit 2; }
file="$1" dept="$2" accept="false"
[ "${3:-}" = "--accept-problems" ] && accept="true"
[ -f "$file" ] || die "no file $file"
if ! command -v jq >/dev/null; then
  [ "$(id -u)" = "0" ] || die "jq is needed: apt-get install jq (as root)"
  log "installing jq"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq jq >/dev/null
fi
LEDGER="http://127.0.0.1:8081" RECONCILIATION="http://127.0.0.1:8085" IMPORTS="http://127.0.0.1:8086"
TOKEN="$(mint_token pdf-import finance-admin)"
api() { curl -sS -H "Authorization: Bearer $TOKEN" "$@"; }

case "$file" in
  *.pdf|*.PDF) type=application/pdf ;;
  *.docx|*.DOCX) type=application/vnd.openxmlformats-officedocument.wordprocessingml.document ;;
  *) type=text/plain ;;
esac
upload="$(api -w '\n%{http_code}' -F "file=@$file;type=$type" -F "deptCode=$dept" "$IMPORTS/imports")"
[ "$(tail -1 <<<"$upload")" = "202" ] || die "the upload was refused: $(sed '$d' <<<"$upload")"
id="$(sed '$d' <<<"$upload" | jq -r .id)"
log "import $id: $(sed '$d' <<<"$upload" | jq -r '"\(.region) \(.fiscalYear) \(.deptName // "")"')"
deadline=$((SECONDS + 120))
while :; do
  view="$(api "$IMPORTS/imports/$id")"
  status="$(jq -r .status <<<"$view")"
  case "$status" in RECEIVED|PARSING) ;; *) break ;; esac
  [ "$SECONDS" -lt "$deadline" ] || die "import $id is still $status after 120 s"
  sleep 0.5
done
[ "$status" != "FAILED" ] || die "import $id failed: $(jq -r .error <<<"$view")"
jq -r '"read in \(.parseMillis) ms: \(.pageCount // "no") pages, \(.tablesFound) tables, \(.cellsRead) values, \(.problemCount) problems"' <<<"$view"
jq -r '.draft.problems[] | "  problem \(.kind) 表\(.tableNo // "-") \(if .evidence.page then "p\(.evidence.page)" elif .evidence.table then "table \(.evidence.table) row \(.evidence.row)" elif .evidence.paragraph then "paragraph \(.evidence.paragraph)" else "-" end): \(.message)"' <<<"$view"

if ! api -f -o /dev/null "$LEDGER/departments/$dept" 2>/dev/null; then
  name="$(jq -r '.deptName // empty' <<<"$view")"
  [ -n "$name" ] || die "department $dept does not exist and the cover names none"
  jq -n --arg code "$dept" --arg name "$name" '{code: $code, name: $name, subUnits: []}' \
    | api -f -o /dev/null -H 'Content-Type: application/json' --data-binary @- "$LEDGER/departments" \
    || die "creating department $dept failed"
  log "created department $dept $name"
fi
committed="$(api -w '\n%{http_code}' -X POST "$IMPORTS/imports/$id/commit?acceptProblems=$accept")"
[ "$(tail -1 <<<"$committed")" = "200" ] || die "the commit was refused: $(sed '$d' <<<"$committed")"
log "committed import $id to the ledger as $dept/$(jq -r .fiscalYear <<<"$view")"

# the findings are current once the ledger's relay has published the commit's events (its outbox is
# empty) and reconciliation has applied and evaluated all of them
deadline=$((SECONDS + 120))
until outbox="$(api -f "$LEDGER/outbox" 2>/dev/null)" && [ "$(jq -r .pending <<<"$outbox")" = "0" ] \
      && lag="$(api -f "$RECONCILIATION/reconciliations/consumer-lag" 2>/dev/null)" \
      && [ "$(jq -r .totalLag <<<"$lag")" = "0" ] && [ "$(jq -r .pendingEvaluations <<<"$lag")" = "0" ] \
      && findings="$(api -f "$IMPORTS/imports/$id/findings" 2>/dev/null)"; do
  [ "$SECONDS" -lt "$deadline" ] || die "reconciliation has not caught up after 120 s"
  sleep 1
done
jq -r '"reconciliation: \(.status), \(.findings | length) findings"' <<<"$findings"
jq -r '.findings[] | "  \(.severity) \(.ruleId) \(.location): \(.message)\n      "
  + (if .evidence.page then "printed on page \(.evidence.page) at [\(.evidence.box | map(tostring) | join(", "))] as \(.evidence.printed)"
     elif .evidence.table then "printed in table \(.evidence.table), row \(.evidence.row), cell \(.evidence.cell) as \(.evidence.printed)"
     elif .evidence.paragraph then "printed in paragraph \(.evidence.paragraph) as \(.evidence.printed)"
     else "not located in the document" end)' <<<"$findings"
