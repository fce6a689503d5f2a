package dev.editions.markdown.internal;

import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.util.ast.Node;
import dev.editions.model.Inline;
import dev.editions.model.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a GFM pipe table into a model {@link Table}: the header row (left out when all its cells are
 * empty), the body rows and each column's alignment. A short row is filled with empty cells, as GFM
 * does; a row longer than the header widens the table (GFM would drop its extra cells, and with them
 * their words), with a warning.
 */
final class TableConverter {
    private final InlineConverter inlines;
    private final ReadContext context;

    TableConverter(InlineConverter inlines, ReadContext context) {
        this.inlines = inlines;
        this.context = context;
    }

    Table table(TableBlock block, List<Inline> caption) {
        List<List<Table.Cell>> header = new ArrayList<>();
        List<List<Table.Cell>> body = new ArrayList<>();
        List<Table.Alignment> alignments = new ArrayList<>();
        for (Node part = block.getFirstChild(); part != null; part = part.getNext()) {
            if (part instanceof TableHead || part instanceof TableBody) {
                List<List<Table.Cell>> rows = part instanceof TableHead ? header : body;
                for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                    if (row instanceof TableRow) {
                        rows.add(cells(row, part instanceof TableHead ? alignments : null));
                    }
                }
            }
        }
        int columns = alignments.size();
        int widest = body.stream().mapToInt(List::size).max().orElse(0);
        if (widest > columns) {
            context.warn(block, "table.widened", "a row of the table has " + widest + " cells but its header "
                    + columns + "; the table was widened to " + widest + " columns so that no cell is lost");
            while (alignments.size() < widest) {
                alignments.add(Table.Alignment.START);
            }
            columns = widest;
        }
        boolean emptyHeader = header.stream().flatMap(List::stream).allMatch(cell -> cell.content().isEmpty());
        return new Table(caption, alignments, emptyHeader ? List.of() : rows(header, columns), rows(body, columns));
    }

    private List<Table.Cell> cells(Node row, List<Table.Alignment> alignments) {
        List<Table.Cell> cells = new ArrayList<>();
        for (Node node = row.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof TableCell cell) {
                cells.add(new Table.Cell(inlines.children(cell, true)));
                if (alignments != null) {
                    alignments.add(alignment(cell.getAlignment()));
                }
            }
        }
        return cells;
    }

    /** Rows padded with empty cells to the number of columns. */
    private static List<Table.Row> rows(List<List<Table.Cell>> rows, int columns) {
        List<Table.Row> out = new ArrayList<>();
        for (List<Table.Cell> cells : rows) {
            List<Table.Cell> fitted = new ArrayList<>(cells);
            while (fitted.size() < columns) {
                fitted.add(new Table.Cell(List.of()));
            }
            out.add(new Table.Row(fitted));
        }
        return out;
    }

    private static Table.Alignment alignment(TableCell.Alignment alignment) {
        if (alignment == TableCell.Alignment.CENTER) {
            return Table.Alignment.CENTER;
        }
        return alignment == TableCell.Alignment.RIGHT ? Table.Alignment.END : Table.Alignment.START;
    }
}
