package dev.editions.normalise;

import dev.editions.model.Block;
import dev.editions.model.Inline;
import dev.editions.model.LineBreak;
import dev.editions.model.Paragraph;
import dev.editions.model.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The lines of a paragraph as the plain-text reader left it: text runs separated by line breaks. */
final class Lines {
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…][\"'”’)\\]]*$");

    private Lines() {
    }

    /** The lines of {@code block} when it is a paragraph of plain text runs and line breaks. */
    static Optional<List<String>> of(Block block) {
        if (!(block instanceof Paragraph paragraph)) {
            return Optional.empty();
        }
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (Inline inline : paragraph.content()) {
            if (inline instanceof Text text) {
                line.append(text.text());
            } else if (inline instanceof LineBreak) {
                lines.add(line.toString());
                line.setLength(0);
            } else {
                return Optional.empty();
            }
        }
        lines.add(line.toString());
        return Optional.of(lines);
    }

    /** A paragraph of {@code lines} joined by line breaks, or none when every line is blank. */
    static Optional<Paragraph> paragraph(List<String> lines) {
        List<Inline> content = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            if (!content.isEmpty()) {
                content.add(LineBreak.INSTANCE);
            }
            content.add(new Text(line));
        }
        return content.isEmpty() ? Optional.empty() : Optional.of(new Paragraph(content));
    }

    /** Adds the pending lines to {@code out} as a paragraph, if any is not blank, and clears them. */
    static void flush(List<String> pending, List<Block> out) {
        paragraph(pending).ifPresent(out::add);
        pending.clear();
    }

    /** The number of columns of white space {@code line} starts with, a tab counting as up to four. */
    static int indent(String line) {
        int columns = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ' ') {
                columns++;
            } else if (c == '\t') {
                columns += 4 - columns % 4;
            } else {
                return columns;
            }
        }
        return columns;
    }

    /** Whether {@code line} ends a sentence: a full stop, question or exclamation mark, closing quotes after it. */
    static boolean endsSentence(String line) {
        return SENTENCE_END.matcher(line.stripTrailing()).find();
    }

    /** Where the run of {@code chars} that {@code text} ends with before {@code end} starts. */
    static int trimEnd(String text, int end, String chars) {
        int at = end;
        while (at > 0 && chars.indexOf(text.charAt(at - 1)) >= 0) {
            at--;
        }
        return at;
    }

    /** Where {@code text} ends before the run of {@code chars} it ends with and a closing bracket before that, if any. */
    static int endBeforeClosing(String text, String chars) {
        int end = trimEnd(text, text.length(), chars);
        return end > 0 && (text.charAt(end - 1) == ']' || text.charAt(end - 1) == ')') ? end - 1 : end;
    }

    /** The number of words in {@code text}. */
    static int words(String text) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i)) || Character.isSpaceChar(text.charAt(i));
            if (!space && !inWord) {
                count++;
            }
            inWord = !space;
        }
        return count;
    }
}
