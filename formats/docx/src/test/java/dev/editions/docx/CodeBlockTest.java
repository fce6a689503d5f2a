package dev.editions.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.editions.docx.check.DocxChecker;
import dev.editions.fixtures.Fixtures;
import dev.editions.model.CodeBlock;
import dev.editions.model.Document;
import dev.editions.model.ListBlock;
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
 * Code blocks are paragraphs in a monospaced preformatted style whose text, as POI reads it (tabs as
 * {@code w:tab}, lines as {@code w:br}), is the code exactly; the checker accepts them even when the
 * code starts like a typed bullet.
 */
class CodeBlockTest {
    @Test
    void codeIsOnePreformattedParagraphKeptExactly() throws IOException {
        Document document = Fixtures.code();
        List<String> expected = List.of(((CodeBlock) document.blocks().get(1)).text(),
                ((CodeBlock) ((ListBlock) document.blocks().get(2)).items().get(0).blocks().get(1)).text());
        List<String> actual = new ArrayList<>();
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(Editions.docx(document)))) {
            for (XWPFParagraph p : docx.getParagraphs()) {
                if ("HTMLPreformatted".equals(p.getStyle())) {
                    actual.add(p.getText());
                }
            }
            XWPFStyle style = docx.getStyles().getStyle("HTMLPreformatted");
            assertEquals("HTML Preformatted", style.getName());
            assertEquals("Consolas", style.getCTStyle().getRPr().getRFontsArray(0).getAscii());
        }
        assertEquals(expected, actual);
    }

    @Test
    void codeThatStartsLikeABulletPassesTheChecker(@TempDir Path folder) {
        Document document = Document.of(Fixtures.sample().metadata(),
                List.of(new CodeBlock("yaml", "- item: 1\n- item: 2"), new CodeBlock("", "\n\n  * note")));
        Path file = Editions.file(folder, "code.docx", Editions.docx(document));
        assertEquals(List.of(), new DocxChecker().check(file));
    }
}
