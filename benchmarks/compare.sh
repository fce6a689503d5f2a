#!/usr/bin/env bash
# Times Editions, pandoc and Typst on the same generated report, cold (a new process each run), and
# prints the medians and ratios: each of Editions' editions against pandoc's (DOCX, EPUB, Markdown),
# the tagged PDF against Typst's PDF/UA-1 of the same report (the generator writes it as Typst
# markup), and all four editions against pandoc's DOCX alone. Editions runs as users run it: through
# the jar's launcher, with its start-up cache made by a first, untimed run.
# Usage: benchmarks/compare.sh [WORDS] [RUNS]   (defaults: 100000 words, 5 runs)
# Installs pandoc from the distribution's packages and Typst's compiler from the npm registry
# (benchmarks/typst, pinned) when missing. Warm, in-process figures come from the JMH suite:
# java -jar benchmarks/target/benchmarks.jar -prof gc
set -euo pipefail
cd "$(dirname "$0")/.."
words="${1:-100000}"
runs="${2:-5}"
work=benchmarks/target/compare
rm -rf "$work"
mkdir -p "$work"

source benchmarks/common.sh
find_java21

build_jars
# pandoc, and poppler-utils for pdfinfo (the page counts printed below).
if ! command -v pandoc >/dev/null || ! command -v pdfinfo >/dev/null; then
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq pandoc poppler-utils >/dev/null
fi
npm ci --prefix benchmarks/typst --no-audit --no-fund --loglevel=error >/dev/null

"$java21" -cp benchmarks/target/benchmarks.jar dev.editions.benchmarks.GenerateReport "$work" "$words"
export SOURCE_DATE_EPOCH=1700000000
export XDG_CACHE_HOME="$PWD/$work/cache"

# The commands timed (arrays, as /usr/bin/time runs programs, not shell functions).
editions=("$java21" -jar cli/target/editions.jar publish "$work/report.md" -o "$work/out")
typst=(node benchmarks/typst/compile.js "$work/report.typ" "$work/typst.pdf")

"${editions[@]}" >/dev/null 2>&1   # makes the launcher's start-up cache, untimed

row() { # NAME "OURS" "THEIRS"
  read -r wall cpu rss <<<"$2"
  if [ -n "$3" ]; then
    read -r their_wall their_cpu their_rss <<<"$3"
    printf '%-22s %9s %9s %7s   %9s %9s %7s   %6s %6s\n' "$1" "$wall" "$cpu" "$rss" "$their_wall" "$their_cpu" \
      "$their_rss" "$(awk -v a="$wall" -v b="$their_wall" 'BEGIN {printf "%.2f", a / b}')" \
      "$(awk -v a="$cpu" -v b="$their_cpu" 'BEGIN {printf "%.2f", a / b}')"
  else
    printf '%-22s %9s %9s %7s\n' "$1" "$wall" "$cpu" "$rss"
  fi
}

printf '%-22s %9s %9s %7s   %9s %9s %7s   %6s %6s\n' "edition (vs)" "wall ms" "cpu ms" "MB" "their wall" "cpu ms" \
  "MB" "wall×" "cpu×"
pandoc_docx=$(median_run pandoc "$work/report.md" -t docx -o "$work/pandoc.docx")
row "docx (pandoc)" "$(median_run "${editions[@]}" -f docx)" "$pandoc_docx"
row "epub (pandoc)" "$(median_run "${editions[@]}" -f epub)" \
  "$(median_run pandoc "$work/report.md" -t epub3 -o "$work/pandoc.epub")"
row "md (pandoc)" "$(median_run "${editions[@]}" -f md)" \
  "$(median_run pandoc "$work/report.md" -t markdown -o "$work/pandoc.md")"
row "pdf (typst ua-1)" "$(median_run "${editions[@]}" -f pdf)" "$(median_run "${typst[@]}")"
row "all four (pandoc docx)" "$(median_run "${editions[@]}")" "$pandoc_docx"
echo "pages: editions $(pdfinfo "$work/out/report.pdf" 2>/dev/null | awk '/^Pages/ {print $2}'), typst\
 $(pdfinfo "$work/typst.pdf" 2>/dev/null | awk '/^Pages/ {print $2}')"
row "sample, all four" "$(median_run "$java21" -jar cli/target/editions.jar publish samples/defining-dialogue.txt \
  -o "$work/sample")" ""
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); $("$java21" -version 2>&1 | head -1);\
 $(pandoc --version | head -1); typst-ts-node-compiler $(node -p "require('./benchmarks/typst/node_modules/@myriaddreamin/typst-ts-node-compiler/package.json').version")"
