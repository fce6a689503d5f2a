#!/usr/bin/env bash
# Times Editions and pandoc on the same generated Markdown report and prints the medians and ratios.
# Usage: benchmarks/compare.sh [WORDS] [RUNS]   (defaults: 100000 words, 5 runs)
# Installs pandoc from the distribution's packages when it is missing. Warm, in-process figures come
# from the JMH suite: java -jar benchmarks/target/benchmarks.jar -prof gc
set -euo pipefail
cd "$(dirname "$0")/.."
words="${1:-100000}"
runs="${2:-5}"
work=benchmarks/target/compare
mkdir -p "$work"

source benchmarks/common.sh
find_java21

build_jars
if ! command -v pandoc >/dev/null; then
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq pandoc >/dev/null
fi

"$java21" -cp benchmarks/target/benchmarks.jar dev.editions.benchmarks.GenerateReport "$work" "$words"

# Prints the median wall time in milliseconds of running "$@" $runs times.
median() {
  local times=()
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

editions() {
  rm -rf "$work/out"
  "$java21" -jar cli/target/editions.jar publish "$work/report.md" -o "$work/out" "$@"
}

printf '%-10s %14s %14s %8s\n' format "editions (ms)" "pandoc (ms)" ratio
for format in docx epub md; do
  case "$format" in
    docx) pandoc_args=(-t docx -o "$work/pandoc.docx") ;;
    epub) pandoc_args=(-t epub3 -o "$work/pandoc.epub") ;;
    md) pandoc_args=(-t markdown -o "$work/pandoc.md") ;;
  esac
  ours=$(median editions -f "$format")
  theirs=$(median pandoc "$work/report.md" "${pandoc_args[@]}")
  printf '%-10s %14s %14s %8s\n' "$format" "$ours" "$theirs" "$(awk -v a="$ours" -v b="$theirs" 'BEGIN {printf "%.2f", a / b}')"
done
printf '%-10s %14s %14s %8s\n' all "$(median editions)" - -
printf '%-10s %14s %14s %8s\n' sample "$(median "$java21" -jar cli/target/editions.jar publish samples/defining-dialogue.txt -o "$work/sample")" - -
