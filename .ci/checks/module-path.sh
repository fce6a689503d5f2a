#!/usr/bin/env bash
# Runs the command as Java modules: core, the four formats and the command on the module path, so the
# module descriptors' requires, exports and provides are exercised (the tests run on the class path).
# Publishes the bundled reports and checks that the editions are byte-identical to those the shaded
# jar writes on the class path. Run after `mvn verify` (it uses each module's target/classes).
set -euo pipefail
cd "$(dirname "$0")/../.."

java_home=$(tools/jdk21-home)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

path=()
# The formats' run-time libraries and the command's compile-time ones (its run time adds the checkers),
# resolved in the reactor (the project's own modules are never taken from the local repository, where
# a clean machine has none), each module's list written to its target folder.
classpath=target/module-path-classpath.txt
dependency=org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath
mvn -B -q package -DskipTests "$dependency" -DincludeScope=runtime -Dmdep.outputFile="$classpath" \
    -pl formats/pdf,formats/docx,formats/epub,formats/markdown -am >"$work/maven.log" 2>&1 \
    || { cat "$work/maven.log" >&2; exit 1; }
mvn -B -q package -DskipTests "$dependency" -DincludeScope=compile -Dmdep.outputFile="$classpath" \
    -pl cli -am >"$work/maven.log" 2>&1 || { cat "$work/maven.log" >&2; exit 1; }
for module in formats/pdf formats/docx formats/epub formats/markdown cli; do
  tr ':' '\n' < "$module/$classpath" >> "$work/all"
  echo >> "$work/all"
done
grep -v -e '^$' -e '/editions-' "$work/all" | sort -u > "$work/libraries"
mapfile -t path < "$work/libraries"
for module in core formats/pdf formats/docx formats/epub formats/markdown cli; do
  path+=("$module/target/classes")
done
module_path=$(IFS=:; echo "${path[*]}")

export SOURCE_DATE_EPOCH=1700000000
for source in samples/defining-dialogue.txt samples/feature-rich.md; do
  name=$(basename "${source%.*}")
  "$java_home/bin/java" -p "$module_path" -m dev.editions.cli/dev.editions.cli.Main publish "$source" \
      -o "$work/modules" >"$work/log" || { cat "$work/log" >&2; exit 1; }
  "$java_home/bin/java" -jar cli/target/editions.jar publish "$source" -o "$work/classpath" >/dev/null
  for ext in pdf docx epub md; do
    if ! cmp -s "$work/modules/$name.$ext" "$work/classpath/$name.$ext"; then
      echo "module-path: $name.$ext differs between the module path and the class path" >&2
      exit 1
    fi
  done
  echo "module-path: $source: four editions, identical to the class path's"
done
