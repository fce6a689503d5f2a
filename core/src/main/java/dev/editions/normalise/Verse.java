package dev.editions.normalise;

import dev.editions.model.Block;
import dev.editions.model.Inline;
import dev.editions.model.LineBreak;
import dev.editions.model.Paragraph;
import dev.editions.model.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * Recognises line-structured text (verse, song lyrics, addresses): a group of lines most of which
 * start with a capital and do not end a sentence, either well short of the width the text is wrapped
 * at or at least four of them (wrapped prose starts few lines with a capital). Such a group keeps its
 * line breaks.
 */
final class Verse {
    /** The width assumed when the text has too few long lines to tell. */
    private static final int DEFAULT_WIDTH = 72;
    private static final double SHORT = 0.8;
    private static final double CAPITALS = 0.75;
    /** So many lines, nearly all starting with a capital, are verse whatever their length. */
    private static final int MANY_LINES = 4;

    private Verse() {
    }

    /** The width the text is wrapped at: the length most lines of its longer paragraphs reach. */
    static int wrapWidth(List<Block> blocks) {
        List<Integer> lengths = new ArrayList<>();
        for (Block block : blocks) {
            Lines.of(block).ifPresent(lines -> {
                if (lines.size() >= 3) {
                    lines.forEach(line -> lengths.add(line.strip().length()));
                }
            });
        }
        if (lengths.size() < 10) {
            return DEFAULT_WIDTH;
        }
        int[] sorted = lengths.stream().mapToInt(Integer::intValue).sorted().toArray();
        return Math.max(40, sorted[(int) (sorted.length * 0.9)]);
    }

    /** Whether {@code lines} are line-structured text rather than a wrapped paragraph. */
    static boolean is(List<String> lines, int width) {
        int count = 0;
        int capitals = 0;
        int ends = 0;
        int longest = 0;
        for (String line : lines) {
            String text = line.strip();
            if (text.isEmpty()) {
                continue;
            }
            if (ListStage.isItem(line)) {
                return false;
            }
            longest = Math.max(longest, text.length());
            count++;
            int first = text.codePoints().filter(Character::isLetter).findFirst().orElse('a');
            capitals += Character.isUpperCase(first) ? 1 : 0;
            ends += Lines.endsSentence(text) ? 1 : 0;
        }
        boolean isShort = longest <= width * SHORT;
        return (count >= 2 && isShort || count >= MANY_LINES) && capitals >= count * CAPITALS && ends * 2 <= count;
    }

    /** The lines as one paragraph with line breaks, indentation removed. */
    static Paragraph paragraph(List<String> lines) {
        List<Inline> content = new ArrayList<>();
        for (String line : lines) {
            if (!content.isEmpty()) {
                content.add(LineBreak.INSTANCE);
            }
            content.add(new Text(line.strip()));
        }
        return new Paragraph(content);
    }
}
