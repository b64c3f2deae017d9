#!/usr/bin/env bash
# Sourced by report.sh and check-claim.sh: builds the reports jar when it is missing or older than
# its sources, resolves its classpath once, and defines run_reports MAIN_CLASS ARGS... (no Spark).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/commit-stamp.sh"
REPORTS_JAR="$ROOT/reports/target/disruption-analytics-reports.jar"
CONTRACT_JAR="$ROOT/contract/target/disruption-analytics-contract.jar"
REPORTS_CP_FILE="$ROOT/reports/target/reports-classpath.txt"

stale=$( [ -f "$REPORTS_JAR" ] && [ -f "$CONTRACT_JAR" ] && find "$ROOT/pom.xml" "$ROOT"/{contract,reports}/pom.xml \
  "$ROOT"/{contract,reports}/src/main -newer "$REPORTS_JAR" -type f | head -1 || echo missing)
if [ -z "$stale" ] && built_at_other_commit; then
  stale=commit
fi
resolve=""
if [ ! -s "$REPORTS_CP_FILE" ] || [ "$ROOT/pom.xml" -nt "$REPORTS_CP_FILE" ] || [ "$ROOT/reports/pom.xml" -nt "$REPORTS_CP_FILE" ]; then
  resolve=yes
fi
# install, not package: resolving the reports module's classpath needs the contract module in ~/.m2.
if [ -n "$stale" ] || [ -n "$resolve" ]; then
  echo "building the reports jar (mvn install)..." >&2
  (cd "$ROOT" && mvn -B -q -DskipTests -pl reports -am install) >&2
fi
if [ -n "$resolve" ]; then
  # The project's own jars come from this checkout's target/ folders, not from ~/.m2.
  (cd "$ROOT" && mvn -B -q -pl reports dependency:build-classpath -DexcludeGroupIds=org.disruptionanalytics \
    -Dmdep.outputFile="$REPORTS_CP_FILE") >&2
  # The plugin leaves an unchanged file as it was: its time must still say it is up to date.
  touch "$REPORTS_CP_FILE"
fi

run_reports() {
  local main="$1"
  shift
  # Arrow reads memory through java.nio internals.
  exec java -Xmx512m --add-opens=java.base/java.nio=ALL-UNNAMED -Duser.timezone=UTC \
    -cp "$REPORTS_JAR:$CONTRACT_JAR:$(cat "$REPORTS_CP_FILE")" "$main" "$@"
}
