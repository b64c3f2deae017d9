#!/usr/bin/env bash
# Runs the whole pipeline with an embedded local Spark (no Spark installation needed).
# No arguments: the bundled sample, as of its own AS_OF day, into out/.
# Options given replace those defaults one by one, e.g.
#   scripts/run-local.sh --input data/published --as-of 2026-03-31
# Environment: SPARK_MASTER (default local[2]), DRIVER_MEMORY (default 2g), SHUFFLE_PARTITIONS
# (default: the job's, one per 32 MiB of input and at least 8).
# The JVM runs the parallel collector: a batch run wants throughput, and G1's concurrent work
# competes with the tasks for two cores (1 million rows: 48 s against 52 s, bench/RESULTS.md).
source "$(dirname "${BASH_SOURCE[0]}")/spark-env.sh"
cd "$ROOT"

input=data/sample output=out as_of="" extra=() info=""
while [ $# -gt 0 ]; do
  case "$1" in
    -h|--help|--version) info="$1"; shift ;;
    --input) input="${2:?--input needs a value}"; shift 2 ;;
    --output) output="${2:?--output needs a value}"; shift 2 ;;
    --as-of) as_of="${2:?--as-of needs a value}"; shift 2 ;;
    *) extra+=("$1"); shift ;;
  esac
done
# Help and version come from the job itself (one text, in RunArguments), with no defaults applied.
if [ -n "$info" ]; then
  ensure_built
  if [ "$info" != --version ]; then
    echo "run-local.sh: the job's options, with these defaults: --input data/sample, --output out, --as-of <input>/AS_OF;"
    echo "environment: SPARK_MASTER (local[2]), DRIVER_MEMORY (2g), SHUFFLE_PARTITIONS (the job's own)"
    echo
  fi
  exec java -Xmx512m "${JAVA_FLAGS[@]}" -cp "$(cat "$SPARK_CP_FILE")" org.apache.spark.deploy.SparkSubmit \
    --master "${SPARK_MASTER:-local[2]}" --class "$MAIN_CLASS" "$JOB_JAR" "$info"
fi
if [ -z "$as_of" ]; then
  if [ -f "$input/AS_OF" ]; then
    as_of=$(tr -d '[:space:]' < "$input/AS_OF")
  else
    echo "run-local.sh: no --as-of given and no $input/AS_OF file" >&2
    exit 2
  fi
fi

ensure_built
start=$(date +%s%N)
set +e
java -Xmx"${DRIVER_MEMORY:-2g}" -XX:+UseParallelGC "${JAVA_FLAGS[@]}" -cp "$(cat "$SPARK_CP_FILE")" \
  org.apache.spark.deploy.SparkSubmit --master "${SPARK_MASTER:-local[2]}" \
  --conf spark.ui.enabled=false ${SHUFFLE_PARTITIONS:+--conf spark.sql.shuffle.partitions=$SHUFFLE_PARTITIONS} \
  --class "$MAIN_CLASS" "$JOB_JAR" \
  run --input "$input" --output "$output" --as-of "$as_of" "${extra[@]}"
status=$?
set -e
if [ $status -eq 0 ]; then
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  printf 'run-local.sh: done in %d.%01d s\n' $((ms / 1000)) $((ms % 1000 / 100))
fi
exit $status
