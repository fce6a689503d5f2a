package dev.editions.normalise;

import dev.editions.model.Block;
import dev.editions.model.CodeBlock;
import dev.editions.model.Document;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Keeps preformatted text as it is: a block of lines that keep their layout (text diagrams and box
 * drawing, grammar rules such as ABNF, program code) becomes a code block with every space kept,
 * minus the indentation all its lines share. A block indented deeper than the running text needs
 * half its lines to look like code and few to read as prose; a block at the margin needs most of its
 * lines to be unmistakably code. Neighbouring code blocks, separated only by blank lines, become one.
 */
final class PreformattedStage extends PlainTextStage {
    private static final Pattern RULE = Pattern.compile("^\\s*<?[A-Za-z][\\w.-]*>?\\s*(?:=/?|::=|:=)\\s*\\S.*");
    private static final Pattern DIAGRAM = Pattern.compile("\\+-|-\\+|-{2,}>|<-{2,}|\\s\\|\\s|^\\s*\\||\\|\\s*$|/\\\\"
            + "|[\\u2500-\\u257F]|\\.{2}\\.|_{3,}|={3,}|\\*{3,}");
    private static final Pattern CODE = Pattern.compile("[{}]\\s*$|^\\s*[{}]|\\w\\(.*\\)|==|!=|&&|\\|\\||->|=>|^\\s*(?:#|//)\\s?\\w");
    private static final String SYMBOLS = "=<>[]{}|\\*+%#^~_$/\"";
    private static final double SYMBOL_SHARE = 0.2;
    private static final int PROSE_WORDS = 6;

    @Override
    public String name() {
        return "preformatted";
    }

    @Override
    public StageResult apply(Document document) {
        int bodyIndent = bodyIndent(document.blocks());
        List<Block> out = new ArrayList<>();
        List<String> code = new ArrayList<>();
        List<String> changes = new ArrayList<>();
        for (Block block : document.blocks()) {
            Optional<List<String>> lines = Lines.of(block);
            if (lines.isPresent() && isPreformatted(lines.get(), bodyIndent)) {
                if (!code.isEmpty()) {
                    code.add("");
                }
                code.addAll(lines.get());
                continue;
            }
            flush(code, out, changes);
            out.add(block);
        }
        flush(code, out, changes);
        return changes.isEmpty() ? StageResult.unchanged(document)
                : new StageResult(document.withBlocks(out), changes);
    }

    /** The indentation most lines of running text have (0 in most reports, 3 in an RFC). */
    static int bodyIndent(List<Block> blocks) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (Block block : blocks) {
            Lines.of(block).ifPresent(lines -> lines.stream().filter(PreformattedStage::isProse)
                    .forEach(line -> counts.merge(Lines.indent(line), 1, Integer::sum)));
        }
        return counts.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse(0);
    }

    /**
     * Whether the block of {@code lines} is preformatted. The line-by-line patterns are the costly part,
     * so a block at the margin stops at its first prose line that none of them matches.
     */
    private static boolean isPreformatted(List<String> lines, int bodyIndent) {
        int count = 0;
        int indent = Integer.MAX_VALUE;
        for (String line : lines) {
            if (!line.isBlank()) {
                count++;
                indent = Math.min(indent, Lines.indent(line));
            }
        }
        if (count == 0) {
            return false;
        }
        if (indent <= bodyIndent) {
            return count >= 2 && atMargin(lines, count);
        }
        int codey = 0;
        int prose = 0;
        for (String line : lines) {
            if (!line.isBlank()) {
                boolean isStrong = isStrong(line);
                codey += isStrong || symbolShare(line) >= SYMBOL_SHARE ? 1 : 0;
                prose += isProse(line) && !isStrong ? 1 : 0;
            }
        }
        return codey * 2 >= count && prose * 10 <= count * 3;
    }

    /** Whether a block of {@code count} lines at the margin is code: no prose and mostly unmistakable code. */
    private static boolean atMargin(List<String> lines, int count) {
        int strong = 0;
        for (String line : lines) {
            if (!line.isBlank()) {
                boolean isStrong = isStrong(line);
                if (!isStrong && isProse(line)) {
                    return false;
                }
                strong += isStrong ? 1 : 0;
            }
        }
        return strong * 10 >= count * 6;
    }

    /** Whether {@code line} is unmistakably a grammar rule, part of a diagram or code. */
    private static boolean isStrong(String line) {
        return RULE.matcher(line).matches() || DIAGRAM.matcher(line).find() || CODE.matcher(line).find();
    }

    /** Whether a line reads as running text: several words and hardly any symbols. */
    private static boolean isProse(String line) {
        return Lines.words(line) >= PROSE_WORDS && symbolShare(line) < SYMBOL_SHARE / 2;
    }

    private static double symbolShare(String line) {
        int symbols = 0;
        int visible = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (!Character.isWhitespace(c)) {
                visible++;
                if (SYMBOLS.indexOf(c) >= 0 || Character.getType(c) == Character.MATH_SYMBOL) {
                    symbols++;
                }
            }
        }
        return visible == 0 ? 0 : (double) symbols / visible;
    }

    private void flush(List<String> code, List<Block> out, List<String> changes) {
        if (code.isEmpty()) {
            return;
        }
        int shared = code.stream().filter(line -> !line.isBlank()).mapToInt(PreformattedStage::leadingSpaces).min().orElse(0);
        StringBuilder text = new StringBuilder();
        for (String line : code) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(line.isBlank() ? "" : line.substring(shared));
        }
        out.add(CodeBlock.of(text.toString()));
        changes.add("kept " + code.size() + " preformatted lines as code, starting “" + code.get(0).strip() + "”");
        code.clear();
    }

    private static int leadingSpaces(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') {
            n++;
        }
        return n;
    }
}
