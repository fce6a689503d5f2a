#!/usr/bin/env bash
# Runs the shaded jar as a user would, through its launcher, and checks the start-up cache: the first
# publish makes it (and prints nothing of the JVM's), later runs use it and write byte-identical
# editions, a folder that cannot be written only means no cache, and a changed jar gets a new cache
# that replaces the old one. Also starts the jar on an older default java (17) when there is one.
# Run after `mvn verify` (it uses cli/target/editions.jar).
set -euo pipefail
cd "$(dirname "$0")/../.."

java_home=$(tools/jdk21-home)
java="$java_home/bin/java"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp cli/target/editions.jar "$work/editions.jar"
export SOURCE_DATE_EPOCH=1700000000
export XDG_CACHE_HOME="$work/cache"
unset EDITIONS_JAVA_OPTS EDITIONS_STARTUP_CACHE
fail() { echo "launcher check: $*" >&2; exit 1; }

publish() { # OUTPUT_FOLDER [java]
  "${2:-$java}" -jar "$work/editions.jar" publish samples/feature-rich.md -o "$work/$1" >"$work/$1.out" 2>"$work/$1.err"
}

publish first
grep -qv '^Wrote ' "$work/first.out" && fail "the first run printed more than its editions: $(cat "$work/first.out")"
grep -q 'preparing the start-up cache' "$work/first.err" || fail "the first run did not make the start-up cache"
caches=("$XDG_CACHE_HOME"/editions/editions-*)
[ "${#caches[@]}" -eq 1 ] && [ -s "${caches[0]}" ] || fail "expected one start-up cache, found: ${caches[*]}"
[ -z "$(find "$XDG_CACHE_HOME" /tmp -maxdepth 2 -name '*.tmp' -newer "$work/editions.jar" -path '*editions*' 2>/dev/null)" ] \
  || fail "temporary files left behind"

publish second
grep -q 'preparing the start-up cache' "$work/second.err" && fail "the second run made the cache again"
diff -r "$work/first" "$work/second" >/dev/null || fail "editions differ with the cache"
EDITIONS_JAVA_OPTS="-Xlog:aot=info,cds=info" "$java" -jar "$work/editions.jar" --version >"$work/log.out" 2>&1
case "$("$java" -XX:+PrintFlagsFinal -version 2>/dev/null | grep -c AOTCache || true)" in
  0) grep -qi 'shared archive\|mapped' "$work/log.out" || fail "the class-data archive is not used" ;;
  *) grep -q 'Opened AOT cache' "$work/log.out" || fail "the AOT cache is not used" ;;
esac

XDG_CACHE_HOME=/proc/no-such-folder publish unwritable
[ -z "$(cat "$work/unwritable.err" | grep -v 'removed\|warning')" ] || fail "an unwritable cache folder printed: $(cat "$work/unwritable.err")"
diff -r "$work/first" "$work/unwritable" >/dev/null || fail "editions differ without a cache folder"

touch -d '2001-01-01' "$work/editions.jar"
publish changed
grep -q 'preparing the start-up cache' "$work/changed.err" || fail "a changed jar did not get a new cache"
caches=("$XDG_CACHE_HOME"/editions/editions-*)
[ "${#caches[@]}" -eq 1 ] || fail "the old cache was not replaced: ${caches[*]}"

for old in /usr/lib/jvm/java-17-openjdk-*/bin/java; do
  [ -x "$old" ] || continue
  publish older "$old"
  diff -r "$work/first" "$work/older" >/dev/null || fail "editions differ when started on $old"
  grep -q 'preparing the start-up cache' "$work/older.err" && fail "started on $old, the cache was made again"
  break
done
echo "launcher check: cache made once, used, replaced for a new jar; editions identical in every case"
