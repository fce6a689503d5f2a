package dev.editions.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

/** A table whose header row starts with an empty cell: the description names only the real headers. */
class EmptyHeaderCellTest {
    @Test
    void theTableDescriptionListsOnlyTheCellsThatHead() throws IOException {
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(Editions.of("anchors")))) {
            XWPFTable table = docx.getTables().getFirst();
            assertEquals("2 rows in 3 columns: 2023, 2024.", table.getCTTbl().getTblPr().getTblDescription().getVal());
            assertEquals("", table.getRow(0).getCell(0).getText());
            assertEquals(true, table.getRow(0).isRepeatHeader());
        }
    }
}
