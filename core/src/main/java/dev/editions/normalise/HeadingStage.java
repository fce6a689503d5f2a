package dev.editions.normalise;

import dev.editions.model.Block;
import dev.editions.model.Document;
import dev.editions.model.Heading;
import dev.editions.model.Paragraph;
import dev.editions.model.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds headings in plain text: a paragraph of one short line (at most ten words) without closing
 * punctuation, starting with a capital or a section number, followed by another block. A numbered
 * heading ("2.1 Scope") takes its level from its number; others are level 1.
 */
final class HeadingStage extends PlainTextStage {
    private static final int MAX_WORDS = 10;
    private static final int MAX_LENGTH = 100;
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2}){0,5})\\.?\\s+\\S.*");

    @Override
    public String name() {
        return "headings";
    }

    @Override
    public StageResult apply(Document document) {
        List<Block> blocks = new ArrayList<>(document.blocks());
        List<String> changes = new ArrayList<>();
        for (int i = 0; i < blocks.size() - 1; i++) {
            if (blocks.get(i) instanceof Paragraph paragraph && paragraph.content().size() == 1
                    && paragraph.content().get(0) instanceof Text text && isHeading(text.text().strip())) {
                String line = text.text().strip();
                blocks.set(i, new Heading(level(line), List.of(new Text(line))));
                changes.add("made “" + line + "” a heading");
            }
        }
        return changes.isEmpty() ? StageResult.unchanged(document)
                : new StageResult(document.withBlocks(blocks), changes);
    }

    private static boolean isHeading(String line) {
        if (line.isEmpty() || line.length() > MAX_LENGTH || Lines.words(line) > MAX_WORDS) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        int first = line.codePointAt(0);
        return ".,;:!…".indexOf(last) < 0 && (Character.isUpperCase(first) || Character.isDigit(first));
    }

    private static int level(String line) {
        Matcher numbered = NUMBERED.matcher(line);
        if (!numbered.matches()) {
            return 1;
        }
        return Math.min(6, numbered.group(1).split("\\.").length);
    }
}
