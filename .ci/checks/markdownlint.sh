#!/usr/bin/env bash
# Lints every Markdown edition the tests wrote (formats/markdown/target/editions-under-test/*.md)
# with markdownlint-cli2, pinned in .ci/markdownlint/package-lock.json and installed here with npm.
# The rules that apply are in verify/src/main/resources/dev/editions/verify/editions.markdownlint-cli2.jsonc, which the verify module's markdownlint checker uses too. Run after `mvn verify`; fails on any finding.
# First it lints .ci/markdownlint/violations.md, which breaks three rules, to show that the linter
# and its configuration do report findings.
set -euo pipefail
cd "$(dirname "$0")/../.."

tools=.ci/markdownlint
npm ci --prefix "$tools" --no-audit --no-fund --loglevel=error
lint=("$tools/node_modules/.bin/markdownlint-cli2" --config verify/src/main/resources/dev/editions/verify/editions.markdownlint-cli2.jsonc)

if "${lint[@]}" ":$tools/violations.md" >/dev/null 2>&1; then
  echo "markdownlint: reported nothing for $tools/violations.md, which breaks MD003, MD009 and MD012" >&2
  exit 1
fi

shopt -s nullglob
editions=(formats/markdown/target/editions-under-test/*.md)
if [ ${#editions[@]} -eq 0 ]; then
  echo "markdownlint: no Markdown editions in formats/markdown/target/editions-under-test; run mvn verify first" >&2
  exit 1
fi
"${lint[@]}" "${editions[@]/#/:}"
