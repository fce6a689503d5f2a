package dev.editions.model;

import java.util.Collections;
import java.util.List;

/**
 * A data table with header rows, body rows and a caption.
 *
 * <p>Every row has the same number of cells as there are columns. Header rows label the columns;
 * writers mark their cells as header cells (all but the empty ones, see {@link Cell#canHead()}) and
 * repeat them where a table breaks across pages.
 *
 * @param caption the caption, possibly empty
 * @param alignments the alignment of each column; its size is the number of columns
 * @param header the header rows (usually one)
 * @param body the body rows
 */
public record Table(List<Inline> caption, List<Alignment> alignments, List<Row> header, List<Row> body)
        implements Block {

    /** Checks that there is at least one row and that every row has one cell per column. */
    public Table {
        caption = Check.list(caption, "table caption");
        alignments = Check.nonEmptyList(alignments, "table column alignments");
        header = Check.list(header, "table header rows");
        body = Check.list(body, "table body rows");
        if (header.isEmpty() && body.isEmpty()) {
            throw new IllegalArgumentException("a table needs at least one row");
        }
        int columns = alignments.size();
        checkWidths(header, columns, "header");
        checkWidths(body, columns, "body");
    }

    /** A table with every column aligned to the start. */
    public static Table of(List<Inline> caption, List<Row> header, List<Row> body) {
        int columns = !header.isEmpty() ? header.get(0).cells().size() : body.get(0).cells().size();
        return new Table(caption, Collections.nCopies(columns, Alignment.START), header, body);
    }

    /** The number of columns. */
    public int columnCount() {
        return alignments.size();
    }

    private static void checkWidths(List<Row> rows, int columns, String part) {
        for (int i = 0; i < rows.size(); i++) {
            int cells = rows.get(i).cells().size();
            if (cells != columns) {
                throw new IllegalArgumentException("table " + part + " row " + (i + 1) + " has " + cells
                        + " cells but the table has " + columns + " columns");
            }
        }
    }

    /** How a column's content is aligned. */
    public enum Alignment {
        /** Aligned to the start of the line (left in left-to-right text). */
        START,
        /** Centred. */
        CENTER,
        /** Aligned to the end of the line (right in left-to-right text). */
        END
    }

    /**
     * One row of cells.
     *
     * @param cells the cells, never empty
     */
    public record Row(List<Cell> cells) {
        /** Copies and checks the cells. */
        public Row {
            cells = Check.nonEmptyList(cells, "table row");
        }

        /** A row of plain-text cells. */
        public static Row of(String... texts) {
            return new Row(java.util.Arrays.stream(texts).map(Cell::of).toList());
        }
    }

    /**
     * One cell: inline content, possibly empty.
     *
     * @param content the cell's inlines
     */
    public record Cell(List<Inline> content) {
        /** Copies and checks the content. */
        public Cell {
            content = Check.list(content, "table cell content");
        }

        /**
         * Whether the cell can head its column or row: it has content. An empty cell labels nothing,
         * so writers make it a data cell even in a header row (an empty header cell is an
         * accessibility failure, e.g. DAISY Ace's {@code empty-table-header}).
         */
        public boolean canHead() {
            return !content.isEmpty();
        }

        /** A cell of plain text; blank text gives an empty cell. */
        public static Cell of(String text) {
            return new Cell(text.isEmpty() ? List.of() : List.of(new Text(text)));
        }
    }
}
