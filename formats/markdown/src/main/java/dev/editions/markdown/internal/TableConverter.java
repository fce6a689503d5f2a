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
 * empty), the body rows and each column's alignment.
 */
final class TableConverter {
    private final InlineConverter inlines;

    TableConverter(InlineConverter inlines) {
        this.inlines = inlines;
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

    /** Rows padded with empty cells or cut to the number of columns, as GFM reads them. */
    private static List<Table.Row> rows(List<List<Table.Cell>> rows, int columns) {
        List<Table.Row> out = new ArrayList<>();
        for (List<Table.Cell> cells : rows) {
            List<Table.Cell> fitted = new ArrayList<>(cells.subList(0, Math.min(columns, cells.size())));
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
