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
    /** The height of an endless sheet: some 270 pages, with positions still exact to 1/64 point. */
    static final float SHEET_HEIGHT = 200_000f;

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
    /** The notes at the foot of the pages, or {@code null} when notes go elsewhere. */
    private FootNotes foot;
    /** On an endless sheet (a note laid out for the foot), the depths below the top where it may be cut. */
    private final List<Float> cuts;
    private boolean finishing;

    PageLayout(WriteContext context) {
        this(context.option(PageOptions.SIZE).width(), context.option(PageOptions.SIZE).height(),
                context.option(PageOptions.MARGIN).floatValue() * POINTS_PER_MILLIMETRE, null);
    }

    private PageLayout(float pageWidth, float pageHeight, float margin, List<Float> cuts) {
        this.pageWidth = pageWidth;
        this.pageHeight = pageHeight;
        this.margin = margin;
        this.cuts = cuts;
        newPage();
    }

    /**
     * An endless page as wide as {@code pages}', for laying out a note before it goes to the foot of
     * a page: it never breaks, and records below each line where the note may be cut.
     */
    static PageLayout sheet(PageLayout pages) {
        return new PageLayout(pages.pageWidth, SHEET_HEIGHT, pages.margin, new ArrayList<>());
    }

    /** The depths below the top of an endless sheet where what is on it may be cut, in order. */
    List<Float> cuts() {
        return cuts == null ? List.of() : Collections.unmodifiableList(cuts);
    }

    /** Puts the notes at the foot of the pages, as {@code notes} lays them out. */
    void footNotes(FootNotes notes) {
        foot = notes;
    }

    /** Calls the notes referred to so far that wait for a place (references in tables) to the foot. */
    void callNotes() {
        if (foot != null) {
            foot.callAll();
            foot.drain(y - bottom(), FootNotes.cap(height()), false);
        }
    }

    /** Whether every note called so far is placed whole on the pages: none waits for room. */
    boolean notesPlaced() {
        return foot == null || !foot.waiting();
    }

    /** Ends the layout: the notes still waiting go to the feet of this page and the pages after it. */
    void finish() {
        if (foot == null) {
            return;
        }
        finishing = true;
        keptFrom = -1;
        foot.callAll();
        foot.drain(y - bottom(), height(), atTop());
        while (foot.waiting()) {
            newPage();
        }
        foot.closePage(page, left(), bottom());
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

    /** The bottom of the text on the page at {@code index}: above its notes, if it has any. */
    float bottom(int index) {
        return pages.get(index).notesTopOr(bottom());
    }

    /** The height of the text area. */
    float height() {
        return top() - bottom();
    }

    /** The cursor: where the next item's top goes. */
    float y() {
        return y;
    }

    /** The room left on the current page, above its notes. */
    float room() {
        return y - bottom() - (foot == null ? 0 : foot.used());
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
        if (foot != null) {
            foot.closePage(page, left(), bottom());
        }
        page = new Page();
        pages.add(page);
        y = top();
        if (!kept.isEmpty()) {
            float dy = top() - keptTop;
            kept.forEach(item -> page.add(item.shifted(dy)));
            page.startAt(keptBlock, keptOffset);
            y = top() - keptHeight;
        }
        if (foot != null) {
            foot.drain(y - bottom(), finishing ? height() : FootNotes.cap(height()), atTop());
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
        cut();
    }

    private void cut() {
        if (cuts != null && (cuts.isEmpty() || cuts.get(cuts.size() - 1) < top() - y)) {
            cuts.add(top() - y);
        }
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
     * foot of a page and no last line alone at the head of the next. A line that refers to a note
     * first goes on a page only with room for the note below the text (its first line, for a long
     * note), or at the head of a page, whatever the room.
     */
    void placeLines(List<Line> lines, float x, float measure, TextStyle style, Table.Alignment alignment,
            boolean justify) {
        int placed = 0;
        while (placed < lines.size()) {
            int left = lines.size() - placed;
            int fit = fitting(lines, placed, style);
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

    /** How many of {@code lines} from {@code from} fit on this page, with the notes they call first. */
    private int fitting(List<Line> lines, int from, TextStyle style) {
        float room = room() + 0.01f;
        float cap = FootNotes.cap(height()) + 0.01f;
        float text = 0;
        float notes = 0;
        java.util.Set<LinkTarget> counted = new java.util.HashSet<>();
        int fit = 0;
        for (int i = from; i < lines.size(); i++) {
            Line line = lines.get(i);
            float need = foot == null || keeping ? 0 : foot.demand(line, counted, height());
            if (text + line.leading(style) + notes + need > room
                    || need > 0 && foot.used() + notes + need > cap) {
                break;
            }
            text += line.leading(style);
            notes += need;
            fit++;
        }
        return fit;
    }

    /** Places one line at the cursor, on this page whatever the room, and calls the notes it refers to first. */
    void placeLine(Line line, float x, float measure, TextStyle style, Table.Alignment alignment, boolean justify) {
        float baseline = baselineBelow(y, style) - line.extraLeading(style);
        if (keeping && keptFrom >= 0 && keptOffset < 0) {
            keptOffset = line.offset();
        }
        startAt(line.offset());
        drawLabel(baseline);
        LinePainter.paint(line, x, measure, baseline, alignment, justify, null, this::add);
        y -= line.leading(style);
        cut();
        if (foot != null && keeping) {
            foot.defer(line);
        } else if (foot != null) {
            foot.call(line);
            foot.drain(y - bottom(), FootNotes.cap(height()), false);
        }
    }

    /** The baseline of a line of {@code style} whose top is at {@code top}. */
    static float baselineBelow(float top, TextStyle style) {
        return top - (style.leading() - style.size()) / 2 - style.size() * 0.8f;
    }

    /** A list item's label waiting for the item's first line. */
    private record Label(List<Fragment> fragments, float x, float width) {
    }
}
