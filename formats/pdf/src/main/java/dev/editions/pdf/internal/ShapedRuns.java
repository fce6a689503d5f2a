package dev.editions.pdf.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * Joins the shaped words of a line, which the layout places one by one, into one text item per run
 * of words in the same font, colour, element and direction. Left-to-right words: the glyphs of each
 * word keep their places, the spaces between them are left as gaps (their text stays in the item's
 * {@code /ActualText}), so a line of Devanagari is one text object with one marked-content sequence,
 * as a line of Latin text is. Right-to-left words: one text object too, with the spaces between
 * them drawn as the font's own space glyphs, but each word keeps a {@code /ActualText} of its own at
 * its own place, as readers that order text by position (PDFBox) would misplace one for the whole
 * run, and order the words of a line only by the spaces drawn between them. Items arrive and leave
 * in logical order; anything else passes through unchanged.
 */
final class ShapedRuns implements Consumer<PageItem> {
    private final Consumer<PageItem> out;
    /** The shaped words of the run being joined, in logical order. */
    private final List<PageItem.Text> words = new ArrayList<>();
    /** What followed the last word and may still turn out to be a gap in the run: spaces. */
    private final List<PageItem.Text> spaces = new ArrayList<>();
    /** The run's logical text so far, up to its last word. */
    private final StringBuilder logical = new StringBuilder();

    ShapedRuns(Consumer<PageItem> out) {
        this.out = out;
    }

    @Override
    public void accept(PageItem item) {
        if (item instanceof PageItem.Text text && text.glyphs() != null && continues(text)) {
            if (text.glyphs().rightToLeft()) {
                // Drawn as the font's own spaces, which readers need to order the words of the line.
                spaces.forEach(space -> add(inFontOf(text, space)));
            } else {
                spaces.forEach(space -> logical.append(space.text()));
            }
            spaces.clear();
            add(text);
        } else if (item instanceof PageItem.Text text && !words.isEmpty() && isSpace(text)) {
            spaces.add(text);
        } else {
            finish();
            if (item instanceof PageItem.Text text && text.glyphs() != null) {
                add(text);
            } else {
                out.accept(item);
            }
        }
    }

    /** Passes on the run being joined and what followed it. */
    void finish() {
        if (words.size() == 1) {
            out.accept(words.get(0));
        } else if (!words.isEmpty()) {
            out.accept(joined());
        }
        words.clear();
        logical.setLength(0);
        spaces.forEach(out);
        spaces.clear();
    }

    private void add(PageItem.Text text) {
        words.add(text);
        logical.append(text.actualText() != null ? text.actualText() : text.text());
    }

    /** Whether {@code text} can join the run: same look, element, baseline and direction. */
    private boolean continues(PageItem.Text text) {
        if (words.isEmpty()) {
            return false;
        }
        PageItem.Text first = words.get(0);
        if (text.font() != first.font() || text.size() != first.size() || !text.color().equals(first.color())
                || !text.mark().equals(first.mark()) || text.y() != first.y()
                || text.glyphs().rightToLeft() != first.glyphs().rightToLeft()) {
            return false;
        }
        for (PageItem.Text space : spaces) {
            if (!space.mark().equals(first.mark()) || space.y() != first.y()
                    || text.glyphs().rightToLeft() && !drawable(inFontOf(text, space))) {
                return false;
            }
        }
        return true;
    }

    /** {@code space} as the space glyphs of {@code word}'s font, where it is drawn. */
    private static PageItem.Text inFontOf(PageItem.Text word, PageItem.Text space) {
        return new PageItem.Text(space.mark(), space.text(), word.font(), word.size(), word.color(), space.x(),
                word.y(), null, word.glyphs().reshaped(space.text()));
    }

    /** Whether the font has a glyph for each character of {@code text}. */
    private static boolean drawable(PageItem.Text text) {
        for (int glyph : text.glyphs().glyphs()) {
            if (glyph == 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSpace(PageItem.Text text) {
        return text.glyphs() == null && text.actualText() == null && text.text().isBlank();
    }

    /**
     * One item drawing every word's glyphs at its place, from the leftmost word: left-to-right words
     * from left to right, right-to-left ones in logical order, each word's glyphs together, as each is
     * its own span (see {@link GlyphRun}).
     */
    private PageItem.Text joined() {
        PageItem.Text first = words.get(0);
        boolean spans = first.glyphs().rightToLeft();
        List<PageItem.Text> order = new ArrayList<>(words);
        float left = Collections.min(words, Comparator.comparingDouble(PageItem.Text::x)).x();
        if (!spans) {
            order.sort(Comparator.comparingDouble(PageItem.Text::x));
        }
        float scale = 1000 / first.size();
        int count = 0;
        for (PageItem.Text word : order) {
            count += word.glyphs().glyphs().length;
        }
        int[] glyphs = new int[count];
        float[] xs = new float[count];
        float[] ys = new float[count];
        int[] advances = new int[count];
        float right = 0;
        int at = 0;
        for (PageItem.Text word : order) {
            GlyphRun run = word.glyphs();
            float offset = (word.x() - left) * scale;
            int n = run.glyphs().length;
            System.arraycopy(run.glyphs(), 0, glyphs, at, n);
            System.arraycopy(run.ys(), 0, ys, at, n);
            System.arraycopy(run.advances(), 0, advances, at, n);
            for (int i = 0; i < n; i++) {
                xs[at + i] = run.xs()[i] + offset;
            }
            at += n;
            right = Math.max(right, offset + run.width());
        }
        String text = logical.toString();
        GlyphRun run = new GlyphRun(first.glyphs().shaper(), text, first.glyphs().rightToLeft(), glyphs, xs, ys,
                advances, right, null, words.stream().map(PageItem.Text::glyphs).toList());
        return new PageItem.Text(first.mark(), text, first.font(), first.size(), first.color(), left, first.y(),
                spans ? null : text, run);
    }
}
