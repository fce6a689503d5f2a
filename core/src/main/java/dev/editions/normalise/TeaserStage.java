package dev.editions.normalise;

import dev.editions.model.Block;
import dev.editions.model.Document;
import dev.editions.model.Paragraph;
import dev.editions.model.Removal;
import dev.editions.text.PlainText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes teasers: a paragraph that is the truncated start of another paragraph of the report,
 * ending in an ellipsis or a link such as "Read more", "Lire la suite", "Weiterlesen" or "Leer más".
 * Each removal is recorded with the reason "teaser".
 */
final class TeaserStage extends PlainTextStage {
    private static final Pattern ELLIPSIS = Pattern.compile("\\s*(?:…|\\.{3})\\s*[\\])]?\\s*$");
    /** The white space of {@code \s}. */
    private static final String SPACES = " \t\n\u000B\f\r";
    private static final int MIN_WORDS = 5;

    @Override
    public String name() {
        return "teasers";
    }

    @Override
    public StageResult apply(Document document) {
        List<Block> blocks = document.blocks();
        List<String> prefixes = new ArrayList<>();
        for (Block block : blocks) {
            prefixes.add(block instanceof Paragraph ? teaserPrefix(PlainText.of(block)) : null);
        }
        if (prefixes.stream().allMatch(Objects::isNull)) {
            return StageResult.unchanged(document);
        }
        List<String> keys = new ArrayList<>();
        for (Block block : blocks) {
            keys.add(block instanceof Paragraph ? key(PlainText.of(block)) : "");
        }
        List<Block> out = new ArrayList<>();
        List<Removal> removals = new ArrayList<>(document.removals());
        List<String> changes = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            String prefix = prefixes.get(i);
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
        int link = TeaserLinks.start(stripped);
        if (link >= 0) {
            stripped = stripped.substring(0, link);
        }
        Matcher ellipsis = ELLIPSIS.matcher(stripped);
        if (endsWithEllipsis(stripped) && ellipsis.find()) {
            stripped = stripped.substring(0, ellipsis.start());
        }
        if (stripped.equals(before) || Lines.words(stripped) < MIN_WORDS) {
            return null;
        }
        return key(stripped);
    }

    /** Whether {@code text} ends with an ellipsis, before spaces and a closing bracket: needed for {@link #ELLIPSIS}. */
    private static boolean endsWithEllipsis(String text) {
        int end = Lines.trimEnd(text, Lines.endBeforeClosing(text, SPACES), SPACES);
        return text.startsWith("…", end - 1) || text.startsWith("...", end - 3);
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
