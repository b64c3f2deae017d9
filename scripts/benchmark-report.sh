#!/usr/bin/env bash
# Benchmark of the standalone report render: the whole scripts/report.sh process (JVM start,
# reading the warehouse's Parquet into Arrow, rendering, writing), RUNS times (default 7),
# median and range printed. Renders the bundled sample first when no warehouse is given.
# Usage: scripts/benchmark-report.sh [warehouse]   (AUDIENCE=internal|published|both, default both; RUNS=n)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
warehouse="${1:-$ROOT/target/benchmark-report/warehouse}"
out="$ROOT/target/benchmark-report/render"
if [ ! -f "$warehouse/_manifest.json" ]; then
  "$ROOT/scripts/run-local.sh" --output "$warehouse" > /dev/null
fi
# One render first, so that a stale jar is rebuilt outside the timed runs.
"$ROOT/scripts/report.sh" --warehouse "$warehouse" --out "$out" > /dev/null
times=()
for _ in $(seq "${RUNS:-7}"); do
  start=$(date +%s%N)
  "$ROOT/scripts/report.sh" --warehouse "$warehouse" --out "$out" --audience "${AUDIENCE:-both}" > /dev/null
  times+=($(( ($(date +%s%N) - start) / 1000000 )))
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
n=${#sorted[@]}
echo "benchmark-report: ${n} renders (${AUDIENCE:-both}) of $warehouse ($(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB)"
echo "benchmark-report: ms per render: ${times[*]}"
echo "benchmark-report: median ${sorted[$((n / 2))]} ms (min ${sorted[0]}, max ${sorted[$((n - 1))]})"
