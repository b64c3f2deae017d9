# Sourced by the scripts: builds the job jar and Spark's classpath when they are missing or stale,
# and sets the JVM flags Spark's own launcher would add.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/commit-stamp.sh"
JOB_JAR="$ROOT/jobs/target/disruption-analytics-jobs.jar"
# The sample generator and the benchmarks (module tools/), run with the job jar beside them.
TOOLS_JAR="$ROOT/tools/target/disruption-analytics-tools.jar"
SPARK_CP_FILE="$ROOT/jobs/target/spark-classpath.txt"
MAIN_CLASS=org.disruptionanalytics.Main
export SPARK_LOCAL_IP="${SPARK_LOCAL_IP:-127.0.0.1}"
export SPARK_SCALA_VERSION=2.13

JAVA_FLAGS=(-XX:+IgnoreUnrecognizedVMOptions
  --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED
  --add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED
  -Dio.netty.tryReflectionSetAccessible=true -Duser.timezone=UTC
  -Dlog4j2.configurationFile="$ROOT/scripts/log4j2.properties")

ensure_built() {
  local stale
  stale=$( [ -f "$JOB_JAR" ] && [ -f "$TOOLS_JAR" ] && find "$ROOT/pom.xml" "$ROOT"/{contract,reports,jobs,tools}/pom.xml \
    "$ROOT"/{contract,reports,jobs,tools}/src/main "$ROOT/data/reference" -newer "$JOB_JAR" -type f | head -1 || echo missing)
  if [ -z "$stale" ] && built_at_other_commit; then
    stale=commit
  fi
  local resolve=""
  if [ ! -s "$SPARK_CP_FILE" ] || [ "$ROOT/pom.xml" -nt "$SPARK_CP_FILE" ] || [ "$ROOT/jobs/pom.xml" -nt "$SPARK_CP_FILE" ] \
    || [ "$ROOT/reports/pom.xml" -nt "$SPARK_CP_FILE" ]; then
    resolve=yes
  fi
  # install, not package: resolving Spark's classpath for jobs needs its sibling modules in ~/.m2
  # (on a clean machine, after mvn verify, they are not there yet).
  if [ -n "$stale" ] || [ -n "$resolve" ]; then
    echo "building the job jar (mvn install)..." >&2
    (cd "$ROOT" && mvn -B -q -DskipTests install) >&2
  fi
  if [ -n "$resolve" ]; then
    echo "resolving Spark's classpath (first run downloads it)..." >&2
    # The project's own modules are in the (shaded) job jar, not on Spark's classpath.
    (cd "$ROOT" && mvn -B -q -Pspark-runtime -pl jobs dependency:build-classpath \
      -DexcludeGroupIds=org.disruptionanalytics -Dmdep.outputFile="$SPARK_CP_FILE") >&2
    # The plugin leaves an unchanged file as it was: its time must still say it is up to date.
    touch "$SPARK_CP_FILE"
  fi
}
