#!/usr/bin/env bash
# Benchmark of the counts stage (issue 3): generates N disruption rows (default 5,000,000), runs
# the pipeline once to build clean/disruptions, then times the counts stage against a bare
# aggregation over the same clean table, several runs each, in one local[2] JVM.
# Usage: scripts/benchmark-counts.sh [rows] [work-dir]   (REBUILD=1 reruns the pipeline; RUNS=n)
source "$(dirname "${BASH_SOURCE[0]}")/spark-env.sh"
rows="${1:-5000000}"
work="${2:-$ROOT/target/benchmark-counts}"
ensure_built
mkdir -p "$work"
if [ ! -f "$work/input/AS_OF" ] || [ "$(cat "$work/rows" 2>/dev/null)" != "$rows" ]; then
  rm -rf "$work/input" "$work/warehouse"
  java -Xmx2g -cp "$(cat "$SPARK_CP_FILE"):$JOB_JAR:$TOOLS_JAR" org.disruptionanalytics.generator.SampleGenerator \
    bulk --output "$work/input" --disruptions "$rows"
  echo "$rows" > "$work/rows"
fi
as_of=$(tr -d '[:space:]' < "$work/input/AS_OF")
if [ ! -f "$work/warehouse/_manifest.json" ] || [ -n "${REBUILD:-}" ]; then
  echo "pipeline on $rows disruption rows (local[2], DRIVER_MEMORY=${DRIVER_MEMORY:-8g}):"
  DRIVER_MEMORY="${DRIVER_MEMORY:-8g}" "$ROOT/scripts/run-local.sh" --input "$work/input" --output "$work/warehouse" --as-of "$as_of"
fi
java -Xmx"${DRIVER_MEMORY:-8g}" "${JAVA_FLAGS[@]}" -cp "$(cat "$SPARK_CP_FILE")" org.apache.spark.deploy.SparkSubmit \
  --master 'local[2]' --conf spark.ui.enabled=false --conf spark.sql.shuffle.partitions="${SHUFFLE_PARTITIONS:-8}" \
  --jars "$JOB_JAR" --class org.disruptionanalytics.bench.CountsBenchmark "$TOOLS_JAR" "$work/warehouse" "$as_of" "${RUNS:-3}"
