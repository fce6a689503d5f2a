package dev.editions.pdf.internal;

import dev.editions.model.Table;
import dev.editions.write.PageOptions;
import dev.editions.write.WriteContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The pages being filled and the cursor on the current one. Places lines of text with no single line
 * of a paragraph left alone at the foot or head of a page, and the pending label of a list item
 * beside the first line of the item. Items placed as "kept with next" (headings) move to the next
 * page when the page breaks before anything else is placed after them.
 */
final class PageLayout {
    private static final float POINTS_PER_MILLIMETRE = 72f / 25.4f;

    private final float pageWidth;
    private final float pageHeight;
    private final float margin;
    private final List<Page> pages = new ArrayList<>();
    private Page page;
    private float y;
    private int block;
    private final List<Label> labels = new ArrayList<>();
    private boolean keeping;
    private int keptFrom = -1;
    private float keptTop;
    private int keptBlock;
    private int keptOffset;

    PageLayout(WriteContext context) {
        pageWidth = context.option(PageOptions.SIZE).width();
        pageHeight = context.option(PageOptions.SIZE).height();
        margin = context.option(PageOptions.MARGIN).floatValue() * POINTS_PER_MILLIMETRE;
        newPage();
    }

    float pageWidth() {
        return pageWidth;
    }

    float pageHeight() {
        return pageHeight;
    }

    float margin() {
        return margin;
    }

    /** The left edge of the text area. */
    float left() {
        return margin;
    }

    /** The width of the text area. */
    float width() {
        return pageWidth - 2 * margin;
    }

    float top() {
        return pageHeight - margin;
    }

    float bottom() {
        return margin;
    }

    /** The height of the text area. */
    float height() {
        return top() - bottom();
    }

    /** The cursor: where the next item's top goes. */
    float y() {
        return y;
    }

    /** The room left on the current page. */
    float room() {
        return y - bottom();
    }

    boolean atTop() {
        return y >= top();
    }

    int pageIndex() {
        return pages.size() - 1;
    }

    List<Page> pages() {
        return Collections.unmodifiableList(pages);
    }

    /** Sets the top-level block being laid out, for page starts. */
    void block(int index) {
        block = index;
    }

    void newPage() {
        List<PageItem> kept = keptFrom >= 0 ? page.removeFrom(keptFrom) : List.of();
        float keptHeight = keptTop - y;
        keptFrom = -1;
        page = new Page();
        pages.add(page);
        y = top();
        if (!kept.isEmpty()) {
            float dy = top() - keptTop;
            kept.forEach(item -> page.add(item.shifted(dy)));
            page.startAt(keptBlock, keptOffset);
            y = top() - keptHeight;
        }
    }

    /**
     * Places what {@code placement} adds so that it stays with whatever is placed next: if the page
     * breaks before anything else is added, it moves to the top of the new page. Consecutive kept
     * placements (a heading right after a heading) move together. Nothing moves from the top of a
     * page, as it would not fit any better on the next.
     */
    void keepWithNext(Runnable placement) {
        if (keptFrom < 0 && !atTop()) {
            keptFrom = page.items().size();
            keptTop = y;
            keptBlock = block;
            keptOffset = -1;
        }
        keeping = true;
        try {
            placement.run();
        } finally {
            keeping = false;
        }
    }

    /** Adds vertical space, none at the top of a page. */
    void gap(float height) {
        if (!atTop()) {
            y -= height;
        }
    }

    /** Starts a new page unless {@code height} fits on this one (or this one is still empty). */
    void ensure(float height) {
        if (height > room() && !atTop()) {
            newPage();
        }
    }

    void advance(float height) {
        y -= height;
    }

    void add(PageItem item) {
        if (!keeping) {
            keptFrom = -1;
        }
        page.add(item);
    }

    /** Adds {@code item} to an earlier page. */
    void add(int pageIndex, PageItem item) {
        pages.get(pageIndex).add(item);
    }

    /** Records that content at {@code offset} of the current block is placed on this page. */
    void startAt(int offset) {
        page.startAt(block, offset);
    }

    /**
     * Sets a label to draw beside the next line placed. Labels of nested lists whose items start
     * with another list wait together and share that line.
     */
    void label(List<Fragment> fragments, float x, float width) {
        labels.add(new Label(fragments, x, width));
    }

    /** Draws the pending labels, if any, on {@code baseline}. */
    void drawLabel(float baseline) {
        for (Label label : labels) {
            float x = label.x() + label.width() - Fragment.width(label.fragments());
            LinePainter.paint(label.fragments(), x, baseline, null, this::add);
        }
        labels.clear();
    }

    /**
     * Places lines from the cursor down, breaking pages as needed, with no first line alone at the
     * foot of a page and no last line alone at the head of the next.
     */
    void placeLines(List<Line> lines, float x, float measure, TextStyle style, Table.Alignment alignment,
            boolean justify) {
        int placed = 0;
        while (placed < lines.size()) {
            int left = lines.size() - placed;
            int fit = Math.max(0, (int) Math.floor((room() + 0.01f) / style.leading()));
            int take = Math.min(fit, left);
            if (take < left) {
                if (take == left - 1 && take >= 2) {
                    take--;
                }
                if (take == 1 && placed == 0) {
                    take = 0;
                }
                if (take == 0 && atTop()) {
                    take = Math.max(1, fit);
                }
            }
            for (int i = 0; i < take; i++) {
                placeLine(lines.get(placed + i), x, measure, style, alignment, justify);
            }
            placed += take;
            if (placed < lines.size()) {
                newPage();
            }
        }
    }

    /** Places one line at the cursor, on this page whatever the room. */
    void placeLine(Line line, float x, float measure, TextStyle style, Table.Alignment alignment, boolean justify) {
        float baseline = baselineBelow(y, style);
        if (keeping && keptFrom >= 0 && keptOffset < 0) {
            keptOffset = line.offset();
        }
        startAt(line.offset());
        drawLabel(baseline);
        LinePainter.paint(line, x, measure, baseline, alignment, justify, null, this::add);
        y -= style.leading();
    }

    /** The baseline of a line of {@code style} whose top is at {@code top}. */
    static float baselineBelow(float top, TextStyle style) {
        return top - (style.leading() - style.size()) / 2 - style.size() * 0.8f;
    }

    /** A list item's label waiting for the item's first line. */
    private record Label(List<Fragment> fragments, float x, float width) {
    }
}
