package dev.editions.normalise;

import dev.editions.model.Block;
import dev.editions.model.Document;
import dev.editions.model.Paragraph;
import dev.editions.model.Removal;
import dev.editions.text.PlainText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes teasers: a paragraph that is the truncated start of another paragraph of the report,
 * ending in an ellipsis or a link such as "Read more", "Lire la suite", "Weiterlesen" or "Leer más".
 * Each removal is recorded with the reason "teaser".
 */
final class TeaserStage extends PlainTextStage {
    private static final Pattern ELLIPSIS = Pattern.compile("\\s*(?:…|\\.{3})\\s*[\\])]?\\s*$");
    private static final int MIN_WORDS = 5;

    @Override
    public String name() {
        return "teasers";
    }

    @Override
    public StageResult apply(Document document) {
        List<Block> blocks = document.blocks();
        List<String> keys = new ArrayList<>();
        for (Block block : blocks) {
            keys.add(block instanceof Paragraph ? key(PlainText.of(block)) : "");
        }
        List<Block> out = new ArrayList<>();
        List<Removal> removals = new ArrayList<>(document.removals());
        List<String> changes = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            String prefix = blocks.get(i) instanceof Paragraph ? teaserPrefix(PlainText.of(blocks.get(i))) : null;
            int full = prefix == null ? -1 : fullParagraph(keys, i, prefix);
            if (full < 0) {
                out.add(blocks.get(i));
                continue;
            }
            removals.add(new Removal(name(), PlainText.of(blocks.get(i)), -1,
                    Math.min(1, (double) prefix.length() / keys.get(full).length()), "teaser"));
            changes.add("removed the teaser “" + PlainText.of(blocks.get(i)).strip() + "”, the start of a later paragraph");
        }
        return changes.isEmpty() ? StageResult.unchanged(document)
                : new StageResult(document.withBlocks(out).withRemovals(removals), changes);
    }

    /** Whether {@code block} is a teaser: the truncated start of another of {@code blocks}. */
    static boolean isTeaser(Block block, List<Block> blocks) {
        String prefix = block instanceof Paragraph ? teaserPrefix(PlainText.of(block)) : null;
        if (prefix == null) {
            return false;
        }
        List<String> keys = new ArrayList<>();
        blocks.forEach(other -> keys.add(other instanceof Paragraph ? key(PlainText.of(other)) : ""));
        return fullParagraph(keys, blocks.indexOf(block), prefix) >= 0;
    }

    /** The comparison form of a teaser's text without its ending, or null when it has no teaser ending. */
    private static String teaserPrefix(String text) {
        String stripped = text.strip();
        String before = stripped;
        Matcher link = TitleStage.TEASER.matcher(stripped);
        if (link.find()) {
            stripped = stripped.substring(0, link.start());
        }
        Matcher ellipsis = ELLIPSIS.matcher(stripped);
        if (ellipsis.find()) {
            stripped = stripped.substring(0, ellipsis.start());
        }
        if (stripped.equals(before) || Lines.words(stripped) < MIN_WORDS) {
            return null;
        }
        return key(stripped);
    }

    /** The index of another, longer paragraph that starts with {@code prefix}, or -1. */
    private static int fullParagraph(List<String> keys, int teaser, String prefix) {
        for (int j = 0; j < keys.size(); j++) {
            if (j != teaser && keys.get(j).length() > prefix.length() && keys.get(j).startsWith(prefix)) {
                return j;
            }
        }
        return -1;
    }

    /** Lower case, one space between words, no punctuation at the end: how a teaser and its paragraph compare. */
    private static String key(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip().replaceAll("[\\p{Punct}…\\s]+$", "");
    }
}
