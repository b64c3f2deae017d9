#!/usr/bin/env bash
# Benchmark of group linking (issue 4): a generated table of N links (default 1,000,000; half in
# chains of 5,000, half random), linked into groups several times in one local[2] JVM; prints each
# run's wall time and the median.
# Usage: scripts/benchmark-links.sh [links] [chain length]   (RUNS=n, DRIVER_MEMORY, SHUFFLE_PARTITIONS)
source "$(dirname "${BASH_SOURCE[0]}")/spark-env.sh"
ensure_built
java -Xmx"${DRIVER_MEMORY:-4g}" "${JAVA_FLAGS[@]}" -cp "$(cat "$SPARK_CP_FILE")" org.apache.spark.deploy.SparkSubmit \
  --master 'local[2]' --conf spark.ui.enabled=false --conf spark.sql.shuffle.partitions="${SHUFFLE_PARTITIONS:-8}" \
  --jars "$JOB_JAR" --class org.disruptionanalytics.bench.LinksBenchmark "$TOOLS_JAR" "${1:-1000000}" "${2:-5000}" "${RUNS:-3}"
