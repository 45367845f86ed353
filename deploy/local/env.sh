# Shared settings of the local scripts. Every value can be overridden from the environment.
# shellcheck shell=bash
BUDGET_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BUDGET_STATE="${BUDGET_STATE:-$BUDGET_ROOT/.local}"

export BUDGET_DB_HOST="${BUDGET_DB_HOST:-127.0.0.1}"
export BUDGET_DB_PORT="${BUDGET_DB_PORT:-3306}"
export BUDGET_DB_USER="${BUDGET_DB_USER:-budget}"
export BUDGET_DB_PASSWORD="${BUDGET_DB_PASSWORD:-budget}"
# InnoDB's page cache when infra.sh starts the server itself: the default 128M is smaller than a
# province's indexes, and every insert then waits on disk reads
export BUDGET_DB_BUFFER_POOL="${BUDGET_DB_BUFFER_POOL:-1G}"
# InnoDB's redo log when infra.sh starts the server itself. MariaDB's default of 96M filled within
# seconds of a bulk load, and each time it did the server wrote changed pages out early to make room:
# the ingest benchmark's 300 budgets, twice, wrote 19,000–23,000 pages with it and 3,900–5,400 with
# 1G, and MariaDB used 105–114 µs of CPU a line against 116–133 (the runs alternated). Compose gives
# MySQL the same capacity.
export BUDGET_DB_REDO_LOG="${BUDGET_DB_REDO_LOG:-1G}"
export BUDGET_KAFKA_HOST="${BUDGET_KAFKA_HOST:-127.0.0.1}"
export BUDGET_KAFKA_PORT="${BUDGET_KAFKA_PORT:-9092}"
export BUDGET_KAFKA_CONTROLLER_PORT="${BUDGET_KAFKA_CONTROLLER_PORT:-9093}"
export BUDGET_KAFKA_BOOTSTRAP="${BUDGET_KAFKA_BOOTSTRAP:-$BUDGET_KAFKA_HOST:$BUDGET_KAFKA_PORT}"

# Each service owns one database; the tests use their own copies, suffixed _test.
# budget_bench is the benchmarks' scratch database (deploy/local/bench.sh); budget_replay_test is where a
# reconciliation test replays the topics from the start into an empty database.
BUDGET_DATABASES="budget_ledger budget_performance budget_procurement budget_asset budget_reconciliation budget_import budget_bench budget_replay"
# The tests publish to their own topics, prefixed test., so they never touch a running suite's data.
BUDGET_TOPICS="budget.ledger.v1 budget.performance.v1 budget.procurement.v1 budget.asset.v1 budget.reconciliation.v1"
BUDGET_TOPIC_PARTITIONS="${BUDGET_TOPIC_PARTITIONS:-3}"

# The services' JVM: small heaps and the serial collector, since five JVMs share two cores. run.sh
# starts every service with it, and the benchmark its own reconciliation instance, so that the
# figures are of the settings the suite runs with. deploy/compose and deploy/k8s carry the same
# settings (check-deploy.sh refuses them otherwise), and their memory limits follow from them. Class
# metadata reaches 123 MB in reconciliation after a long run, hence the metaspace cap of 192 MB. The
# JDK keeps, per thread, a native copy of the largest buffer a socket read into;
# jdk.nio.maxCachedBufferSize stops it keeping one of megabytes.
export BUDGET_JAVA_OPTS="${BUDGET_JAVA_OPTS:--Xms32m -Xmx160m -XX:+UseSerialGC -XX:MaxMetaspaceSize=192m -XX:ReservedCodeCacheSize=48m -Xss512k -XX:TrimNativeHeapInterval=5000 -Djdk.nio.maxCachedBufferSize=262144}"
# The ledger's heap: it holds one request's data at a time, and 35 MB stayed live after a full
# collection under the ingest benchmark. The serial collector grows a heap to its maximum before it
# collects the old generation, so the maximum is what the heap keeps resident. The client compiler
# alone (C1), as for the other owning services: it compiles within the first requests, where the
# optimising compiler alone left the code interpreted through most of the ingest benchmark's first
# run. Measured on a just-started suite, three ingest runs of 300 budgets made 3,402, 4,305 and 4,844
# lines/s with it and a 261 MB peak, and 1,923, 3,543 and 4,659 with the optimising compiler alone,
# peaking at 288 MB.
export BUDGET_LEDGER_JVM="${BUDGET_LEDGER_JVM:--Xmx64m -XX:TieredStopAtLevel=1}"
# Reconciliation: an 88 MB heap, and like the ledger the client compiler alone. With 64 MB its
# consumer thread died of an OutOfMemoryError two minutes into a province's load (the findings then
# stopped following the changes). With 96 MB it peaked at 304 MB in the sixteenth table's
# invocation, over the 300 MB target: the serial collector touches all of its heap, and 42 MB stayed
# live after a full collection. With 88 MB, on a suite just started, accuracy, ingest, changes and a
# load of 2,000 department-years peaked at 282 MB (less the recorder's 9 MB), and the full runs of
# 10,000 after them at 300 MB with the recorder counted; the full run took 30-32 s as before, and
# the throughput benchmark's instance made 16,027, 21,005 and 21,331 changes/s, peaking at 274-276
# MB against 283-286. The models hold 60,000 rows
# (budget.reconciliation.cached-rows), with the rows packed (PackedAmounts).
export BUDGET_RECONCILIATION_JVM="${BUDGET_RECONCILIATION_JVM:--Xmx88m -XX:TieredStopAtLevel=1}"
# The performance, procurement and asset services: 30 MB stayed live after a full collection under a
# province's load, and the client compiler alone (C1) keeps their compiled code and the compiler's
# own memory small. Warmed up with 300 department-years, then loading 600 more, they peaked at 263,
# 256 and 253 MB resident and used 17.6, 17.7 and 13.2 s of CPU; with both compilers and the same
# heap, 313, 311 and 328 MB and 23.0, 20.8 and 19.3 s.
# The import service (a whole PDF) and the console keep BUDGET_JAVA_OPTS's heap.
export BUDGET_OWNER_JVM="${BUDGET_OWNER_JVM:--Xmx64m -XX:TieredStopAtLevel=1}"
BUDGET_OWNING_SERVICES="budget-ledger-service performance-service procurement-service asset-service"

# The JVM options of one service, given after BUDGET_JAVA_OPTS so that its -Xmx is the one that counts.
# deploy/compose and deploy/k8s give each service the same JAVA_SERVICE_OPTS (check-deploy.sh).
service_jvm() {
  case "$1" in
    budget-ledger-service) printf '%s' "$BUDGET_LEDGER_JVM" ;;
    reconciliation-service) printf '%s' "$BUDGET_RECONCILIATION_JVM" ;;
    performance-service|procurement-service|asset-service) printf '%s' "$BUDGET_OWNER_JVM" ;;
  esac
}

# True when the packaged application in folder $1 (a target/quarkus-app) carries database migrations.
has_migrations() { compgen -G "$1/lib/main/io.quarkus.quarkus-liquibase-*.jar" >/dev/null; }

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

# The local signing key pair of the bearer tokens: created on first use, git-ignored (.local/).
export BUDGET_JWT_ISSUER="${BUDGET_JWT_ISSUER:-https://budget.local/issuer}"
export BUDGET_JWT_AUDIENCE="${BUDGET_JWT_AUDIENCE:-budget-platform}"
BUDGET_JWT_DIR="$BUDGET_STATE/jwt"
export BUDGET_JWT_PUBLIC_KEY="${BUDGET_JWT_PUBLIC_KEY:-$BUDGET_JWT_DIR/public.pem}"

ensure_signing_keys() {
  [ -f "$BUDGET_JWT_DIR/private.pem" ] && [ -f "$BUDGET_JWT_DIR/public.pem" ] && return 0
  command -v openssl >/dev/null || die "openssl is needed to create the local signing key (apt-get install openssl)"
  mkdir -p "$BUDGET_JWT_DIR"
  (umask 077 && openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$BUDGET_JWT_DIR/private.pem" 2>/dev/null)
  openssl pkey -in "$BUDGET_JWT_DIR/private.pem" -pubout -out "$BUDGET_JWT_DIR/public.pem"
  log "created the local token signing key pair in $BUDGET_JWT_DIR"
}

_b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }

# Prints an RS256 token: mint_token <subject> <role> [comma-separated departments] [lifetime seconds]
mint_token() {
  local subject="$1" role="$2" depts="${3:-}" ttl="${4:-43200}"
  ensure_signing_keys
  local now; now="$(date +%s)"
  local dept_list=""
  if [ -n "$depts" ]; then dept_list="$(printf '"%s",' ${depts//,/ })"; dept_list="${dept_list%,}"; fi
  local header='{"alg":"RS256","typ":"JWT"}'
  local claims
  claims="$(printf '{"iss":"%s","aud":"%s","sub":"%s","groups":["%s"],"depts":[%s],"iat":%d,"exp":%d}' \
    "$BUDGET_JWT_ISSUER" "$BUDGET_JWT_AUDIENCE" "$subject" "$role" "$dept_list" "$now" "$((now + ttl))")"
  local signing_input; signing_input="$(printf '%s' "$header" | _b64url).$(printf '%s' "$claims" | _b64url)"
  local signature; signature="$(printf '%s' "$signing_input" | openssl dgst -sha256 -sign "$BUDGET_JWT_DIR/private.pem" | _b64url)"
  printf '%s.%s\n' "$signing_input" "$signature"
}
