#!/usr/bin/env bash
# The standalone-cluster test: starts a Spark Master and two Workers (one core each) on 127.0.0.1,
# submits the pipeline on data/sample to them through scripts/submit.sh, runs the same input with a
# local[2] Spark, and checks with WarehouseComparison that every table under clean/, marts/ and
# quarantine/ holds the same rows in both warehouses. Prints the wall time of both runs; exits 0
# only when the cluster ran the job on its executors and every table matched.
#
# No Spark installation is needed: the cluster runs from the Maven-resolved Spark jars, linked into
# a temporary SPARK_HOME. Ports are picked by Spark (port 0) and read back from the Master's log, so
# the test does not clash with anything else listening. The workers' JVMs run in another time
# zone (CLUSTER_TZ, default America/New_York) and in their own work folders, as a real cluster's
# might. The processes it started are stopped by PID, and its temp folder removed, however it ends.
# Environment: KEEP_TMP=1 keeps the temp folder (logs, both warehouses) for a look afterwards.
source "$(dirname "${BASH_SOURCE[0]}")/spark-env.sh"
cd "$ROOT"
unset SPARK_HOME  # the cluster and the runs all use the Maven-resolved Spark, whatever is installed

input=data/sample
as_of=$(tr -d '[:space:]' < "$input/AS_OF")
tmp=$(mktemp -d "${TMPDIR:-/tmp}/cluster-test.XXXXXX")
pids=() current=""

# Stops the given processes (started by this script): TERM, then KILL after 10 s.
stop_pids() {
  local pid
  for pid in "$@"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "$@"; do
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    if kill -0 "$pid" 2>/dev/null; then
      echo "cluster-test.sh: $pid did not stop in 10 s; killing it" >&2
      kill -9 "$pid" 2>/dev/null || true
    fi
    wait "$pid" 2>/dev/null || true
  done
}

stop_all() {
  local status=$?
  trap - EXIT INT TERM
  [ -z "$current" ] || pids+=("$current")
  stop_pids "${pids[@]}"
  if [ "${KEEP_TMP:-0}" = 1 ]; then
    echo "cluster-test.sh: kept $tmp" >&2
  else
    rm -rf "$tmp"
  fi
  exit "$status"
}
trap stop_all EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

fail() {
  echo "cluster-test.sh: FAILED: $*" >&2
  exit 1
}

# Runs a command in the background into a log and waits for it, so that a signal is acted on
# at once (and the command stopped with the rest). Arguments: log file, command...
run_logged() {
  local log=$1 status
  shift
  "$@" > "$log" 2>&1 &
  current=$!
  wait "$current" && status=0 || status=$?
  current=""
  return "$status"
}

seconds_since() {
  local ms=$(( ($(date +%s%N) - $1) / 1000000 ))
  printf '%d.%01d' $((ms / 1000)) $((ms % 1000 / 100))
}

ensure_built

# A SPARK_HOME the Worker can launch executors from: jars/ holds Spark's runtime classpath.
spark_home="$tmp/spark-home"
mkdir -p "$spark_home/jars" "$tmp/logs"
tr ':' '\n' < "$SPARK_CP_FILE" | while read -r jar; do ln -s "$jar" "$spark_home/jars/"; done
cat > "$tmp/log4j2-daemon.properties" <<'EOF'
rootLogger.level = info
rootLogger.appenderRef.stderr.ref = console
appender.console.type = Console
appender.console.name = console
appender.console.target = SYSTEM_ERR
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = %d{HH:mm:ss} %p %c{1}: %m%n%ex
EOF
daemon_flags=("${JAVA_FLAGS[@]}" -Xmx512m -Dlog4j2.configurationFile="$tmp/log4j2-daemon.properties")

# Wait until a log line matches; print the first match. Arguments: file, regex, what, seconds.
await_log() {
  local deadline=$(( $(date +%s) + $4 )) line
  while [ "$(date +%s)" -lt "$deadline" ]; do
    line=$(grep -m1 -E "$2" "$1" 2>/dev/null || true)
    if [ -n "$line" ]; then
      echo "$line"
      return 0
    fi
    sleep 0.5
  done
  fail "no $3 after $4 s (log: $1)"$'\n'"$(tail -20 "$1")"
}

echo "cluster-test.sh: load average before: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown) on $(nproc) cores"
echo "cluster-test.sh: starting a Master and two Workers on 127.0.0.1 (temp folder $tmp)"
cluster_start=$(date +%s%N)
SPARK_HOME="$spark_home" nohup java "${daemon_flags[@]}" -cp "$spark_home/jars/*" org.apache.spark.deploy.master.Master \
  --host 127.0.0.1 --port 0 --webui-port 0 > "$tmp/logs/master.log" 2>&1 &
pids+=($!)
line=$(await_log "$tmp/logs/master.log" 'Starting Spark master at spark://[0-9.]+:[0-9]+' 'master URL' 60)
master_url=spark://${line##*spark://}
line=$(await_log "$tmp/logs/master.log" "service 'MasterUI' on port [0-9]+" 'master web UI' 60)
ui_port=${line##* port }
ui_url=http://127.0.0.1:${ui_port%.}

for n in 1 2; do
  mkdir -p "$tmp/worker$n"
  SPARK_HOME="$spark_home" TZ="${CLUSTER_TZ:-America/New_York}" nohup java "${daemon_flags[@]}" -cp "$spark_home/jars/*" \
    org.apache.spark.deploy.worker.Worker "$master_url" --host 127.0.0.1 --port 0 --webui-port 0 \
    --cores 1 --memory 1536m --work-dir "$tmp/worker$n" > "$tmp/logs/worker$n.log" 2>&1 &
  pids+=($!)
done

deadline=$(( $(date +%s) + 90 ))
until [ "$(curl -sf "$ui_url/json/" | grep -oE '"aliveworkers" *: *[0-9]+' | grep -oE '[0-9]+$')" = 2 ]; do
  for pid in "${pids[@]}"; do
    kill -0 "$pid" 2>/dev/null || fail "process $pid ended early (logs in $tmp/logs)"$'\n'"$(tail -5 "$tmp"/logs/*.log)"
  done
  [ "$(date +%s)" -lt "$deadline" ] || fail "the two workers did not register within 90 s"$'\n'"$(tail -5 "$tmp"/logs/*.log)"
  sleep 0.5
done
echo "cluster-test.sh: master $master_url (web UI $ui_url), 2 workers registered after $(seconds_since "$cluster_start") s"

# Settings the two runs share; the input path is relative on purpose (the driver resolves it).
common=(--conf spark.ui.enabled=false --conf spark.sql.shuffle.partitions=8)
job=(run --input "$input" --as-of "$as_of")

echo "cluster-test.sh: spark-submit to $master_url"
start=$(date +%s%N)
run_logged "$tmp/logs/cluster-run.log" scripts/submit.sh --master "$master_url" "${common[@]}" \
    --driver-memory 1g --conf spark.executor.memory=1g --conf spark.cores.max=2 \
    -- "${job[@]}" --output "$tmp/cluster-out" ||
  fail "the cluster run failed"$'\n'"$(tail -20 "$tmp/logs/cluster-run.log")"
cluster_time=$(seconds_since "$start")
executors=$(find "$tmp"/worker[12] -mindepth 2 -maxdepth 2 -type d | wc -l)
[ "$executors" -eq 2 ] || fail "the cluster run used $executors executor(s), not 2: did it run on the cluster?"
stop_pids "${pids[@]}"  # the cluster is done: stopped now so that it does not weigh on the local run
pids=()

echo "cluster-test.sh: the same input on local[2]"
start=$(date +%s%N)
run_logged "$tmp/logs/local-run.log" scripts/submit.sh --master 'local[2]' "${common[@]}" \
    --driver-memory 2g -- "${job[@]}" --output "$tmp/local-out" ||
  fail "the local run failed"$'\n'"$(tail -20 "$tmp/logs/local-run.log")"
local_time=$(seconds_since "$start")

echo "cluster-test.sh: comparing the two warehouses"
start=$(date +%s%N)
run_logged "$tmp/logs/comparison.log" scripts/submit.sh --master 'local[2]' \
    --conf spark.ui.enabled=false --conf spark.sql.shuffle.partitions=4 \
    --class org.disruptionanalytics.run.WarehouseComparison -- "$tmp/cluster-out" "$tmp/local-out" &&
  compared=0 || compared=$?
grep -vE '^[0-9]{2}:[0-9]{2}:[0-9]{2} ' "$tmp/logs/comparison.log" || true
echo "cluster-test.sh: comparison took $(seconds_since "$start") s; whole test $(seconds_since "$cluster_start") s"
run_ids=$(cat "$tmp/cluster-out/_manifest.json" "$tmp/local-out/_manifest.json" |
  grep -o '"run_id" *: *"[^"]*"' | sort -u | wc -l)

echo "cluster-test.sh: wall time, spark-submit to the 2-worker cluster: $cluster_time s ($executors executors)"
echo "cluster-test.sh: wall time, the same run on local[2]:              $local_time s"
[ "$compared" -eq 0 ] || fail "the warehouses differ (see above)"
[ "$run_ids" -eq 1 ] || fail "the two manifests have different run_ids"
echo "cluster-test.sh: OK: every table the same on the cluster and locally"
