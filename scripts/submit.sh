#!/usr/bin/env bash
# Submits the job jar with spark-submit: the real one ($SPARK_HOME/bin/spark-submit) when SPARK_HOME
# is set, otherwise Spark's own SparkSubmit class from the Maven-resolved classpath, so the same
# command works on a laptop and on a cluster gateway.
#
#   scripts/submit.sh [spark-submit options] -- <job arguments>
#   scripts/submit.sh <job arguments>                  (no spark-submit options: no "--" needed)
#
# Everything before the first "--" goes to spark-submit (--master, --deploy-mode, --conf k=v,
# --driver-memory, --executor-memory, --num-executors, --class, ...); everything after it goes
# to the job. --class defaults to org.disruptionanalytics.Main. Examples:
#   scripts/submit.sh --master 'local[2]' -- run --input data/sample --output out --as-of 2026-10-31
#   scripts/submit.sh --master spark://gateway:7077 --executor-memory 4g -- \
#       run --input hdfs:///disruptions/2026-10 --output hdfs:///warehouse/2026-10 --as-of 2026-10-31
#
# Without SPARK_HOME the driver runs in this script's JVM (client mode), so its heap is set here:
# from --driver-memory (or --conf spark.driver.memory=...), else $DRIVER_MEMORY, else 2g. Without
# --master, Spark's own default applies (local[*]). The jar is built first when missing or stale.
source "$(dirname "${BASH_SOURCE[0]}")/spark-env.sh"

submit_opts=() job_args=()
for arg in "$@"; do
  if [ "$arg" = "--" ]; then
    while [ "$1" != "--" ]; do submit_opts+=("$1"); shift; done
    shift
    break
  fi
done
job_args=("$@")
if [ ${#job_args[@]} -eq 0 ]; then
  echo "submit.sh: no job arguments (usage: scripts/submit.sh [spark-submit options] -- run --input ... --output ... --as-of ...)" >&2
  exit 2
fi

driver_memory="${DRIVER_MEMORY:-2g}" has_class=false
for ((i = 0; i < ${#submit_opts[@]}; i++)); do
  case "${submit_opts[i]}" in
    --class) has_class=true ;;
    --driver-memory) driver_memory="${submit_opts[i + 1]:?--driver-memory needs a value}" ;;
    --driver-memory=*) driver_memory="${submit_opts[i]#*=}" ;;
    spark.driver.memory=*) driver_memory="${submit_opts[i]#*=}" ;;
  esac
done
$has_class || submit_opts+=(--class "$MAIN_CLASS")

ensure_built
if [ -n "${SPARK_HOME:-}" ] && [ -x "$SPARK_HOME/bin/spark-submit" ]; then
  exec "$SPARK_HOME/bin/spark-submit" "${submit_opts[@]}" "$JOB_JAR" "${job_args[@]}"
fi
if [ -n "${SPARK_HOME:-}" ]; then
  echo "submit.sh: SPARK_HOME=$SPARK_HOME has no bin/spark-submit; using Spark from the Maven classpath" >&2
fi
exec java -Xmx"$driver_memory" "${JAVA_FLAGS[@]}" -cp "$(cat "$SPARK_CP_FILE")" \
  org.apache.spark.deploy.SparkSubmit "${submit_opts[@]}" "$JOB_JAR" "${job_args[@]}"
