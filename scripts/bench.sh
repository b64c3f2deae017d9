#!/usr/bin/env bash
# Benchmark of the whole pipeline against the bare baseline (issue 12; see bench/RESULTS.md).
# For the bundled sample and for each size (millions of disruption rows; inputs made once by the
# bulk generator under target/bench/input-<size>/ and reused), runs scripts/run-local.sh and
# BareBaseline interleaved, RUNS times each, on local[2] with the same driver heap, each process
# under /usr/bin/time -v. One line per run goes to bench/results/<date>-<commit>.tsv; the summary
# (per stage and in total: median, min, max; ratio pipeline/baseline; machine, Java, Spark, commit)
# is printed and appended to bench/results/<date>-<commit>.md.
# Usage: scripts/bench.sh [--sizes 0.1,1] [--runs 3]
# Environment: DRIVER_MEMORY (default 4g, at most 4g); PEAK_FROM_PROC=1 samples VmHWM from /proc
# even when /usr/bin/time is there.
source "$(dirname "${BASH_SOURCE[0]}")/spark-env.sh"
cd "$ROOT"

usage="usage: scripts/bench.sh [--sizes 0.1,1] [--runs 3]   (sizes in millions of disruption rows, e.g. 0.01,0.1,1,5)"
fail() {
  echo "bench.sh: $*" >&2
  exit 2
}

sizes=0.1,1 runs=3
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) sizes="${2:?--sizes needs a value}"; shift 2 ;;
    --runs) runs="${2:?--runs needs a value}"; shift 2 ;;
    -h|--help) echo "$usage"; exit 0 ;;
    *) fail "unknown argument '$1'; $usage" ;;
  esac
done
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || fail "--runs must be a positive whole number, not '$runs'"
IFS=, read -r -a size_list <<< "$sizes"
[ ${#size_list[@]} -gt 0 ] || fail "--sizes is empty"
for s in "${size_list[@]}"; do
  [[ "$s" =~ ^[0-9]+(\.[0-9]+)?$ ]] && awk -v s="$s" 'BEGIN { exit !(s * 1000000 >= 1) }' \
    || fail "a size is a positive number of millions of rows, not '$s'"
done

heap="${DRIVER_MEMORY:-4g}"
[[ "$heap" =~ ^([0-9]+)([mMgG])$ ]] || fail "DRIVER_MEMORY must look like 4g or 3072m, not '$heap'"
heap_mb=${BASH_REMATCH[1]}
[[ "${BASH_REMATCH[2]}" =~ [gG] ]] && heap_mb=$(( heap_mb * 1024 ))
# Both programs get the same heap, and at most 4 GB so that figures stay comparable across machines.
[ "$heap_mb" -le 4096 ] || fail "DRIVER_MEMORY is at most 4g for the benchmark, not $heap"

peak_from_proc="${PEAK_FROM_PROC:-}"
if [ ! -x /usr/bin/time ]; then
  echo "bench.sh: no /usr/bin/time: peak memory is sampled from /proc (VmHWM) every 0.5 s" >&2
  peak_from_proc=1
fi

ensure_built
commit=$(git rev-parse --short=12 HEAD)
git diff --quiet HEAD -- || commit="$commit-dirty"
started=$(date -u +%Y-%m-%dT%H:%M:%SZ)
day=${started%%T*}
mkdir -p bench/results
tsv="bench/results/$day-$commit.tsv"
md="bench/results/$day-$commit.md"
work="$ROOT/target/bench"
logs="$work/logs/${started//:/}"
mkdir -p "$logs"
if [ ! -s "$tsv" ]; then
  printf 'started\tsize\tdisruption_rows\tprogram\trun\twall_s\tstages\trows_read\trows_per_s\tpeak_rss_mb\tload_1m\tload_5m\tcommit\n' > "$tsv"
fi

# What to remove should the script stop half-way: the run folder or the input being generated.
scratch=""
trap '[ -z "$scratch" ] || rm -rf "$scratch"' EXIT

rows_of() {
  if [ "$1" = sample ]; then
    # A quoted source_system may hold a line break: a record's count ends its last line.
    awk -F, '/^(disruptions|investigations|ocg_register|ocg_links),/ { dataset = $1 }
      dataset == "disruptions" && /,[0-9]+$/ { n += $NF } END { print n }' data/sample/EXPECTED_OUTCOMES.csv
  else
    awk -v s="$1" 'BEGIN { printf "%d\n", s * 1000000 + 0.5 }'
  fi
}

# Sets input to the input folder of a size, generating it first when it is not there (into a
# temporary folder renamed at the end, so that an interrupted generation is never reused).
prepare_input() {
  if [ "$1" = sample ]; then
    input="$ROOT/data/sample"
    return
  fi
  input="$work/input-$1"
  if [ ! -f "$input/AS_OF" ]; then
    local rows
    rows=$(rows_of "$1")
    echo "bench.sh: generating $rows disruption rows into $input (once)..." >&2
    rm -rf "$input.tmp"
    scratch="$input.tmp"
    java -Xmx2g -cp "$(cat "$SPARK_CP_FILE"):$JOB_JAR:$TOOLS_JAR" org.disruptionanalytics.generator.SampleGenerator \
      bulk --output "$input.tmp" --disruptions "$rows" >&2
    mv "$input.tmp" "$input"
    scratch=""
  fi
}

# The process and all its descendants.
tree_pids() {
  local p
  echo "$1"
  for p in $(pgrep -P "$1" || true); do
    tree_pids "$p"
  done
}

# Runs a command with its output to a log file and prints its peak resident set size in kB: the
# largest VmHWM among the process and its descendants, sampled while it runs.
run_sampling_peak() {
  local log="$1"
  shift
  "$@" > "$log" 2>&1 &
  local pid=$! peak=0 p hwm
  while kill -0 "$pid" 2> /dev/null; do
    for p in $(tree_pids "$pid"); do
      hwm=$(awk '/^VmHWM:/ { print $2 }' "/proc/$p/status" 2> /dev/null || true)
      [ -z "$hwm" ] || [ "$hwm" -le "$peak" ] || peak=$hwm
    done
    sleep 0.5
  done
  wait "$pid" || return $?
  echo "$peak"
}

# One timed run of one program: appends its line to the TSV.
measure() {
  local size="$1" program="$2" run="$3" input="$4" as_of="$5" rows="$6"
  local dir="$work/run-$size-$program-$run" log="$logs/$size-$program-$run.log"
  local cmd
  if [ "$program" = pipeline ]; then
    # The pipeline's shuffle partitions are its own (by input size); the baseline's are fixed at 8.
    cmd=(env SPARK_MASTER='local[2]' DRIVER_MEMORY="$heap"
      "$ROOT/scripts/run-local.sh" --input "$input" --output "$dir/warehouse" --as-of "$as_of")
  else
    cmd=(java -Xmx"$heap" "${JAVA_FLAGS[@]}" -cp "$(cat "$SPARK_CP_FILE")" org.apache.spark.deploy.SparkSubmit
      --master 'local[2]' --conf spark.ui.enabled=false --conf spark.sql.shuffle.partitions=8
      --conf spark.sql.ansi.enabled=false --jars "$JOB_JAR" --class org.disruptionanalytics.bench.BareBaseline
      "$TOOLS_JAR" "$input" "$dir/counts" "$as_of")
  fi
  rm -rf "$dir"
  mkdir -p "$dir"
  scratch="$dir"
  local load start end peak_kb="" status=0
  load=$(cut -d' ' -f1,2 /proc/loadavg)
  echo "bench.sh: $size $program run $run/$runs (load average ${load% *} before)..." >&2
  start=$(date +%s%N)
  if [ -n "$peak_from_proc" ]; then
    peak_kb=$(run_sampling_peak "$log" "${cmd[@]}") || status=$?
  else
    /usr/bin/time -v -o "$dir/time.txt" "${cmd[@]}" > "$log" 2>&1 || status=$?
    peak_kb=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$dir/time.txt")
  fi
  end=$(date +%s%N)
  if [ "$status" -ne 0 ]; then
    echo "bench.sh: $program on $input failed (exit $status); the end of $log:" >&2
    tail -n 20 "$log" >&2
    exit 1
  fi
  local rows_read stages wall
  if [ "$program" = pipeline ]; then
    rows_read=$(grep -oE '"rows_read" *: *[0-9]+' "$dir/warehouse/_manifest.json" | awk -F: '{ n += $2 } END { print n + 0 }')
  else
    rows_read=$(sed -nE 's/^BareBaseline: rows read: ([0-9]+)$/\1/p' "$log")
  fi
  [ -n "$rows_read" ] || { echo "bench.sh: no rows-read figure for $program in $log" >&2; exit 1; }
  stages=$(sed -nE 's/.* stage ([^:]+): .* in ([0-9.]+) s$/\1=\2/p' "$log" | paste -sd';')
  wall=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", (b - a) / 1e9 }')
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$started" "$size" "$rows" "$program" "$run" \
    "$wall" "$stages" "$rows_read" "$(awk -v r="$rows_read" -v w="$wall" 'BEGIN { printf "%.0f", r / w }')" \
    "$(awk -v k="${peak_kb:-0}" 'BEGIN { printf "%.0f", k / 1024 }')" "${load% *}" "${load#* }" "$commit" >> "$tsv"
  rm -rf "$dir"
  scratch=""
}

all_sizes=(sample "${size_list[@]}")
for size in "${all_sizes[@]}"; do
  prepare_input "$size"
  as_of=$(tr -d '[:space:]' < "$input/AS_OF")
  rows=$(rows_of "$size")
  for run in $(seq "$runs"); do
    measure "$size" pipeline "$run" "$input" "$as_of" "$rows"
    measure "$size" baseline "$run" "$input" "$as_of" "$rows"
  done
done

# ---- the summary, from this invocation's lines of the TSV ----
this_run() {
  awk -F'\t' -v s="$started" -v z="$1" -v p="$2" '$1 == s && $2 == z && $4 == p'
}
# Reads numbers, one a line; prints "median min max".
stats() {
  sort -g | awk '{ v[NR] = $1 } END {
    if (NR == 0) { print "- - -"; exit }
    m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    printf "%.1f %.1f %.1f\n", m, v[1], v[NR] }'
}
median_of() {
  stats | cut -d' ' -f1
}
# Per run: each stage's seconds, the seconds outside the stages (JVM and Spark start and stop,
# for the pipeline also fingerprints, publishing and the manifest), and the total. Stages marked
# "(alongside)" run on a second thread, overlapping the others: they are not in the sum.
stage_lines() {
  awk -F'\t' '{
    n = split($7, st, ";"); sum = 0
    for (i = 1; i <= n; i++) { k = index(st[i], "="); name = substr(st[i], 1, k - 1); s = substr(st[i], k + 1)
      print name "\t" s; if (name !~ /\(alongside\)$/) sum += s }
    printf "outside stages\t%.1f\ntotal\t%.1f\n", $6 - sum, $6 }'
}

java_version=$(java -version 2>&1 | head -n 1)
spark_version=$(grep -oE 'spark-core_[0-9.]+-[0-9][^:/]*\.jar' "$SPARK_CP_FILE" | head -n 1 | sed -E 's/spark-core_[0-9.]+-(.*)\.jar/\1/')
cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
mem=$(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
summary=$(
  echo "## Run of $started"
  echo
  echo "\`scripts/bench.sh --sizes $sizes --runs $runs\`; commit \`$commit\`; $(nproc) cores ($cpu), $mem;"
  echo "$java_version; Spark $spark_version; local[2], driver heap $heap for both programs."
  echo
  echo "| input | disruption rows | program | runs | wall median s | min s | max s | rows read | rows/s (median) | peak RSS MB median (max) | load 1 min before (min-max) |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|"
  for size in "${all_sizes[@]}"; do
    for program in pipeline baseline; do
      lines=$(this_run "$size" "$program" < "$tsv")
      read -r med lo hi <<< "$(cut -f6 <<< "$lines" | stats)"
      read -r rss_med _ rss_hi <<< "$(cut -f10 <<< "$lines" | stats)"
      read -r _ load_lo load_hi <<< "$(cut -f11 <<< "$lines" | stats)"
      echo "| $size | $(head -n 1 <<< "$lines" | cut -f3) | $program | $(wc -l <<< "$lines") | $med | $lo | $hi" \
        "| $(head -n 1 <<< "$lines" | cut -f8) | $(cut -f9 <<< "$lines" | median_of | cut -d. -f1)" \
        "| ${rss_med%.*} (${rss_hi%.*}) | $load_lo-$load_hi |"
    done
  done
  echo
  echo "| input | pipeline median s | baseline median s | pipeline / baseline |"
  echo "|---|---|---|---|"
  for size in "${all_sizes[@]}"; do
    p=$(this_run "$size" pipeline < "$tsv" | cut -f6 | median_of)
    b=$(this_run "$size" baseline < "$tsv" | cut -f6 | median_of)
    echo "| $size | $p | $b | $(awk -v p="$p" -v b="$b" 'BEGIN { printf "%.2f", p / b }') |"
  done
  for size in "${all_sizes[@]}"; do
    echo
    echo "Stages, $size (seconds; median, min, max of $runs):"
    echo
    echo "| program | stage | median | min | max |"
    echo "|---|---|---|---|---|"
    for program in pipeline baseline; do
      per_stage=$(this_run "$size" "$program" < "$tsv" | stage_lines)
      cut -f1 <<< "$per_stage" | awk '!seen[$0]++' | while IFS= read -r stage; do
        read -r med lo hi <<< "$(awk -F'\t' -v n="$stage" '$1 == n { print $2 }' <<< "$per_stage" | stats)"
        echo "| $program | $stage | $med | $lo | $hi |"
      done
    done
  done
)
echo
echo "$summary"
{ echo; echo "$summary"; } >> "$md"
echo
echo "bench.sh: runs in $tsv, summary appended to $md, logs in $logs"
