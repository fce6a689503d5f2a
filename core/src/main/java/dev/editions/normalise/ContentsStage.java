package dev.editions.normalise;

import dev.editions.model.Block;
import dev.editions.model.Document;
import dev.editions.model.Removal;
import dev.editions.text.PlainText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
            + "|table des matières|table|index|sommaire|inhalt|inhaltsverzeichnis|índice|indice|inhoud|inhoudsopgave)\\.?\\s*$");
    /** An entry: text, then dot leaders or a wide gap, then a page number. */
    static final Pattern ENTRY = Pattern.compile("^\\s*(\\S.*?)(?:\\s*(?:\\.\\s?){3,}\\s*|\\s{3,})(\\d{1,4}(?:[-–]\\d{1,4})?|[ivxlc]{1,6})\\s*$");
    /** An entry with dot leaders, which needs no contents title before it. */
    private static final Pattern LEADERS = Pattern.compile("(?:\\.\\s?){3,}\\s*(?:\\d{1,4}|[ivxlc]{1,6})\\s*$");
    private static final Pattern PAGE_COLUMN = Pattern.compile("(?i)^\\s*(?:chapter|chap\\.|section|part)?\\s*page\\.?\\s*$");
    private static final double ENTRY_SHARE = 0.6;
    private static final int SHORT_ENTRY = 8;
    /** A contents without page numbers needs a title and this many lines in its first block. */
    private static final int PAGELESS_LINES = 3;

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
        List<Block> pending = new ArrayList<>();
        for (Block block : blocks) {
            Optional<List<String>> lines = Lines.of(block);
            if (lines.isPresent() && lines.get().size() == 1 && TITLE.matcher(lines.get().get(0)).matches()) {
                keep(title, pending, out);
                title = block;
                pending.clear();
                continue;
            }
            boolean open = title != null || inContents;
            boolean numbered = lines.isPresent() && (isContents(lines.get(), LEADERS, 2)
                    || open && isContents(lines.get(), ENTRY, 1));
            boolean pageless = lines.isPresent() && !numbered && open && isEntryGroup(lines.get());
            boolean listed = pageless && title != null && pending.isEmpty() && lines.get().size() >= PAGELESS_LINES;
            if (numbered || listed) {
                remove(title, removals);
                title = null;
                pending.forEach(p -> remove(p, removals));
                pending.clear();
                remove(block, removals);
                changes.add("removed a table of contents of " + lines.get().size() + " lines starting “"
                        + lines.get().get(0).strip() + "”");
                inContents = true;
                continue;
            }
            if (pageless) {
                pending.add(block);
                continue;
            }
            keep(title, pending, out);
            title = null;
            pending.clear();
            inContents = false;
            out.add(block);
        }
        keep(title, pending, out);
        return changes.isEmpty() ? StageResult.unchanged(document)
                : new StageResult(document.withBlocks(out).withRemovals(removals), changes);
    }

    /** Puts back what only looked like the start or the continuation of a table of contents. */
    private static void keep(Block title, List<Block> pending, List<Block> out) {
        if (title != null) {
            out.add(title);
        }
        out.addAll(pending);
    }

    private static void remove(Block block, List<Removal> removals) {
        if (block != null) {
            removals.add(new Removal(NAME, PlainText.of(block), -1, 0, REASON));
        }
    }

    /** Whether most lines are entries ending in page numbers. */
    private static boolean isContents(List<String> lines, Pattern entry, int least) {
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
        return entries >= least && entries >= counted * ENTRY_SHARE;
    }

    /** Short lines right after a contents title or a contents block: chapter titles without page numbers. */
    private static boolean isEntryGroup(List<String> lines) {
        return isContents(lines, ENTRY, 1) || lines.stream().allMatch(line -> Lines.words(line) <= SHORT_ENTRY
                || Lines.words(line) <= 12 && (!Lines.endsSentence(line) || line.equals(line.toUpperCase(Locale.ROOT))));
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
