package dev.editions.docx.internal;

import dev.editions.model.Inline;
import dev.editions.model.Table;
import dev.editions.text.Furniture;
import dev.editions.text.PlainText;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLook;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Writes data tables: the table style, a column grid, header rows that repeat on every page, a
 * visible caption before the table, and a caption and description in the table properties (Word's
 * alt text for tables). In a right-to-left section the columns run from the right ({@code
 * w:bidiVisual}); a column's alignment stays logical, as Word reads it in right-to-left paragraphs.
 */
final class TableWriter {
    private static final int FULL_WIDTH_FIFTIETHS = 5000;

    private final XWPFDocument doc;
    private final RunWriter runs;
    private final PageSetup page;
    private final Furniture words;
    private int count;

    TableWriter(XWPFDocument doc, RunWriter runs, PageSetup page, Furniture words) {
        this.doc = doc;
        this.runs = runs;
        this.page = page;
        this.words = words;
    }

    /**
     * Writes {@code table}; {@code captionParagraph} is the paragraph just before it for the visible
     * caption, or {@code null} when the table has none.
     */
    void write(Table table, CTP captionParagraph) {
        count++;
        if (captionParagraph != null) {
            captionParagraph.getPPr().addNewKeepNext();
            runs.write(captionParagraph, table.caption());
        }
        int columns = table.columnCount();
        int rows = table.header().size() + table.body().size();
        XWPFTable t = doc.createTable(Math.min(rows, 1), columns);
        properties(t, table, columns);
        List<XWPFTableRow> tableRows = rows(t, rows, columns);
        int r = 0;
        for (Table.Row row : table.header()) {
            XWPFTableRow tableRow = tableRows.get(r++);
            CTTrPr rowProperties = tableRow.getCtRow().isSetTrPr() ? tableRow.getCtRow().getTrPr()
                    : tableRow.getCtRow().addNewTrPr();
            rowProperties.addNewTblHeader();
            rowProperties.addNewCantSplit();
            cells(tableRow, row, table.alignments());
        }
        for (Table.Row row : table.body()) {
            cells(tableRows.get(r++), row, table.alignments());
        }
    }

    /**
     * The rows of {@code t}, which POI made with its first row, completed with the rest. Each row is
     * added to the table's XML directly, as POI's own {@code createRow} and {@code getRow} count every
     * row of the table each time (quadratic in a long table); the XML is the same. The rows are not in
     * the list {@code t.getRows()}, which nothing reads once the table is written.
     */
    private static List<XWPFTableRow> rows(XWPFTable t, int rows, int columns) {
        List<XWPFTableRow> all = new ArrayList<>(t.getRows());
        while (all.size() < rows) {
            XWPFTableRow row = new XWPFTableRow(t.getCTTbl().addNewTr(), t);
            for (int c = 0; c < columns; c++) {
                row.createCell();
            }
            all.add(row);
        }
        return all;
    }

    private void properties(XWPFTable t, Table table, int columns) {
        CTTblPr pr = t.getCTTbl().getTblPr();
        if (pr.isSetTblBorders()) {
            pr.unsetTblBorders();
        }
        pr.addNewTblStyle().setVal(StyleIds.TABLE);
        if (page.rightToLeft()) {
            pr.addNewBidiVisual();
        }
        CTTblWidth width = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        width.setType(STTblWidth.PCT);
        width.setW(BigInteger.valueOf(FULL_WIDTH_FIFTIETHS));
        CTTblLook look = pr.addNewTblLook();
        look.setFirstRow(!table.header().isEmpty());
        look.setLastRow(false);
        look.setFirstColumn(false);
        look.setLastColumn(false);
        look.setNoHBand(true);
        look.setNoVBand(true);
        String caption = PlainText.of(table.caption()).strip();
        pr.addNewTblCaption().setVal(XmlText.clean(caption.isEmpty() ? words.table(count) : caption));
        pr.addNewTblDescription().setVal(XmlText.clean(description(table)));
        CTTblGrid grid = t.getCTTbl().getTblGrid() != null ? t.getCTTbl().getTblGrid() : t.getCTTbl().addNewTblGrid();
        BigInteger columnWidth = BigInteger.valueOf(page.textWidthTwips() / columns);
        for (int c = 0; c < columns; c++) {
            grid.addNewGridCol().setW(columnWidth);
        }
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

    private void cells(XWPFTableRow tableRow, Table.Row row, List<Table.Alignment> alignments) {
        for (int c = 0; c < row.cells().size(); c++) {
            CTP p = tableRow.getTableCells().get(c).getParagraphs().get(0).getCTP();
            Table.Alignment alignment = alignments.get(c);
            if (alignment != Table.Alignment.START) {
                CTPPr pr = p.isSetPPr() ? p.getPPr() : p.addNewPPr();
                pr.addNewJc().setVal(alignment == Table.Alignment.CENTER ? STJc.CENTER : STJc.RIGHT);
            }
            List<Inline> content = row.cells().get(c).content();
            runs.write(p, content);
        }
    }
}
