#!/usr/bin/env bash
# Renders the monthly summary of a published warehouse, without Spark (about a second):
#   scripts/report.sh --warehouse out --out /tmp/summary [--threat OIC]
# writes /tmp/summary/reports/internal/ (summary.html, summary.md, summary.json, tables/*.csv),
# byte for byte the files the run wrote into the warehouse. The warehouse is never written to.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
REPORTS_JAR="$ROOT/reports/target/disruption-analytics-reports.jar"
REPORTS_CP_FILE="$ROOT/reports/target/reports-classpath.txt"

stale=$( [ -f "$REPORTS_JAR" ] && find "$ROOT/pom.xml" "$ROOT/reports/pom.xml" "$ROOT/reports/src/main" \
  "$ROOT/contract/pom.xml" "$ROOT/contract/src/main" -newer "$REPORTS_JAR" -type f | head -1 || echo missing)
if [ -n "$stale" ]; then
  echo "building the reports jar (mvn package)..." >&2
  (cd "$ROOT" && mvn -B -q -DskipTests -pl reports -am install) >&2
fi
if [ ! -s "$REPORTS_CP_FILE" ] || [ "$ROOT/reports/pom.xml" -nt "$REPORTS_CP_FILE" ]; then
  (cd "$ROOT" && mvn -B -q -pl reports dependency:build-classpath -Dmdep.outputFile="$REPORTS_CP_FILE") >&2
fi
# Arrow reads memory through java.nio internals.
exec java -Xmx512m --add-opens=java.base/java.nio=ALL-UNNAMED -Duser.timezone=UTC \
  -cp "$REPORTS_JAR:$(cat "$REPORTS_CP_FILE")" org.disruptionanalytics.reports.ReportCommand "$@"
