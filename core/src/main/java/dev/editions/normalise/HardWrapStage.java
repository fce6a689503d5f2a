package dev.editions.normalise;

import dev.editions.model.Block;
import dev.editions.model.Document;
import dev.editions.model.Paragraph;
import dev.editions.text.PlainText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Repairs hard wraps in plain text. In text whose paragraphs are separated by blank lines, a line
 * joins the next unless it is a short line before one starting with a capital (a heading or a line
 * of its own without a blank line after it). Otherwise a line joins the next when it does not end a
 * sentence and the next line starts in lower case (after a colon or semicolon too), or when it is a
 * long line cut mid-sentence; otherwise the next line starts a new paragraph (text exported without
 * blank lines has one paragraph per line). Verse keeps its line breaks. A word split
 * by a hyphen at the line end is joined ("recom-" + "mendation"), but the hyphen stays in compounds
 * ("cross-border" when the document spells it so elsewhere), before digits ("G-7") and after
 * capitals ("UTF-8").
 */
final class HardWrapStage extends PlainTextStage {
    /** Lines at least this long that stop mid-sentence were cut by the width of the page or window. */
    private static final int WRAPPED_LINE_LENGTH = 50;
    static final Pattern SENTENCE_END = Pattern.compile("[.!?:;…][\"'”’)\\]]*$");
    /** Every character a sentence or clause end can hold, and the line terminators {@code $} allows after it. */
    private static final String ENDING_CHARACTERS = ".!?:;…\"'”’)]\n\r\u0085\u2028\u2029";
    /** In text with blank lines between paragraphs, a line this full (of the wrap width) was wrapped. */
    private static final double FULL_LINE = 0.6;
    /** A line ending in a colon or semicolon goes on when the next line continues the sentence. */
    static final Pattern CLAUSE_END = Pattern.compile("[:;]$");
    /** Second parts that make a compound keep their hyphen: "character-for-" + "character", "mother-in-" + "law". */
    private static final Pattern COMPOUND_PART = Pattern.compile("(?i)^(?:in-law|law|based|like|wide|free|term|level|scale"
            + "|related|specific|making)\\b");

    @Override
    public String name() {
        return "hard-wraps";
    }

    @Override
    public StageResult apply(Document document) {
        HyphenIndex whole = new HyphenIndex(document.blocks().stream().map(PlainText::of)
                .collect(Collectors.joining("\n")));
        int width = Verse.wrapWidth(document.blocks());
        boolean blankLines = usesBlankLines(document.blocks());
        boolean stripped = false;
        List<Block> blocks = new ArrayList<>();
        List<String> changes = new ArrayList<>();
        for (Block block : document.blocks()) {
            Optional<List<String>> lines = Lines.of(block);
            if (lines.isEmpty() || lines.get().size() < 2) {
                boolean indented = lines.isPresent() && !lines.get().get(0).equals(lines.get().get(0).strip());
                blocks.add(indented ? Paragraph.of(lines.get().get(0).strip()) : block);
                stripped |= indented;
                continue;
            }
            if (Verse.is(lines.get(), width)) {
                blocks.add(Verse.paragraph(lines.get()));
                changes.add("kept the line breaks of " + lines.get().size() + " lines of verse starting “"
                        + lines.get().get(0).strip() + "”");
                continue;
            }
            List<StringBuilder> paragraphs = new ArrayList<>();
            String previousLine = "";
            for (String raw : lines.get()) {
                String line = raw.strip();
                if (line.isEmpty()) {
                    continue;
                }
                StringBuilder current = paragraphs.isEmpty() ? null : paragraphs.get(paragraphs.size() - 1);
                boolean wrapped = blankLines && (previousLine.length() >= width * FULL_LINE
                        || !Character.isUpperCase(line.codePointAt(0)) || previousLine.matches(".*[,:;]$"));
                if (current != null && (wrapped || continues(current, previousLine, line))) {
                    changes.add("joined hard wrap after “" + tail(current) + "”");
                    join(current, line, whole);
                } else {
                    paragraphs.add(new StringBuilder(line));
                }
                previousLine = line;
            }
            if (paragraphs.size() > 1) {
                changes.add("split " + lines.get().size() + " lines into " + paragraphs.size() + " paragraphs");
            }
            paragraphs.forEach(text -> blocks.add(Paragraph.of(text.toString())));
        }
        return changes.isEmpty() && !stripped ? StageResult.unchanged(document)
                : new StageResult(document.withBlocks(blocks), changes);
    }

    /**
     * Whether the text separates its paragraphs with blank lines (several blocks of several lines),
     * so that a block is one paragraph even where a sentence ends at a line end.
     */
    private static boolean usesBlankLines(List<Block> blocks) {
        int multiLine = 0;
        for (Block block : blocks) {
            if (Lines.of(block).filter(lines -> lines.size() >= 2).isPresent()) {
                multiLine++;
            }
        }
        return multiLine >= 3;
    }

    private static boolean continues(CharSequence previous, String previousLine, String next) {
        int first = next.codePointAt(0);
        CharSequence ending = ending(previous);
        if (CLAUSE_END.matcher(ending).find()) {
            return Character.isLowerCase(first) && !ListStage.isItem(next);
        }
        if (SENTENCE_END.matcher(ending).find()) {
            return false;
        }
        return Character.isLowerCase(first) || endsWithHyphen(previous)
                || previousLine.length() >= WRAPPED_LINE_LENGTH && !Character.isDigit(first);
    }

    /**
     * The end of {@code text} that can hold a match of {@link #SENTENCE_END} or {@link #CLAUSE_END}:
     * the trailing run of their characters and line terminators, with one character before it. Matching
     * there gives the same answer as matching the whole text, in time that does not grow with the
     * paragraph.
     */
    static CharSequence ending(CharSequence text) {
        int start = text.length();
        while (start > 0 && ENDING_CHARACTERS.indexOf(text.charAt(start - 1)) >= 0) {
            start--;
        }
        return text.subSequence(Math.max(0, start - 1), text.length());
    }

    private static void join(StringBuilder current, String next, HyphenIndex whole) {
        if (!endsWithHyphen(current)) {
            current.append(' ').append(next);
            return;
        }
        String prefix = lastWord(current);
        String suffix = firstWord(next);
        String stem = prefix.substring(0, prefix.length() - 1);
        boolean keepHyphen = Character.isDigit(next.codePointAt(0))
                || prefix.chars().anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))
                || isAddress(prefix) || isAddress(firstToken(next)) || stem.contains("-")
                || COMPOUND_PART.matcher(next).find() || !Character.isLowerCase(next.codePointAt(0))
                || whole.contains(prefix + suffix) && !whole.contains(prefix.substring(0, prefix.length() - 1) + suffix);
        if (!keepHyphen) {
            current.setLength(current.length() - 1);
        }
        current.append(next);
    }

    /** Whether the text ends in a letter or digit followed by a hyphen (not a spaced dash). */
    private static boolean endsWithHyphen(CharSequence text) {
        int n = text.length();
        return n >= 2 && text.charAt(n - 1) == '-' && Character.isLetterOrDigit(text.charAt(n - 2));
    }

    private static String lastWord(CharSequence text) {
        int start = text.length();
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        return text.subSequence(start, text.length()).toString();
    }

    private static String firstWord(String text) {
        int end = 0;
        while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
            end++;
        }
        return text.substring(0, end);
    }

    /** Whether a word is part of an e-mail address, a web address or a file path, whose hyphens are real. */
    private static boolean isAddress(String word) {
        return word.contains("@") || word.contains("://") || word.startsWith("www.") || word.contains("/")
                || word.matches(".*\\w\\.\\w.*");
    }

    private static String firstToken(String text) {
        int end = text.indexOf(' ');
        return end < 0 ? text : text.substring(0, end);
    }

    private static String tail(CharSequence text) {
        return text.length() <= 30 ? text.toString() : "…" + text.subSequence(text.length() - 29, text.length());
    }
}
