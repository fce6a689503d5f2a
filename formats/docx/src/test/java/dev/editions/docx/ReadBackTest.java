package dev.editions.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.editions.model.Block;
import dev.editions.model.Document;
import dev.editions.model.Figure;
import dev.editions.model.ListBlock;
import dev.editions.model.ListItem;
import dev.editions.model.Paragraph;
import dev.editions.model.Quote;
import dev.editions.model.Table;
import dev.editions.text.Outline;
import dev.editions.text.PlainText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;

/** Reads the editions back with POI and compares what Word would see with the model. */
class ReadBackTest {
    /** A footnote reference and the footnote's text, as POI adds them to a paragraph's text. */
    private static final java.util.regex.Pattern FOOTNOTE =
            java.util.regex.Pattern.compile("\\[footnoteRef:(\\d+)\\] \\[\\1: [^\\]]*\\] ");

    /** {@code text} without the footnotes POI adds to it; the notes test checks those. */
    static String withoutFootnotes(String text) {
        return FOOTNOTE.matcher(text).replaceAll("");
    }

    @ParameterizedTest
    @MethodSource("dev.editions.docx.Editions#names")
    void headingsHaveTheModelsTextsAndLevelsStartingAtOne(String name) throws IOException {
        Document model = Editions.fixture(name);
        Outline outline = Outline.of(model);
        int shift = outline.entries().stream().mapToInt(Outline.Entry::level).min().orElse(1) - 1;
        List<String> expected = new ArrayList<>();
        outline.entries().forEach(e -> expected.add((e.level() - shift) + " " + e.text()));
        if (!model.glossary().isEmpty()) {
            expected.add("1 Glossary");
        }
        List<String> actual = new ArrayList<>();
        try (XWPFDocument doc = read(name)) {
            for (XWPFParagraph p : doc.getParagraphs()) {
                if (p.getStyle() != null && p.getStyle().matches("Heading[1-6]")) {
                    actual.add(p.getStyle().substring(7) + " " + p.getText());
                }
            }
        }
        assertEquals(expected, actual);
    }

    @ParameterizedTest
    @MethodSource("dev.editions.docx.Editions#names")
    void corePropertiesComeFromTheMetadata(String name) throws IOException {
        Document model = Editions.fixture(name);
        try (XWPFDocument doc = read(name)) {
            POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
            assertEquals(model.metadata().title(), core.getTitle());
            assertEquals(model.metadata().language(), core.getUnderlyingProperties().getLanguageProperty().orElseThrow());
            assertEquals(model.metadata().subtitle(), core.getSubject());
            assertEquals("Title", doc.getParagraphs().get(0).getStyle());
            assertEquals(model.metadata().title(), doc.getParagraphs().get(0).getText());
        }
    }

    @ParameterizedTest
    @MethodSource("dev.editions.docx.Editions#names")
    void listItemsKeepTheirNestingInOneListPerTopLevelList(String name) throws IOException {
        Document model = Editions.fixture(name);
        List<String> expected = new ArrayList<>();
        int[] lists = {0};
        outermostLists(model.blocks(), list -> {
            lists[0]++;
            items(list, 0, lists[0], expected);
        });
        List<String> actual = new ArrayList<>();
        List<java.math.BigInteger> numIds = new ArrayList<>();
        try (XWPFDocument doc = read(name)) {
            for (XWPFParagraph p : doc.getParagraphs()) {
                if (p.getNumID() != null) {
                    if (!numIds.contains(p.getNumID())) {
                        numIds.add(p.getNumID());
                    }
                    actual.add((numIds.indexOf(p.getNumID()) + 1) + "/" + p.getNumIlvl() + " "
                            + withoutFootnotes(p.getText()));
                    assertEquals("ListParagraph", p.getStyle());
                    assertFalse(p.getText().startsWith("\u2022"), "typed bullet in " + p.getText());
                }
            }
            for (java.math.BigInteger numId : numIds) {
                assertTrue(doc.getNumbering().numExist(numId));
            }
        }
        assertEquals(expected, actual);
    }

    /** The lists not inside another list, in reading order, those in quotes, definitions and admonitions too. */
    private static void outermostLists(List<Block> blocks, java.util.function.Consumer<ListBlock> visit) {
        for (Block block : blocks) {
            if (block instanceof ListBlock list) {
                visit.accept(list);
            } else {
                outermostLists(dev.editions.model.Blocks.children(block), visit);
            }
        }
    }

    private static void items(ListBlock list, int level, int number, List<String> out) {
        for (ListItem item : list.items()) {
            boolean first = true;
            for (Block block : item.blocks()) {
                if (block instanceof ListBlock nested) {
                    items(nested, level + 1, number, out);
                } else if (first && block instanceof Paragraph p) {
                    String box = item.isTask() ? item.task().box() + " " : "";
                    out.add(number + "/" + level + " " + box + PlainText.of(p.content()));
                }
                first = false;
            }
        }
    }

    @ParameterizedTest
    @MethodSource("dev.editions.docx.Editions#names")
    void tableCellsEqualTheModelAndHeaderRowsRepeat(String name) throws IOException {
        Document model = Editions.fixture(name);
        List<Table> tables = new ArrayList<>();
        for (Block block : model.blocks()) {
            if (block instanceof Table t) {
                tables.add(t);
            }
        }
        try (XWPFDocument doc = read(name)) {
            List<XWPFTable> written = doc.getTables();
            assertEquals(tables.size() + (model.glossary().isEmpty() ? 0 : 1), written.size());
            for (int i = 0; i < tables.size(); i++) {
                Table table = tables.get(i);
                XWPFTable t = written.get(i);
                List<Table.Row> rows = new ArrayList<>(table.header());
                rows.addAll(table.body());
                assertEquals(rows.size(), t.getNumberOfRows());
                for (int r = 0; r < rows.size(); r++) {
                    XWPFTableRow row = t.getRow(r);
                    assertEquals(r < table.header().size(), row.isRepeatHeader(), "header row " + r);
                    List<XWPFTableCell> cells = row.getTableCells();
                    assertEquals(table.columnCount(), cells.size());
                    for (int c = 0; c < cells.size(); c++) {
                        assertEquals(PlainText.of(rows.get(r).cells().get(c).content()), withoutFootnotes(cells.get(c).getText()));
                    }
                }
                assertEquals(PlainText.of(table.caption()), t.getCTTbl().getTblPr().getTblCaption().getVal());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("dev.editions.docx.Editions#names")
    void picturesCarryTheAltTextAndDecorativeOnesAreMarked(String name) throws IOException {
        Document model = Editions.fixture(name);
        List<String> expected = new ArrayList<>();
        collectFigures(model.blocks(), expected);
        List<String> actual = new ArrayList<>();
        try (XWPFDocument doc = read(name)) {
            for (XWPFParagraph p : doc.getParagraphs()) {
                for (XWPFRun run : p.getRuns()) {
                    for (int i = 0; i < run.getCTR().sizeOfDrawingArray(); i++) {
                        CTInline inline = run.getCTR().getDrawingArray(i).getInlineArray(0);
                        String descr = inline.getDocPr().getDescr();
                        boolean decorative = inline.getDocPr().isSetExtLst()
                                && inline.getDocPr().getExtLst().xmlText().contains("decorative");
                        actual.add(decorative ? "decorative" : descr);
                        assertEquals(descr, run.getEmbeddedPictures().get(0).getDescription());
                    }
                }
            }
        }
        assertEquals(expected, actual);
    }

    private static void collectFigures(List<Block> blocks, List<String> out) {
        for (Block block : blocks) {
            switch (block) {
                case Figure f -> out.add(f.decorative() ? "decorative" : f.alt());
                case Paragraph p -> dev.editions.model.Blocks.forEachInline(List.of(p), inline -> {
                    if (inline instanceof dev.editions.model.InlineImage i) {
                        out.add(i.decorative() ? "decorative" : i.alt());
                    }
                });
                case Quote q -> collectFigures(q.blocks(), out);
                case ListBlock l -> l.items().forEach(item -> collectFigures(item.blocks(), out));
                default -> {
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("dev.editions.docx.Editions#names")
    void noParagraphOutsideTablesIsEmpty(String name) throws IOException {
        try (XWPFDocument doc = read(name)) {
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    assertTrue(!p.getText().isBlank() || !p.getRuns().isEmpty()
                            && !p.getRuns().get(0).getEmbeddedPictures().isEmpty(), "empty paragraph");
                }
            }
        }
    }

    private static XWPFDocument read(String name) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(Editions.of(name)));
    }
}
