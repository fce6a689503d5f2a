package dev.editions.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.editions.docx.check.DocxChecker;
import dev.editions.fixtures.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Definition lists are bold term paragraphs followed by indented definitions; admonitions are a
 * bordered box, a bold title paragraph then their content; read back with POI.
 */
class SetApartBlocksTest {
    @Test
    void termsAndDefinitionsHaveTheirStyles() throws IOException {
        try (XWPFDocument docx = read()) {
            assertEquals(List.of("Track II", "Confidence building"), texts(docx, "DefinitionTerm"));
            List<String> definitions = texts(docx, "Definition");
            assertEquals(List.of("Dialogue between non-governmental experts.", "Also called backchannel diplomacy.",
                    "Steps that make each side’s intentions clearer."), definitions);
            XWPFStyle term = docx.getStyles().getStyle("DefinitionTerm");
            assertTrue(term.getCTStyle().getRPr().sizeOfBArray() == 1, "terms are bold");
            XWPFStyle definition = docx.getStyles().getStyle("Definition");
            assertEquals(720, ((java.math.BigInteger) definition.getCTStyle().getPPr().getInd().getLeft()).intValue());
        }
    }

    @Test
    void admonitionsAreBorderedWithABoldTitle() throws IOException {
        try (XWPFDocument docx = read()) {
            assertEquals(List.of("Note", "Reading the tables", "Important", "Do not quote", "Caution",
                    "How the rounds were run"), texts(docx, "AdmonitionTitle"));
            assertTrue(texts(docx, "Admonition").contains("Participants spoke in a personal capacity."));
            for (String id : List.of("AdmonitionTitle", "Admonition")) {
                XWPFStyle style = docx.getStyles().getStyle(id);
                assertTrue(style.getCTStyle().getPPr().isSetPBdr(), id + " has a border");
            }
            assertTrue(docx.getStyles().getStyle("AdmonitionTitle").getCTStyle().getRPr().sizeOfBArray() == 1);
        }
    }

    @Test
    void theEditionPassesTheChecker(@TempDir Path folder) {
        Path file = Editions.file(folder, "blocks.docx", Editions.docx(Fixtures.blocks()));
        assertEquals(List.of(), new DocxChecker().check(file));
    }

    private static XWPFDocument read() throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(Editions.docx(Fixtures.blocks())));
    }

    private static List<String> texts(XWPFDocument docx, String style) {
        List<String> texts = new ArrayList<>();
        for (XWPFParagraph p : docx.getParagraphs()) {
            if (style.equals(p.getStyle())) {
                texts.add(p.getText());
            }
        }
        return texts;
    }
}
