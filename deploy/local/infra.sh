#!/usr/bin/env bash
# Local infrastructure: a MySQL-compatible server and a single-node Apache Kafka broker (KRaft).
#   infra.sh up | down | status            both
#   infra.sh kafka-up | kafka-down         the broker alone (the tests stop and restart it)
# Idempotent: "up" on a running stack only checks it and makes sure users, databases and topics exist.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

KAFKA_HOME="$BUDGET_STATE/kafka"
KAFKA_LIB="$KAFKA_HOME/lib"
KAFKA_PID="$KAFKA_HOME/broker.pid"
DB_PID=/run/mysqld/mariadbd-budget.pid   # written by the mysql user
LOGS="$BUDGET_STATE/logs"

# ---------- database ----------

db_install_if_missing() {
  command -v mariadbd >/dev/null 2>&1 || [ -x /usr/sbin/mariadbd ] && return 0
  if [ "$(id -u)" -eq 0 ] && [ -f /etc/debian_version ]; then
    log "installing MariaDB from the Debian archive"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mariadb-server >/dev/null
  else
    die "no MySQL-compatible server answers on $BUDGET_DB_HOST:$BUDGET_DB_PORT. Install and start MySQL 8 (or MariaDB 10.11: 'apt-get install mariadb-server' on Debian as root), or point BUDGET_DB_HOST/BUDGET_DB_PORT at one."
  fi
}

db_up() {
  if port_open "$BUDGET_DB_HOST" "$BUDGET_DB_PORT"; then
    log "database answers on $BUDGET_DB_HOST:$BUDGET_DB_PORT"
  else
    case "$BUDGET_DB_HOST" in 127.0.0.1|localhost) ;; *) die "no database answers on $BUDGET_DB_HOST:$BUDGET_DB_PORT" ;; esac
    db_install_if_missing
    log "starting MariaDB on 127.0.0.1:$BUDGET_DB_PORT"
    mkdir -p /run/mysqld "$LOGS"
    chown mysql:mysql /run/mysqld 2>/dev/null || true
    [ -d /var/lib/mysql/mysql ] || mariadb-install-db --user=mysql >/dev/null
    setsid /usr/sbin/mariadbd --user=mysql --bind-address=127.0.0.1 --port="$BUDGET_DB_PORT" \
      --pid-file="$DB_PID" --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
      --innodb-buffer-pool-size="$BUDGET_DB_BUFFER_POOL" --innodb-log-file-size="$BUDGET_DB_REDO_LOG" \
      >>"$LOGS/mariadb.log" 2>&1 < /dev/null &
    wait_port 127.0.0.1 "$BUDGET_DB_PORT" 60 || die "MariaDB did not start; see $LOGS/mariadb.log"
  fi
  db_provision
}

# Creates the application user and every database, through the root socket when the server is local.
db_provision() {
  if app_sql "SELECT 1" >/dev/null 2>&1 && [ "$(missing_databases)" = "" ]; then
    return 0
  fi
  local sql="CREATE USER IF NOT EXISTS '$BUDGET_DB_USER'@'%' IDENTIFIED BY '$BUDGET_DB_PASSWORD';
CREATE USER IF NOT EXISTS '$BUDGET_DB_USER'@'localhost' IDENTIFIED BY '$BUDGET_DB_PASSWORD';"
  for db in $BUDGET_DATABASES; do
    for name in "$db" "${db}_test"; do
      sql+="
CREATE DATABASE IF NOT EXISTS \`$name\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
GRANT ALL PRIVILEGES ON \`$name\`.* TO '$BUDGET_DB_USER'@'%';
GRANT ALL PRIVILEGES ON \`$name\`.* TO '$BUDGET_DB_USER'@'localhost';"
    done
  done
  if [ "$(id -u)" -eq 0 ] && command -v mariadb >/dev/null 2>&1 && mariadb -uroot -e "SELECT 1" >/dev/null 2>&1; then
    mariadb -uroot -e "$sql"
  elif [ -n "${BUDGET_DB_ADMIN_USER:-}" ]; then
    mysql_client -u"$BUDGET_DB_ADMIN_USER" -p"${BUDGET_DB_ADMIN_PASSWORD:-}" -e "$sql"
  else
    die "cannot create user '$BUDGET_DB_USER' and the databases: run as root on the database host, or set BUDGET_DB_ADMIN_USER and BUDGET_DB_ADMIN_PASSWORD"
  fi
  log "database user '$BUDGET_DB_USER' and databases ready"
}

mysql_client() {
  local client; client="$(command -v mariadb || command -v mysql)" || die "no mysql client found"
  "$client" -h "$BUDGET_DB_HOST" -P "$BUDGET_DB_PORT" --protocol=TCP "$@"
}

app_sql() { mysql_client -u"$BUDGET_DB_USER" -p"$BUDGET_DB_PASSWORD" -N -e "$1"; }

missing_databases() {
  local have; have="$(app_sql "SHOW DATABASES" 2>/dev/null || true)"
  for db in $BUDGET_DATABASES; do
    for name in "$db" "${db}_test"; do
      grep -qx "$name" <<<"$have" || printf '%s ' "$name"
    done
  done
}

db_down() {
  if [ -f "$DB_PID" ] && kill -0 "$(cat "$DB_PID")" 2>/dev/null; then
    log "stopping MariaDB"
    kill "$(cat "$DB_PID")"
    local deadline=$((SECONDS + 60))
    while port_open 127.0.0.1 "$BUDGET_DB_PORT" && [ "$SECONDS" -lt "$deadline" ]; do sleep 0.5; done
  else
    log "database was not started by these scripts; leaving it running"
  fi
}

# ---------- kafka ----------

kafka_fetch() {
  if ! ls "$KAFKA_LIB"/kafka_2.13-*.jar >/dev/null 2>&1; then
    log "fetching the Apache Kafka broker from Maven (once)"
    mkdir -p "$KAFKA_LIB"
    mvn -B -q -f "$BUDGET_ROOT/deploy/local/kafka/pom.xml" dependency:copy-dependencies \
      -DoutputDirectory="$KAFKA_LIB" -DincludeScope=runtime
  fi
}

kafka_configure() {
  mkdir -p "$KAFKA_HOME/data" "$LOGS"
  cat >"$KAFKA_HOME/server.properties" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$BUDGET_KAFKA_CONTROLLER_PORT
listeners=PLAINTEXT://127.0.0.1:$BUDGET_KAFKA_PORT,CONTROLLER://127.0.0.1:$BUDGET_KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$BUDGET_KAFKA_PORT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
log.dirs=$KAFKA_HOME/data
num.partitions=3
auto.create.topics.enable=false
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
group.initial.rebalance.delay.ms=0
PROPS
  if [ ! -f "$KAFKA_HOME/data/meta.properties" ]; then
    local cluster_id; cluster_id="$(kafka_java kafka.tools.StorageTool random-uuid)"
    kafka_java kafka.tools.StorageTool format -t "$cluster_id" -c "$KAFKA_HOME/server.properties" >/dev/null
  fi
}

# Runs a Kafka tool; drops the SLF4J notice that the tools print for want of a logging backend.
kafka_java() { java -Xms128m -Xmx512m -cp "$KAFKA_LIB/*" "$@" 2> >(grep -v '^SLF4J' >&2); }

kafka_running() { [ -f "$KAFKA_PID" ] && kill -0 "$(cat "$KAFKA_PID")" 2>/dev/null; }

kafka_up() {
  kafka_fetch   # the tools that create the topics come from the same jars
  if port_open "$BUDGET_KAFKA_HOST" "$BUDGET_KAFKA_PORT"; then
    log "Kafka answers on $BUDGET_KAFKA_BOOTSTRAP"
  else
    kafka_configure
    log "starting Kafka on $BUDGET_KAFKA_BOOTSTRAP"
    setsid java -Xms256m -Xmx1g -cp "$KAFKA_LIB/*" -Dlog4j2.level=WARN kafka.Kafka "$KAFKA_HOME/server.properties" \
      >>"$LOGS/kafka.log" 2>&1 < /dev/null &
    echo $! >"$KAFKA_PID"
    wait_port "$BUDGET_KAFKA_HOST" "$BUDGET_KAFKA_PORT" 90 || die "Kafka did not start; see $LOGS/kafka.log"
  fi
  kafka_topics
}

# Creates every topic (and its test. twin) that does not exist yet; returns once the broker answers.
kafka_topics() {
  local existing="" deadline=$((SECONDS + 90))
  until existing="$(kafka_java org.apache.kafka.tools.TopicCommand --bootstrap-server "$BUDGET_KAFKA_BOOTSTRAP" --list 2>/dev/null)"; do
    [ "$SECONDS" -lt "$deadline" ] || die "Kafka does not answer on $BUDGET_KAFKA_BOOTSTRAP"
    sleep 1
  done
  for topic in $BUDGET_TOPICS; do
    for name in "$topic" "test.$topic"; do
      grep -qx "$name" <<<"$existing" && continue
      kafka_java org.apache.kafka.tools.TopicCommand --bootstrap-server "$BUDGET_KAFKA_BOOTSTRAP" --create --if-not-exists \
        --topic "$name" --partitions "$BUDGET_TOPIC_PARTITIONS" --replication-factor 1 >/dev/null
      log "created topic $name"
    done
  done
}

kafka_down() {
  if kafka_running; then
    log "stopping Kafka"
    local pid; pid="$(cat "$KAFKA_PID")"
    kill "$pid"
    local deadline=$((SECONDS + 60))
    while kill -0 "$pid" 2>/dev/null; do
      [ "$SECONDS" -lt "$deadline" ] || { kill -9 "$pid"; break; }
      sleep 0.5
    done
    rm -f "$KAFKA_PID"
  else
    log "Kafka was not started by these scripts"
  fi
}

status() {
  if port_open "$BUDGET_DB_HOST" "$BUDGET_DB_PORT"; then log "database: up on $BUDGET_DB_HOST:$BUDGET_DB_PORT"; else log "database: down"; fi
  if port_open "$BUDGET_KAFKA_HOST" "$BUDGET_KAFKA_PORT"; then log "kafka:    up on $BUDGET_KAFKA_BOOTSTRAP"; else log "kafka:    down"; fi
}

case "${1:-}" in
  up) db_up; kafka_up ;;
  down) kafka_down; db_down ;;
  status) status ;;
  kafka-up) kafka_up ;;
  kafka-down)
    kafka_down
    # the tests rely on the broker really being gone
    ! port_open "$BUDGET_KAFKA_HOST" "$BUDGET_KAFKA_PORT" || die "a broker still answers on $BUDGET_KAFKA_BOOTSTRAP; it was not started by these scripts"
    ;;
  *) echo "usage: $0 up|down|status|kafka-up|kafka-down" >&2; exit 2 ;;
esac
