package dev.editions.pdf.internal;

import dev.editions.text.PlainOffsets;
import dev.editions.model.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays out tables: column widths from their content, cells of several lines, rows that move to the
 * next page whole when they can and split between lines when they cannot, and the header rows
 * repeated (as artifacts) on every page the table continues on. Tags {@code Table > Caption, THead >
 * TR > TH, TBody > TR > TD}, each header cell with a column scope; an empty cell of a header row is
 * a {@code TD}, as it labels nothing. A right-to-left table runs its columns from the right, its
 * first column rightmost, and mirrors each column's alignment; its tags keep the model's order.
 */
final class TableLayout {
    private static final float PAD = Typography.CELL_PADDING;
    private static final TextStyle CELL = Typography.CELL;
    private static final TextStyle HEADER = Typography.CELL.emboldened();

    private final PageLayout pages;
    private final InlineFlow flow;
    private final PlainOffsets plain;

    TableLayout(PageLayout pages, InlineFlow flow, PlainOffsets plain) {
        this.pages = pages;
        this.flow = flow;
        this.plain = plain;
    }

    /** Lays out {@code table} in the measure from {@code x}, its columns from the right when {@code rightToLeft}. */
    void layout(Table table, Tag parent, float x, float measure, boolean rightToLeft) {
        Tag tag = parent.child("Table");
        List<Line> caption = List.of();
        int captionOffset = plain.offset();
        if (!table.caption().isEmpty()) {
            plain.separate();
            captionOffset = plain.advance(table.caption());
            caption = LineBreaker.lines(flow.tokens(table.caption(), Typography.CAPTION, tag.child("Caption"),
                    captionOffset), measure);
        }
        List<CellTokens[]> header = rows(table.header(), tag, true);
        List<CellTokens[]> body = rows(table.body(), tag, false);
        float[] widths = ColumnWidths.of(header, body, table.columnCount(), measure, 2 * PAD);
        List<RowLines> headerLines = header.stream().map(row -> lines(row, widths, true)).toList();
        List<RowLines> bodyLines = body.stream().map(row -> lines(row, widths, false)).toList();
        float captionHeight = caption.size() * Typography.CAPTION.leading();
        float headerHeight = height(headerLines);
        float first = bodyLines.isEmpty() ? 0 : bodyLines.get(0).height();
        pages.ensure(captionHeight + headerHeight + Math.min(first, 3 * CELL.leading() + 2 * PAD));
        pages.startAt(captionOffset);
        pages.drawLabel(PageLayout.baselineBelow(pages.y(), Typography.BODY));
        if (!caption.isEmpty()) {
            pages.placeLines(caption, x, measure, Typography.CAPTION, Mirroring.start(rightToLeft), false);
        }
        Grid grid = new Grid(x, measure, widths,
                table.alignments().stream().map(a -> Mirroring.of(a, rightToLeft)).toList(), rightToLeft);
        for (RowLines row : headerLines) {
            placeRow(row, grid, headerLines);
        }
        for (RowLines row : bodyLines) {
            placeRow(row, grid, headerLines);
        }
    }

    private List<CellTokens[]> rows(List<Table.Row> rows, Tag table, boolean header) {
        List<CellTokens[]> out = new ArrayList<>();
        if (rows.isEmpty()) {
            return out;
        }
        Tag group = table.child(header ? "THead" : "TBody");
        for (Table.Row row : rows) {
            Tag tr = group.child("TR");
            CellTokens[] cells = new CellTokens[row.cells().size()];
            for (int c = 0; c < cells.length; c++) {
                Table.Cell cell = row.cells().get(c);
                boolean heads = header && cell.canHead();
                Tag cellTag = tr.child(heads ? "TH" : "TD");
                if (heads) {
                    cellTag.scope("Column");
                }
                int offset = plain.offset();
                if (!cell.content().isEmpty()) {
                    plain.separate();
                    offset = plain.advance(cell.content());
                }
                cells[c] = new CellTokens(flow.tokens(cell.content(), header ? HEADER : CELL, cellTag, offset), offset);
            }
            out.add(cells);
        }
        return out;
    }

    private static RowLines lines(CellTokens[] row, float[] widths, boolean header) {
        List<List<Line>> cells = new ArrayList<>();
        for (int c = 0; c < row.length; c++) {
            cells.add(LineBreaker.lines(row[c].tokens(), widths[c] - 2 * PAD));
        }
        return new RowLines(cells, header, row.length == 0 ? 0 : row[0].offset());
    }

    /**
     * Places a row at the cursor: on a new page (after the repeated header) when it does not fit here
     * but fits on a page, else split between lines across pages.
     */
    private void placeRow(RowLines row, Grid grid, List<RowLines> header) {
        RowLines rest = row;
        if (!row.header()) {
            float repeatedHeader = height(header);
            if (row.height() > pages.room() && row.height() <= pages.height() - repeatedHeader && !pages.atTop()) {
                continueOnNewPage(grid, header);
            }
        }
        while (true) {
            if (pages.room() < CELL.leading() + 2 * PAD && !pages.atTop()) {
                continueOnNewPage(grid, header);
            }
            pages.startAt(rest.offset());
            rest = drawRow(rest, grid, null);
            if (rest == null) {
                return;
            }
            continueOnNewPage(grid, header);
        }
    }

    private void continueOnNewPage(Grid grid, List<RowLines> header) {
        pages.newPage();
        for (RowLines row : header) {
            drawRow(row, grid, Mark.artifact(Mark.Artifact.PAGINATION));
        }
    }

    /** Draws as many lines of each cell as fit; returns the lines left over, or {@code null}. */
    private RowLines drawRow(RowLines row, Grid grid, Mark override) {
        TextStyle style = row.header() ? HEADER : CELL;
        float available = Math.max(style.leading(), pages.room() - 2 * PAD);
        float tallest = style.leading();
        int[] takes = new int[row.cells().size()];
        for (int c = 0; c < takes.length; c++) {
            float used = 0;
            for (Line line : row.cells().get(c)) {
                if (takes[c] > 0 && used + line.leading(style) > available + 0.01f) {
                    break;
                }
                used += line.leading(style);
                takes[c]++;
            }
            tallest = Math.max(tallest, used);
        }
        float height = tallest + 2 * PAD;
        float top = pages.y();
        if (row.header()) {
            pages.add(new PageItem.Fill(Mark.Artifact.LAYOUT, grid.x(), top - height, grid.width(), height,
                    Typography.HEADER_FILL));
        }
        List<List<Line>> rest = new ArrayList<>();
        boolean more = false;
        for (int c = 0; c < row.cells().size(); c++) {
            float cellX = grid.left(c);
            List<Line> cell = row.cells().get(c);
            int take = takes[c];
            float lineTop = top - PAD;
            for (int i = 0; i < take; i++) {
                Line line = cell.get(i);
                float baseline = PageLayout.baselineBelow(lineTop, style) - line.extraLeading(style);
                LinePainter.paint(line, cellX + PAD, grid.widths()[c] - 2 * PAD, baseline,
                        grid.alignments().get(c), false, override, pages::add);
                lineTop -= line.leading(style);
            }
            rest.add(cell.subList(take, cell.size()));
            more |= take < cell.size();
        }
        pages.advance(height);
        float ruleWidth = row.header() ? 0.9f : Typography.RULE_WIDTH;
        pages.add(new PageItem.Rule(Mark.Artifact.LAYOUT, grid.x(), pages.y(), grid.x() + grid.width(), pages.y(),
                ruleWidth, Typography.RULE));
        return more ? new RowLines(rest, row.header(), row.offset()) : null;
    }

    /** A cell's tokens and the plain-text offset it starts at. */
    record CellTokens(List<Token> tokens, int offset) {
    }

    /** The lines of each cell of a row. */
    private record RowLines(List<List<Line>> cells, boolean header, int offset) {
        float height() {
            TextStyle style = header ? HEADER : CELL;
            float tallest = style.leading();
            for (List<Line> cell : cells) {
                float height = 0;
                for (Line line : cell) {
                    height += line.leading(style);
                }
                tallest = Math.max(tallest, height);
            }
            return tallest + 2 * PAD;
        }
    }

    /**
     * Where the columns are.
     *
     * @param x the table's left edge
     * @param width the table's width, the sum of the column widths
     * @param widths the width of each column
     * @param alignments the alignment of each column as drawn
     * @param rightToLeft whether the first column is the rightmost
     */
    private record Grid(float x, float width, float[] widths, List<Table.Alignment> alignments, boolean rightToLeft) {
        /** The left edge of column {@code column}. */
        float left(int column) {
            float before = 0;
            for (int c = 0; c < column; c++) {
                before += widths[c];
            }
            return rightToLeft ? x + width - before - widths[column] : x + before;
        }
    }

    private static float height(List<RowLines> rows) {
        float height = 0;
        for (RowLines row : rows) {
            height += row.height();
        }
        return height;
    }
}
