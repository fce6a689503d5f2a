package dev.editions.pdf.internal;

import dev.editions.EditionsException;
import java.util.ArrayList;
import java.util.List;

/**
 * A note laid out for the foot of a page, or what is left of it: its items placed with its top at
 * {@code y = 0} (so below it, at negative heights), and the depths below its top where it may be cut
 * between lines, the last being its height.
 */
final class NoteBox {
    private final List<PageItem> items;
    private final List<Float> cuts;

    NoteBox(List<PageItem> items, List<Float> cuts) {
        if (cuts.isEmpty()) {
            throw new IllegalArgumentException("a note box needs its height");
        }
        this.items = List.copyOf(items);
        this.cuts = List.copyOf(cuts);
    }

    /** The note's items and cuts as laid out on {@code sheet}, an endless page. */
    static NoteBox of(PageLayout sheet) {
        if (sheet.pages().size() > 1) {
            throw EditionsException.of("PDF edition", "a note is longer than the PDF edition can lay out ("
                    + (int) PageLayout.SHEET_HEIGHT + " points); shorten it");
        }
        float top = sheet.top();
        List<PageItem> items = new ArrayList<>();
        for (PageItem item : sheet.pages().get(0).items()) {
            items.add(item.shifted(-top));
        }
        List<Float> cuts = new ArrayList<>(sheet.cuts());
        if (cuts.isEmpty()) {
            cuts.add(Math.max(1f, top - sheet.y()));
        }
        return new NoteBox(items, cuts);
    }

    float height() {
        return cuts.get(cuts.size() - 1);
    }

    /** The height of the shortest part this note can be cut to: its first line. */
    float firstCut() {
        return cuts.get(0);
    }

    /** The items, moved so the note's top is at {@code top}. */
    List<PageItem> at(float top) {
        List<PageItem> placed = new ArrayList<>(items.size());
        for (PageItem item : items) {
            placed.add(item.shifted(top));
        }
        return placed;
    }

    /**
     * This note cut at the deepest cut no deeper than {@code depth}: the part above and the part
     * below, or {@code null} when no cut is that shallow or the note fits whole.
     */
    NoteBox[] cut(float depth) {
        int at = -1;
        for (int i = 0; i < cuts.size() - 1 && cuts.get(i) <= depth + 0.01f; i++) {
            at = i;
        }
        return at < 0 ? null : cutAt(cuts.get(at));
    }

    /** This note cut at its first cut, or whole (with nothing below) when it has only one. */
    NoteBox[] cutFirst() {
        return cuts.size() == 1 ? new NoteBox[] {this, null} : cutAt(cuts.get(0));
    }

    private NoteBox[] cutAt(float cut) {
        List<PageItem> above = new ArrayList<>();
        List<PageItem> below = new ArrayList<>();
        for (PageItem item : items) {
            if (depth(item) < cut) {
                above.add(item);
            } else {
                below.add(item.shifted(cut));
            }
        }
        List<Float> rest = new ArrayList<>();
        for (float c : cuts) {
            if (c > cut + 0.01f) {
                rest.add(c - cut);
            }
        }
        return new NoteBox[] {new NoteBox(above, List.of(cut)), new NoteBox(below, rest)};
    }

    /** How far below the note's top an item is, by a point inside it (a text's baseline). */
    private static float depth(PageItem item) {
        return -switch (item) {
            case PageItem.Text text -> text.y();
            case PageItem.Picture picture -> picture.y() + picture.height() / 2;
            case PageItem.Rule rule -> (rule.y1() + rule.y2()) / 2;
            case PageItem.Fill fill -> fill.y() + fill.height() / 2;
            case PageItem.LinkArea area -> area.y() + area.height() / 2;
            case PageItem.Anchor anchor -> anchor.top() - 0.01f;
            case PageItem.Bookmark bookmark -> bookmark.top() - 0.01f;
        };
    }
}
