#!/usr/bin/env bash
# Kills the pipeline with SIGKILL at several stages and checks, each time, that the warehouse
# published before is intact (every file, byte for byte) and readable; then checks that the next
# run succeeds and publishes, its report with it. Uses the bundled sample; takes a few minutes.
# Usage: scripts/kill-test.sh
source "$(dirname "${BASH_SOURCE[0]}")/spark-env.sh"
cd "$ROOT"
ensure_built

tmp=$(mktemp -d "${TMPDIR:-/tmp}/kill-test.XXXXXX")
pid=""
cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill -9 "$pid" 2>/dev/null || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

out="$tmp/warehouse"
first_as_of=$(tr -d '[:space:]' < data/sample/AS_OF)
second_as_of=2026-09-30

fail() { echo "kill-test: FAILED: $*" >&2; exit 1; }

# Starts the job in the background; $! is the java process itself, so kill -9 hits the driver.
start_run() {
  java -Xmx1g "${JAVA_FLAGS[@]}" -cp "$(cat "$SPARK_CP_FILE")" org.apache.spark.deploy.SparkSubmit \
    --master 'local[2]' --conf spark.ui.enabled=false --conf spark.sql.shuffle.partitions=4 \
    --class "$MAIN_CLASS" "$JOB_JAR" run --input data/sample --output "$out" --as-of "$1" \
    > "$tmp/$2.out" 2> "$tmp/$2.err" &
  pid=$!
}

# Every file of the published warehouse with its SHA-256, paths relative to the warehouse.
snapshot() {
  (cd -P "$out" && find . -type f -print0 | sort -z | xargs -0 sha256sum)
}

start_run "$first_as_of" good
wait "$pid" || fail "the first run failed: $(tail -3 "$tmp/good.err")"
pid=""
before=$(snapshot)
[ -n "$before" ] || fail "the first run published nothing"
grep -q '"as_of" : "'"$first_as_of"'"' "$out/reports/internal/summary.json" || fail "the first run published no report"
echo "kill-test: published a warehouse as of $first_as_of ($(echo "$before" | wc -l) files)"

for marker in "run [0-9a-f]* as of" "stage clean/disruptions:" "stage marts/disruption_counts:" "stage marts/ocg_coverage:" "stage reports: rendering"; do
  start_run "$second_as_of" killed
  until grep -qs "$marker" "$tmp/killed.err"; do
    kill -0 "$pid" 2>/dev/null || fail "the run ended before '$marker': $(tail -3 "$tmp/killed.err")"
    sleep 0.1
  done
  kill -9 "$pid"
  wait "$pid" 2>/dev/null || true
  pid=""
  [ "$(snapshot)" = "$before" ] || fail "after SIGKILL at '$marker' the warehouse changed"
  grep -q "\"as_of\" : \"$first_as_of\"" "$out/_manifest.json" || fail "manifest unreadable after SIGKILL at '$marker'"
  echo "kill-test: SIGKILL at '$marker': previous warehouse intact"
done

start_run "$second_as_of" next
wait "$pid" || fail "the run after the kills failed: $(tail -3 "$tmp/next.err")"
pid=""
grep -q "\"as_of\" : \"$second_as_of\"" "$out/_manifest.json" || fail "the next run did not publish"
grep -q "\"as_of\" : \"$second_as_of\"" "$out/reports/internal/summary.json" || fail "the next run's report is not the published one"
if ls -d "$out.versions"/*.staging >/dev/null 2>&1; then fail "staging folders left behind"; fi
echo "kill-test: the next run published as of $second_as_of; killed runs' staging removed"
echo "kill-test: passed"
