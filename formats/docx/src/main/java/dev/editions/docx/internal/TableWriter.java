package dev.editions.docx.internal;

import dev.editions.model.Table;
import dev.editions.text.Furniture;
import dev.editions.text.PlainText;
import java.util.List;

/**
 * Writes data tables: the table style, a column grid, header rows that repeat on every page, a
 * visible caption before the table, and a caption and description in the table properties (Word's
 * alt text for tables). In a right-to-left section the columns run from the right ({@code
 * w:bidiVisual}); a column's alignment stays logical, as Word reads it in right-to-left paragraphs.
 */
final class TableWriter {
    private static final int FULL_WIDTH_FIFTIETHS = 5000;

    private final RunWriter runs;
    private final WordXml xml;
    private final PageSetup page;
    private final Furniture words;
    private int count;

    TableWriter(RunWriter runs, PageSetup page, Furniture words) {
        this.runs = runs;
        this.xml = runs.xml();
        this.page = page;
        this.words = words;
    }

    /**
     * Writes {@code table}; {@code caption} is the format of the paragraph just before it for the
     * visible caption, or {@code null} when the table has none.
     */
    void write(Table table, ParagraphFormat caption) {
        count++;
        if (caption != null) {
            caption.keepNext().open(xml);
            runs.write(table.caption());
            ParagraphFormat.close(xml);
        }
        int columns = table.columnCount();
        xml.start("w:tbl");
        properties(table, columns);
        if (table.header().isEmpty() && table.body().isEmpty()) {
            xml.start("w:tr").start("w:tc").empty("w:p").end("w:tc").end("w:tr");
        }
        for (Table.Row row : table.header()) {
            xml.start("w:tr").start("w:trPr").empty("w:tblHeader").empty("w:cantSplit").end("w:trPr");
            cells(row, table.alignments(), columns);
        }
        for (Table.Row row : table.body()) {
            xml.start("w:tr");
            cells(row, table.alignments(), columns);
        }
        xml.end("w:tbl");
    }

    private void properties(Table table, int columns) {
        xml.start("w:tblPr").empty("w:tblStyle", "w:val", StyleIds.TABLE);
        if (page.rightToLeft()) {
            xml.empty("w:bidiVisual");
        }
        xml.start("w:tblW").attribute("w:w", FULL_WIDTH_FIFTIETHS).attribute("w:type", "pct").end("w:tblW");
        xml.start("w:tblLook").attribute("w:firstRow", Boolean.toString(!table.header().isEmpty()))
                .attribute("w:lastRow", "false").attribute("w:firstColumn", "false").attribute("w:lastColumn", "false")
                .attribute("w:noHBand", "true").attribute("w:noVBand", "true").end("w:tblLook");
        String caption = PlainText.of(table.caption()).strip();
        xml.empty("w:tblCaption", "w:val", XmlText.clean(caption.isEmpty() ? words.table(count) : caption));
        xml.empty("w:tblDescription", "w:val", XmlText.clean(description(table)));
        xml.end("w:tblPr");
        xml.start("w:tblGrid");
        long columnWidth = page.textWidthTwips() / columns;
        for (int c = 0; c < columns; c++) {
            xml.start("w:gridCol").attribute("w:w", columnWidth).end("w:gridCol");
        }
        xml.end("w:tblGrid");
    }

    private static String description(Table table) {
        StringBuilder out = new StringBuilder();
        out.append(table.body().size()).append(table.body().size() == 1 ? " row" : " rows");
        out.append(" in ").append(table.columnCount()).append(table.columnCount() == 1 ? " column" : " columns");
        if (!table.header().isEmpty()) {
            out.append(": ");
            out.append(String.join(", ", table.header().get(0).cells().stream().filter(Table.Cell::canHead)
                    .map(cell -> PlainText.of(cell.content()).strip()).toList()));
        }
        return out.append('.').toString();
    }

    /** The cells of a row, as many as the table has columns (those beyond the row's cells empty), and the row's end. */
    private void cells(Table.Row row, List<Table.Alignment> alignments, int columns) {
        for (int c = 0; c < columns; c++) {
            xml.start("w:tc");
            ParagraphFormat format = ParagraphFormat.of(null);
            Table.Alignment alignment = c < row.cells().size() ? alignments.get(c) : Table.Alignment.START;
            if (alignment != Table.Alignment.START) {
                format.justify(alignment == Table.Alignment.CENTER ? "center" : "right");
            }
            format.open(xml);
            if (c < row.cells().size()) {
                runs.write(row.cells().get(c).content());
            }
            ParagraphFormat.close(xml);
            xml.end("w:tc");
        }
        xml.end("w:tr");
    }
}
