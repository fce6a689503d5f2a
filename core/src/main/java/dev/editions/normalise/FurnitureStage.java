package dev.editions.normalise;

import dev.editions.model.Block;
import dev.editions.model.Document;
import dev.editions.model.Removal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes page furniture from plain text: lines that repeat at page boundaries with a changing page
 * number ("Author, et al.   Standards Track   [Page 3]"), lines that repeat beside them (a running
 * title and date), and page numbers alone on a line. A paragraph a page break cut in two is joined
 * again when the first part stops mid-sentence. Each kind of line removed is recorded once, with
 * how often it was seen.
 */
final class FurnitureStage extends PlainTextStage {
    private static final Pattern PAGE_MARK = Pattern.compile("(?iu)(?:\\[(?:page|seite|página|pagina|blz\\.?)\\s+#\\]"
            + "|\\b(?:page|seite|página|pagina|pag\\.|blz\\.|p\\.)\\s*#(?:\\s*(?:of|von|de|sur|di|van|/)\\s*#)?(?!\\S)"
            + "|^#$|^- # -$|^# (?:of|von|de|sur|di|van) #$|^#/#$)");
    private static final Pattern PAGE_NUMBER = Pattern.compile("(?i)^[-–—\\s]*(?:page\\s+)?\\d{1,4}(?:\\s*(?:of|/)\\s*\\d{1,4})?[-–—\\s]*$");
    private static final int MIN_REPEATS = 3;
    /** A line repeated beside numbered page furniture this often is a running header or footer too. */
    private static final int MIN_BESIDE = 2;
    private static final int MAX_WORDS = 16;

    @Override
    public String name() {
        return "furniture";
    }

    @Override
    public StageResult apply(Document document) {
        List<List<String>> blocks = new ArrayList<>();
        List<List<String>> keys = new ArrayList<>();
        for (Block block : document.blocks()) {
            List<String> lines = Lines.of(block).orElse(null);
            blocks.add(lines);
            keys.add(lines == null ? null : lines.stream().map(FurnitureStage::key).toList());
        }
        Set<String> furniture = furniture(blocks, keys);
        if (furniture.isEmpty()) {
            return StageResult.unchanged(document);
        }
        Map<String, Integer> removedCounts = new LinkedHashMap<>();
        Map<String, String> firstText = new HashMap<>();
        List<Block> out = new ArrayList<>();
        List<String> open = null;
        boolean pageBreak = false;
        int joins = 0;
        for (int b = 0; b < blocks.size(); b++) {
            List<String> lines = blocks.get(b);
            if (lines == null) {
                flush(open, out);
                open = null;
                pageBreak = false;
                out.add(document.blocks().get(b));
                continue;
            }
            List<String> kept = new ArrayList<>();
            boolean removedBefore = false;
            boolean removedAfter = false;
            for (int l = 0; l < lines.size(); l++) {
                String line = lines.get(l);
                String key = keys.get(b).get(l);
                if (furniture.contains(key)) {
                    removedCounts.merge(key, 1, Integer::sum);
                    firstText.putIfAbsent(key, line.strip());
                    removedBefore |= kept.isEmpty();
                    removedAfter = true;
                } else {
                    kept.add(line);
                    removedAfter = false;
                }
            }
            if (kept.isEmpty()) {
                pageBreak = true;
                continue;
            }
            if (open != null && (pageBreak || removedBefore) && continues(open, kept)) {
                open.addAll(kept);
                joins++;
            } else {
                flush(open, out);
                open = new ArrayList<>(kept);
            }
            pageBreak = removedAfter;
        }
        flush(open, out);
        List<Removal> removals = new ArrayList<>(document.removals());
        List<String> changes = new ArrayList<>();
        removedCounts.forEach((key, count) -> {
            removals.add(new Removal(name(), firstText.get(key), -1, 0, "page furniture (" + count + " lines)"));
            changes.add("removed " + count + " page furniture lines like “" + firstText.get(key) + "”");
        });
        if (joins > 0) {
            changes.add("joined " + joins + " paragraphs a page break had cut");
        }
        return new StageResult(document.withBlocks(out).withRemovals(removals), changes);
    }

    /** The keys of the lines that are furniture, given each block's lines and their keys (null when not lines). */
    private static Set<String> furniture(List<List<String>> blocks, List<List<String>> keys) {
        Map<String, Integer> counts = new HashMap<>();
        for (List<String> lineKeys : keys) {
            if (lineKeys != null) {
                for (String key : lineKeys) {
                    counts.merge(key, 1, Integer::sum);
                }
            }
        }
        // The spellings of the lines whose key repeats with a number in it, the only candidates.
        Map<String, Set<String>> variants = new HashMap<>();
        for (int b = 0; b < blocks.size(); b++) {
            List<String> lines = blocks.get(b);
            for (int l = 0; lines != null && l < lines.size(); l++) {
                String key = keys.get(b).get(l);
                if (counts.get(key) >= MIN_REPEATS && key.indexOf('#') >= 0) {
                    variants.computeIfAbsent(key, k -> new HashSet<>()).add(lines.get(l).strip());
                }
            }
        }
        Set<String> numbered = new HashSet<>();
        variants.forEach((key, spellings) -> {
            if (spellings.size() >= MIN_REPEATS && Lines.words(key) <= MAX_WORDS && (PAGE_MARK.matcher(key).find()
                    || PAGE_NUMBER.matcher(spellings.iterator().next()).matches())) {
                numbered.add(key);
            }
        });
        if (numbered.isEmpty()) {
            return numbered;
        }
        Set<String> furniture = new HashSet<>(numbered);
        Map<String, Integer> besidePages = new HashMap<>();
        for (int b = 0; b < keys.size(); b++) {
            List<String> lineKeys = keys.get(b);
            if (lineKeys == null) {
                continue;
            }
            boolean near = hasAny(keys, b, numbered) || b > 0 && hasAny(keys, b - 1, numbered)
                    || b + 1 < keys.size() && hasAny(keys, b + 1, numbered);
            if (near) {
                for (String key : lineKeys) {
                    besidePages.merge(key, 1, Integer::sum);
                }
            }
        }
        besidePages.forEach((key, beside) -> {
            if (beside >= MIN_BESIDE && beside * 2 >= counts.get(key) && Lines.words(key) <= MAX_WORDS && !key.isBlank()) {
                furniture.add(key);
            }
        });
        return furniture;
    }

    private static boolean hasAny(List<List<String>> keys, int b, Set<String> wanted) {
        List<String> lineKeys = keys.get(b);
        return lineKeys != null && lineKeys.stream().anyMatch(wanted::contains);
    }

    /**
     * A line with its numbers masked and its spaces collapsed, so the lines of every page compare equal:
     * each run of digits becomes "#", each run of white space ({@code \s}) one space, then lower case.
     */
    static String key(String line) {
        String text = line.strip();
        StringBuilder key = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (isDigit(c) || isSpace(c)) {
                boolean digit = isDigit(c);
                key.append(digit ? '#' : ' ');
                while (i < text.length() && (digit ? isDigit(text.charAt(i)) : isSpace(text.charAt(i)))) {
                    i++;
                }
            } else {
                key.append(c);
                i++;
            }
        }
        return key.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    /** Whether a paragraph cut at a page break goes on in {@code next}: it stopped mid-sentence. */
    private static boolean continues(List<String> open, List<String> next) {
        String last = open.get(open.size() - 1).strip();
        String first = next.get(0).strip();
        if (last.isEmpty() || first.isEmpty() || Lines.endsSentence(last) || last.endsWith(":")) {
            return false;
        }
        int start = first.codePointAt(0);
        return Character.isLowerCase(start) || Lines.indent(next.get(0)) == Lines.indent(open.get(open.size() - 1))
                && !Character.isDigit(start);
    }

    private static void flush(List<String> lines, List<Block> out) {
        if (lines != null) {
            Lines.paragraph(lines).ifPresent(out::add);
        }
    }
}
