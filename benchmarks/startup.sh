#!/usr/bin/env bash
# Measures how the JVM's options change a cold run of the command, the choice behind the launcher's
# options (C1 only, serial collector, start-up cache). For each configuration, publishes all four
# editions of the bundled sample and of a generated report RUNS times and prints the medians of wall
# time, processor time (user + system: the fairer figure on a shared machine) and peak memory.
# Usage: benchmarks/startup.sh [WORDS] [RUNS]   (defaults: 100000 words, 3 runs)
set -euo pipefail
cd "$(dirname "$0")/.."
words="${1:-100000}"
runs="${2:-3}"
work=benchmarks/target/startup
rm -rf "$work"
mkdir -p "$work"

source benchmarks/common.sh
find_java21
build_jars
"$java21" -cp benchmarks/target/benchmarks.jar dev.editions.benchmarks.GenerateReport "$work" "$words"
jar=cli/target/editions.jar
export SOURCE_DATE_EPOCH=1700000000

# Prints "wall_ms cpu_ms rss_mb", the median by processor time of running the command directly (not
# through the launcher) with JVM options "$1" on "$2".
measure() {
  # shellcheck disable=SC2086 # several options
  sort_by=2 median_run "$java21" $1 -Deditions.launcher.relaunched=true -jar "$jar" publish "$2" -o "$work/out"
}

declare -A configs=(
  [default]=""
  [c1]="-XX:TieredStopAtLevel=1"
  [serial]="-XX:+UseSerialGC"
  [parallel]="-XX:+UseParallelGC"
  [c1+serial]="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
  [c1+parallel]="-XX:TieredStopAtLevel=1 -XX:+UseParallelGC"
)
aot=$("$java21" -XX:+PrintFlagsFinal -version 2>/dev/null | grep -c ' AOTCache ' || true)
printf '%-28s %-22s %10s %10s %8s\n' configuration report "wall (ms)" "cpu (ms)" "rss (MB)"
for name in default c1 serial parallel c1+parallel c1+serial; do
  options="${configs[$name]}"
  for source in samples/defining-dialogue.txt "$work/report.md"; do
    read -r wall cpu rss <<<"$(measure "$options" "$source")"
    printf '%-28s %-22s %10s %10s %8s\n' "$name" "$(basename "$source")" "$wall" "$cpu" "$rss"
  done
  if [ "$aot" -gt 0 ]; then
    cache="$work/$name.aot"
    # shellcheck disable=SC2086
    "$java21" $options -Xlog:aot*=off -XX:AOTCacheOutput="$cache" -Deditions.launcher.relaunched=true -jar "$jar" \
      publish samples/defining-dialogue.txt samples/feature-rich.md -o "$work/training" >/dev/null 2>&1
    for source in samples/defining-dialogue.txt "$work/report.md"; do
      read -r wall cpu rss <<<"$(measure "$options -Xlog:aot*=off -XX:AOTCache=$cache" "$source")"
      printf '%-28s %-22s %10s %10s %8s\n' "$name + AOT cache" "$(basename "$source")" "$wall" "$cpu" "$rss"
    done
  fi
done
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); $("$java21" -version 2>&1 | head -1)"
