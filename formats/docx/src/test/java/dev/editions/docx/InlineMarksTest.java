package dev.editions.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.editions.fixtures.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STVerticalAlignRun;

/** Struck, raised and lowered runs, keys and task boxes, read back with POI. */
class InlineMarksTest {
    private static final List<XWPFRun> RUNS = new ArrayList<>();
    private static final List<String> PARAGRAPHS = new ArrayList<>();

    @BeforeAll
    static void read() throws IOException {
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(Editions.of("inline-marks")))) {
            for (XWPFParagraph paragraph : docx.getParagraphs()) {
                PARAGRAPHS.add(paragraph.getText());
                RUNS.addAll(paragraph.getRuns());
            }
            for (XWPFTable table : docx.getTables()) {
                table.getRows().forEach(row -> row.getTableCells().forEach(cell -> cell.getParagraphs()
                        .forEach(p -> RUNS.addAll(p.getRuns()))));
            }
        }
    }

    private static List<String> texts(Predicate<XWPFRun> which) {
        return RUNS.stream().filter(which).map(XWPFRun::text).toList();
    }

    @Test
    void struckRunsAreStruckThrough() {
        assertEquals(List.of("old figure of 12", "A plan with ", "two", " steps", "draft", "none"),
                texts(XWPFRun::isStrikeThrough));
    }

    @Test
    void superscriptAndSubscriptRunsAreRaisedAndLowered() {
        assertEquals(List.of("nd", "2", "3", "n"), texts(r -> r.getVerticalAlignment() == STVerticalAlignRun.SUPERSCRIPT));
        assertEquals(List.of("2", "i", "2"), texts(r -> r.getVerticalAlignment() == STVerticalAlignRun.SUBSCRIPT));
        XWPFRun note = RUNS.stream().filter(r -> r.text().equals("3")).findFirst().orElseThrow();
        assertTrue(note instanceof XWPFHyperlinkRun, "the raised note number stays in its link");
    }

    @Test
    void keysAreInTheCodeStyle() {
        assertEquals(List.of("Ctrl", "C", "Ctrl", "S"), texts(r -> "HTMLCode".equals(r.getStyle())));
    }

    @Test
    void taskItemsStartWithTheirBox() {
        List<String> items = PARAGRAPHS.stream().filter(p -> p.startsWith("☐") || p.startsWith("☑")).toList();
        assertEquals(List.of("☐ Draft the summary", "☑ Send the report to the reviewers",
                "☐ Check the draft final tables", "☑ Table 1", "☐ Table 2", "☑ Publish"), items);
        assertTrue(PARAGRAPHS.contains("An item that is not a task"));
    }
}
