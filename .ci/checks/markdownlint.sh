#!/usr/bin/env bash
# Lints every Markdown edition the tests wrote (formats/markdown/target/editions-under-test/*.md)
# with markdownlint-cli2, pinned in .ci/markdownlint/package-lock.json and installed here with npm.
# The rules that apply are in .markdownlint-cli2.jsonc. Run after `mvn verify`; fails on any finding.
set -euo pipefail
cd "$(dirname "$0")/../.."

tools=.ci/markdownlint
npm ci --prefix "$tools" --no-audit --no-fund --loglevel=error

shopt -s nullglob
editions=(formats/markdown/target/editions-under-test/*.md)
if [ ${#editions[@]} -eq 0 ]; then
  echo "markdownlint: no Markdown editions in formats/markdown/target/editions-under-test; run mvn verify first" >&2
  exit 1
fi
"$tools/node_modules/.bin/markdownlint-cli2" --config .markdownlint-cli2.jsonc "${editions[@]/#/:}"
