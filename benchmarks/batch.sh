#!/usr/bin/env bash
# Times `editions publish DIR` on a folder of many small reports and on one of fewer large ones, for
# each number of threads, and prints the throughput in reports per second with the peak memory.
# Usage: benchmarks/batch.sh [SMALL_COUNT] [LARGE_COUNT] [THREADS...]   (defaults: 1000 50, threads 1 2)
set -euo pipefail
cd "$(dirname "$0")/.."
small="${1:-1000}"
large="${2:-50}"
shift $(( $# > 2 ? 2 : $# )) || true
threads=("$@")
[ "${#threads[@]}" -gt 0 ] || threads=(1 2)
work=benchmarks/target/batch
rm -rf "$work"
mkdir -p "$work"

source benchmarks/common.sh
find_java21
build_jars
"$java21" -cp benchmarks/target/benchmarks.jar dev.editions.benchmarks.GenerateReports "$work/small" "$small" 500
"$java21" -cp benchmarks/target/benchmarks.jar dev.editions.benchmarks.GenerateReports "$work/large" "$large" 20000
export SOURCE_DATE_EPOCH=1700000000
export XDG_CACHE_HOME="$PWD/$work/cache"
"$java21" -jar cli/target/editions.jar publish samples/defining-dialogue.txt -o "$work/warm-up" >/dev/null 2>&1

printf '%-8s %7s %8s %10s %12s %8s\n' folder reports threads "wall (s)" "reports/s" "MB"
for set in small large; do
  count=$([ "$set" = small ] && echo "$small" || echo "$large")
  for n in "${threads[@]}"; do
    rm -rf "$work/out"
    /usr/bin/time -o "$work/time" -f '%e %M' "$java21" -jar cli/target/editions.jar publish "$work/$set" \
      -o "$work/out" --threads "$n" >/dev/null 2>&1
    read -r wall rss < "$work/time"
    printf '%-8s %7s %8s %10s %12s %8s\n' "$set" "$count" "$n" "$wall" \
      "$(awk -v c="$count" -v w="$wall" 'BEGIN {printf "%.1f", c / w}')" "$((rss / 1024))"
  done
done
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); $("$java21" -version 2>&1 | head -1)"
