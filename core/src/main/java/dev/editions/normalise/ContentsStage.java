package dev.editions.normalise;

import dev.editions.model.Block;
import dev.editions.model.Document;
import dev.editions.model.Removal;
import dev.editions.write.PlainText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a printed table of contents and drops it in favour of the one every edition generates:
 * a title such as "Contents" or "Table of Contents" followed by entries (short lines, or lines
 * ending in page numbers: "Taxation      9"), or blocks whose lines mostly end in dot leaders and
 * a page number ("1.  Introduction . . . . 3"). The removal is
 * recorded with its entries, which the headings stage then uses as evidence for headings.
 */
final class ContentsStage extends PlainTextStage {
    static final String NAME = "contents";
    static final String REASON = "table of contents (the editions generate their own)";
    private static final Pattern TITLE = Pattern.compile("(?iu)^\\s*(?:table of contents|contents|content"
            + "|table des matières|sommaire|inhalt|inhaltsverzeichnis|índice|indice|inhoud|inhoudsopgave)\\.?\\s*$");
    /** An entry: text, then dot leaders or a wide gap, then a page number. */
    static final Pattern ENTRY = Pattern.compile("^\\s*(\\S.*?)(?:\\s*(?:\\.\\s?){3,}\\s*|\\s{3,})(\\d{1,4}|[ivxlc]{1,6})\\s*$");
    /** An entry with dot leaders, which needs no contents title before it. */
    private static final Pattern LEADERS = Pattern.compile("(?:\\.\\s?){3,}\\s*(?:\\d{1,4}|[ivxlc]{1,6})\\s*$");
    private static final Pattern PAGE_COLUMN = Pattern.compile("(?i)^\\s*page\\s*$");
    private static final double ENTRY_SHARE = 0.6;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public StageResult apply(Document document) {
        List<Block> blocks = document.blocks();
        List<Block> out = new ArrayList<>();
        List<Removal> removals = new ArrayList<>(document.removals());
        List<String> changes = new ArrayList<>();
        Block title = null;
        boolean inContents = false;
        Set<String> seen = new HashSet<>();
        for (Block block : blocks) {
            Optional<List<String>> lines = Lines.of(block);
            if (lines.isPresent() && lines.get().size() == 1 && TITLE.matcher(lines.get().get(0)).matches()) {
                keep(title, out);
                title = block;
                continue;
            }
            boolean entries = lines.isPresent() && (isContents(lines.get(), LEADERS)
                    || (title != null || inContents) && isEntryGroup(lines.get()) && !seen.contains(key(lines.get())));
            if (entries) {
                if (title != null) {
                    removals.add(new Removal(NAME, PlainText.of(title), -1, 0, REASON));
                    title = null;
                }
                removals.add(new Removal(NAME, PlainText.of(block), -1, 0, REASON));
                changes.add("removed a table of contents of " + lines.get().size() + " lines starting “"
                        + lines.get().get(0).strip() + "”");
                lines.get().forEach(line -> seen.add(key(List.of(line))));
                inContents = true;
                continue;
            }
            keep(title, out);
            title = null;
            inContents = false;
            out.add(block);
        }
        keep(title, out);
        return changes.isEmpty() ? StageResult.unchanged(document)
                : new StageResult(document.withBlocks(out).withRemovals(removals), changes);
    }

    private static void keep(Block title, List<Block> out) {
        if (title != null) {
            out.add(title);
        }
    }

    /** The first line of a block, for noticing that the text after the contents repeats an entry. */
    private static String key(List<String> lines) {
        return lines.get(0).strip().toLowerCase(Locale.ROOT);
    }

    /** Whether most lines are entries ending in page numbers. */
    private static boolean isContents(List<String> lines, Pattern entry) {
        int entries = 0;
        int counted = 0;
        for (String line : lines) {
            if (line.isBlank() || PAGE_COLUMN.matcher(line).matches()) {
                continue;
            }
            counted++;
            if (entry.matcher(line).find()) {
                entries++;
            }
        }
        return entries >= 2 && entries >= counted * ENTRY_SHARE;
    }

    /** Short lines right after a contents title or a contents block: chapter titles without page numbers. */
    private static boolean isEntryGroup(List<String> lines) {
        return isContents(lines, ENTRY) || lines.stream().allMatch(line -> Lines.words(line) <= 12
                && (!Lines.endsSentence(line) || line.equals(line.toUpperCase(Locale.ROOT))));
    }

    /** The entry titles of the contents recorded in {@code removals}, without their numbers and pages. */
    static List<String> entries(List<Removal> removals) {
        List<String> titles = new ArrayList<>();
        for (Removal removal : removals) {
            if (!NAME.equals(removal.stage())) {
                continue;
            }
            for (String line : removal.text().split("\n")) {
                Matcher entry = ENTRY.matcher(line);
                String title = entry.matches() ? entry.group(1) : line.strip();
                if (!title.isEmpty()) {
                    titles.add(title);
                }
            }
        }
        return titles;
    }
}
