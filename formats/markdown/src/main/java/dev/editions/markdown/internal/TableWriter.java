package dev.editions.markdown.internal;

import dev.editions.model.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a model {@link Table} as a GFM pipe table, preceded by its caption as a paragraph
 * {@code Table: …} (the form pandoc reads). GFM tables have exactly one header row: a table without
 * one gets a row of empty header cells, and further header rows are written as the first body rows.
 */
final class TableWriter {
    private TableWriter() {
    }

    static List<String> table(Table table) {
        List<String> lines = new ArrayList<>();
        if (!table.caption().isEmpty()) {
            lines.add(BlockConverter.TABLE_CAPTION + " " + InlineWriter.write(table.caption(), InlineWriter.Place.HEADING));
            lines.add("");
        }
        List<Table.Row> body = new ArrayList<>(table.body());
        if (table.header().isEmpty()) {
            lines.add("|" + " |".repeat(table.columnCount()));
        } else {
            lines.add(row(table.header().get(0)));
            body.addAll(0, table.header().subList(1, table.header().size()));
        }
        StringBuilder delimiter = new StringBuilder("|");
        for (Table.Alignment alignment : table.alignments()) {
            delimiter.append(switch (alignment) {
                case START -> " --- |";
                case CENTER -> " :-: |";
                case END -> " --: |";
            });
        }
        lines.add(delimiter.toString());
        for (Table.Row row : body) {
            lines.add(row(row));
        }
        return lines;
    }

    private static String row(Table.Row row) {
        StringBuilder line = new StringBuilder("|");
        for (Table.Cell cell : row.cells()) {
            String text = InlineWriter.write(cell.content(), InlineWriter.Place.CELL);
            line.append(text.isEmpty() ? " |" : " " + text + " |");
        }
        return line.toString();
    }
}
