#!/usr/bin/env bash
# Times `editions verify` cold (JVM start included) on the four editions of the bundled sample and of
# a generated report, and prints the median of RUNS runs and the peak memory of the last run.
# Usage: benchmarks/verify.sh [WORDS] [RUNS]   (defaults: 100000 words, 3 runs)
# DAISY Ace and markdownlint-cli2 are left out (EDITIONS_ACE=none, EDITIONS_MARKDOWNLINT=none) unless set.
set -euo pipefail
cd "$(dirname "$0")/.."
words="${1:-100000}"
runs="${2:-3}"
work=benchmarks/target/verify
mkdir -p "$work"
export EDITIONS_ACE="${EDITIONS_ACE:-none}"
export EDITIONS_MARKDOWNLINT="${EDITIONS_MARKDOWNLINT:-none}"
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-1767225600}"

source benchmarks/common.sh
find_java21
build_jars

"$java21" -cp benchmarks/target/benchmarks.jar dev.editions.benchmarks.GenerateReport "$work" "$words"
rm -rf "$work/sample" "$work/report"
"$java21" -jar cli/target/editions.jar publish samples/defining-dialogue.txt -o "$work/sample" >/dev/null 2>&1
"$java21" -jar cli/target/editions.jar publish "$work/report.md" -o "$work/report" >/dev/null 2>&1

# Prints "median-ms peak-MB" of running "$@" $runs times; fails when a run fails.
measure() {
  local times=() peak
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N)
    /usr/bin/time -f '%M' -o "$work/peak" "$@" >/dev/null 2>&1 || { echo "verify: failed: $*" >&2; exit 1; }
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  peak=$(( $(cat "$work/peak") / 1024 ))
  echo "$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}') $peak"
}

printf '%-28s %12s %10s\n' editions "median (ms)" "peak (MB)"
for set in sample report; do
  read -r ms mb < <(measure "$java21" -jar cli/target/editions.jar verify "$work/$set")
  printf '%-28s %12s %10s\n' "$set (4 editions)" "$ms" "$mb"
done
