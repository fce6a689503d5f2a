#!/usr/bin/env bash
# Checks the EPUB editions written by the EPUB module's tests with DAISY Ace and fails on any
# accessibility violation. Installs Chromium (Debian package) and Ace (npm, into a cache folder)
# when they are missing.
#
# Usage: .ci/checks/ace.sh [epub-file-or-folder ...]
#   default: formats/epub/target/editions-under-test
# Environment: EDITIONS_ACE_HOME (install folder, default ~/.cache/editions/ace-1.4.6),
#              EDITIONS_ACE_REPORTS (report folder, default formats/epub/target/ace-reports)
set -euo pipefail
cd "$(dirname "$0")/../.."

ace_version=1.4.6
ace_home="${EDITIONS_ACE_HOME:-$HOME/.cache/editions/ace-$ace_version}"
reports="${EDITIONS_ACE_REPORTS:-formats/epub/target/ace-reports}"
chromium=/usr/bin/chromium

epubs=()
for arg in "${@:-formats/epub/target/editions-under-test}"; do
  if [ -d "$arg" ]; then
    for f in "$arg"/*.epub; do [ -e "$f" ] && epubs+=("$f"); done
  elif [ -f "$arg" ]; then
    epubs+=("$arg")
  fi
done
if [ ${#epubs[@]} -eq 0 ]; then
  echo "ace: no EPUB files found in ${*:-formats/epub/target/editions-under-test}; run the EPUB module's tests first" >&2
  exit 1
fi

if [ ! -x "$chromium" ]; then
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium >/dev/null
fi

if [ ! -x "$ace_home/node_modules/.bin/ace-cli" ]; then
  mkdir -p "$ace_home"
  (cd "$ace_home" && { [ -f package.json ] || npm init -y >/dev/null; } \
    && PUPPETEER_SKIP_DOWNLOAD=true npm install --no-audit --no-fund --loglevel=error "@daisy/ace-cli@$ace_version")
fi

mkdir -p "$reports"

# The check must be able to fail: a copy of the first EPUB without its language must not pass.
broken="$reports/without-language.epub"
python3 - "${epubs[0]}" "$broken" <<'PY'
import re, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as source, zipfile.ZipFile(sys.argv[2], "w") as target:
    for item in source.infolist():
        data = source.read(item.filename)
        if item.filename.endswith(".xhtml"):
            data = re.sub(rb'\s(xml:)?lang="[^"]*"', b"", data)
        target.writestr(item, data)
PY
if PUPPETEER_SKIP_DOWNLOAD=true PUPPETEER_EXECUTABLE_PATH="$chromium" \
    "$ace_home/node_modules/.bin/ace-cli" -f -s -E -o "$reports/without-language" "$broken" >/dev/null 2>&1; then
  echo "ace: an EPUB without a language passed, so this check cannot be trusted" >&2
  exit 1
fi
echo "ace: a copy without language is refused, as it must be"

failed=0
for epub in "${epubs[@]}"; do
  name="$(basename "$epub" .epub)"
  out="$reports/$name"
  rm -rf "$out"
  status=0
  started=$SECONDS
  PUPPETEER_SKIP_DOWNLOAD=true PUPPETEER_EXECUTABLE_PATH="$chromium" \
    "$ace_home/node_modules/.bin/ace-cli" -f -s -E -o "$out" "$epub" || status=$?
  summary="$(node -e '
    const r = require(process.argv[1]);
    const v = (r.assertions || []).flatMap(a => a.assertions || []);
    const counts = {};
    for (const a of v) { const s = a["earl:test"]["earl:impact"]; counts[s] = (counts[s] || 0) + 1; }
    console.log(r["earl:result"]["earl:outcome"] + ", " + v.length + " violations" +
      (v.length ? " " + JSON.stringify(counts) : ""));
    for (const a of v) console.log("  " + a["earl:test"]["dct:title"] + " [" + a["earl:test"]["earl:impact"] + "] " +
      (a["earl:result"]["dct:description"] || "").split("\n")[0] + " @ " + (a["earl:result"]["earl:pointer"] ? JSON.stringify(a["earl:result"]["earl:pointer"]) : ""));
  ' "$PWD/$out/report.json" 2>/dev/null || echo "no report")"
  echo "ace: $epub: $summary (exit $status, $((SECONDS - started)) s)"
  [ "$status" -eq 0 ] || failed=1
done
exit $failed
