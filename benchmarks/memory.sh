#!/usr/bin/env bash
# Publishes a generated report of WORDS words, cold (a new process, through the jar's launcher as users
# run it, its start-up cache made by a first, untimed run of a small report), with the heap limited to
# HEAP (EDITIONS_JAVA_OPTS=-XmxHEAP), and prints the wall time, the processor time (user + system),
# the peak resident memory of the whole run (from /usr/bin/time, else from the kernel's high-water
# mark VmHWM), the most heap in use after a collection (from the JVM's collection log) and the load
# on the machine. Exits non-zero when the command fails or has not finished within LIMIT seconds.
# Usage: benchmarks/memory.sh [WORDS] [HEAP] [FORMATS] [LIMIT]
#        (defaults: 1000000 words, 1536m, all four editions, 1800 s)
# e.g. benchmarks/memory.sh 5500000 2g   (about 58 MiB of Markdown, near the 64 MiB input limit)
set -euo pipefail
cd "$(dirname "$0")/.."
words="${1:-1000000}"
heap="${2:-1536m}"
formats="${3:-pdf,docx,epub,md}"
limit="${4:-1800}"
work=benchmarks/target/memory
mkdir -p "$work"

source benchmarks/common.sh
find_java21
build_jars
report="$work/report-$words"
if [ ! -f "$report/report.md" ]; then
  "$java21" -Xmx8g -cp benchmarks/target/benchmarks.jar dev.editions.benchmarks.GenerateReport "$report" "$words"
fi
export SOURCE_DATE_EPOCH=1700000000
export XDG_CACHE_HOME="$PWD/$work/cache"
rm -rf "$work/out"
"$java21" -jar cli/target/editions.jar publish -o "$work/out" >/dev/null 2>&1 # makes the start-up cache
rm -rf "$work/out" "$work/gc.log"

export EDITIONS_JAVA_OPTS="-Xmx$heap -Xlog:gc:file=$work/gc.log ${EDITIONS_JAVA_OPTS:-}"
command=("$java21" -jar cli/target/editions.jar publish "$report/report.md" -f "$formats" -o "$work/out")
load_before=$(cut -d' ' -f1 /proc/loadavg)
start=$(date +%s%N)
status=0
if [ -x /usr/bin/time ]; then
  rm -f "$work/time"
  # timeout signals the whole process group, so the launcher's child JVM stops too.
  timeout "$limit" /usr/bin/time -o "$work/time" -f '%e %U %S %M' "${command[@]}" >"$work/log" 2>&1 || status=$?
  read -r _ user sys rss_kb < <(tail -1 "$work/time" 2>/dev/null || echo "0 0 0 0") || true
  cpu_ms=$(awk -v u="${user:-0}" -v s="${sys:-0}" 'BEGIN {print int((u + s) * 1000)}')
else
  # Without GNU time: the launcher's and the command's high-water marks, sampled while they run.
  "${command[@]}" >"$work/log" 2>&1 &
  launcher=$!
  rss_kb=0
  for _ in $(seq $((limit * 5))); do
    for pid in $launcher $(pgrep -P $launcher || true); do
      hwm=$(awk '/^VmHWM/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)
      [ "${hwm:-0}" -gt "$rss_kb" ] && rss_kb=$hwm
    done
    kill -0 $launcher 2>/dev/null || break
    sleep 0.2
  done
  if kill -0 $launcher 2>/dev/null; then
    kill -- $launcher
    status=124
  fi
  wait $launcher || status=$?
  cpu_ms=""
fi
wall_ms=$(( ($(date +%s%N) - start) / 1000000 ))
load_after=$(cut -d' ' -f1 /proc/loadavg)
# The collection log's lines end "BEFORE->AFTER(COMMITTED) TIME": the most heap used is the largest
# BEFORE, the most still in use after a collection the largest AFTER.
used_mb=$(grep -o -- '[0-9]*M->' "$work/gc.log" 2>/dev/null | tr -dc '0-9\n' | sort -n | tail -1 || true)
kept_mb=$(grep -o -- '->[0-9]*M' "$work/gc.log" 2>/dev/null | tr -dc '0-9\n' | sort -n | tail -1 || true)
printf 'words=%s heap=%s formats=%s: wall %d ms, cpu %s ms, peak RSS %d MB, heap used at most %s MB (%s MB after a collection), load %s -> %s (%s processors)\n' \
  "$words" "$heap" "$formats" "$wall_ms" "${cpu_ms:-?}" $((rss_kb / 1024)) "${used_mb:-?}" "${kept_mb:-?}" \
  "$load_before" "$load_after" "$(nproc)"
if [ "$status" -ne 0 ]; then
  echo "memory.sh: the command failed (status $status$([ "$status" -eq 124 ] && echo ", not finished within $limit s")):" >&2
  tail -5 "$work/log" >&2
  exit 1
fi
grep '^editions:' "$work/log" || true
