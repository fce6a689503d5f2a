# Shared by the benchmark scripts (sourced, not run): finds a JDK 21+ and builds the jars if missing.

# Sets java21 to the java of the first JDK 21 or newer: EDITIONS_JAVA_HOME, JAVA_HOME, /usr/lib/jvm/*.
find_java21() {
  java21=""
  for home in "${EDITIONS_JAVA_HOME:-}" "${JAVA_HOME:-}" /usr/lib/jvm/*; do
    if [ -n "$home" ] && [ -x "$home/bin/java" ] && grep -qsE '^JAVA_VERSION="(2[1-9]|[3-9][0-9])' "$home/release"; then
      java21="$home/bin/java"
      return 0
    fi
  done
  echo "$(basename "$0"): needs a JDK 21 or newer" >&2
  exit 1
}

# Builds the command's jar and the benchmarks' jar unless both are there.
build_jars() {
  if [ ! -f cli/target/editions.jar ] || [ ! -f benchmarks/target/benchmarks.jar ]; then
    JAVA_HOME=$(tools/jdk21-home) mvn -B -q package -DskipTests -pl cli,benchmarks -am
  fi
}

# Prints "wall_ms cpu_ms rss_mb" of the median one of $runs runs of "$@" (a program, not a shell
# function), ranked by column $sort_by (1 wall time, 2 processor time; default 1). Before each run it
# removes "$work/out", where the runs write.
median_run() {
  local rows=()
  for _ in $(seq "$runs"); do
    rm -rf "$work/out"
    /usr/bin/time -o "$work/time" -f '%e %U %S %M' "$@" >/dev/null 2>&1
    rows+=("$(tail -1 "$work/time")")
  done
  printf '%s\n' "${rows[@]}" | awk '{print int($1*1000), int(($2+$3)*1000), int($4/1024)}' \
    | sort -n -k"${sort_by:-1}" | awk -v n="$runs" 'NR==int((n+1)/2) {print}'
}
