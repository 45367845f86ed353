#!/bin/sh
# The image's entry point. A service that carries database migrations runs them first, in a JVM of its
# own that exits once they are done (Quarkus' quarkus.init-and-exit), and then starts without
# migrating: Liquibase and the XML parser it reads its changelogs with are some 2,000 classes, 14 MB of
# class metadata that would stay loaded for the service's whole life. deploy/local/run.sh does the same.
set -e
# JAVA_SERVICE_OPTS, when set, follows JAVA_OPTS and so overrides its heap size (the owning services set it)
if ls lib/main/io.quarkus.quarkus-liquibase-*.jar >/dev/null 2>&1; then
  # shellcheck disable=SC2086
  java $JAVA_OPTS -Dquarkus.init-and-exit=true -jar quarkus-run.jar
  # shellcheck disable=SC2086
  exec java $JAVA_OPTS $JAVA_SERVICE_OPTS -Dquarkus.liquibase.migrate-at-start=false -jar quarkus-run.jar
fi
# shellcheck disable=SC2086
exec java $JAVA_OPTS $JAVA_SERVICE_OPTS -jar quarkus-run.jar
