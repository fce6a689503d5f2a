package dev.editions.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.editions.Diagnostic;
import dev.editions.Diagnostics;
import dev.editions.read.PlainTextReader;
import dev.editions.read.Source;
import dev.editions.text.PlainText;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** Only characters legal in XML 1.0 and showable in a PDF reach the model, and what is removed is reported by line. */
class LegalTextTest {
    @Test
    void agreesWithAnXmlParserOnEveryCodePointOfTheBasicPlaneAndBeyond() throws Exception {
        var builder = DocumentBuilderFactory.newInstance().newDocumentBuilder();
        builder.setErrorHandler(null);
        int[] samples = {0x0, 0x1, 0x8, 0x9, 0xA, 0xB, 0xC, 0x1B, 0x1F, 0x20, 0x7E, 0xD7FF, 0xE000, 0xFFFD, 0xFFFE,
            0xFFFF, 0x10000, 0x10FFFD};
        for (int codePoint : samples) {
            String xml = "<a>&#x" + Integer.toHexString(codePoint) + ";</a>";
            boolean xmlLegal;
            try {
                builder.parse(new InputSource(new StringReader(xml)));
                xmlLegal = true;
            } catch (SAXException e) {
                xmlLegal = false;
            }
            if (!xmlLegal) {
                assertFalse(LegalText.isLegal(codePoint), "XML refuses " + LegalText.codeOf(codePoint));
            }
        }
        assertTrue(LegalText.isLegal('\t') && LegalText.isLegal('\n') && LegalText.isLegal(0x1F600));
        for (int codePoint : new int[] {0x7F, 0x85, 0x9F, 0xFDD0, 0xFDEF, 0x1FFFE, 0x10FFFF, 0xD800, 0xDFFF, '\r'}) {
            assertFalse(LegalText.isLegal(codePoint), LegalText.codeOf(codePoint));
        }
    }

    @Test
    void removesLoneSurrogatesButKeepsPairs() {
        LegalText.Cleaned cleaned = LegalText.clean("a\uD800b\uD83D\uDE00c\uDC00");
        assertEquals("ab\uD83D\uDE00c", cleaned.text());
        assertEquals("U+D800, U+DC00", cleaned.describe());
        assertFalse(LegalText.isLegal("x\uDC00"));
        assertTrue(LegalText.isLegal("x\uD83D\uDE00 caf\u00e9"));
    }

    @Test
    void thePlainTextReaderRemovesThemWithALineEach() {
        Diagnostics diagnostics = new Diagnostics("report.txt");
        String text = "Title \u001b]0;pwn\u0007\n\nBody \uFFFE text\u0001.\n\f\nNext page\u0085.\n";
        Document document = new PlainTextReader().read(Source.of("report.txt", text.getBytes(StandardCharsets.UTF_8)),
                diagnostics);
        assertEquals(List.of("Title ]0;pwn", "Body  text.", "Next page."),
                document.blocks().stream().map(PlainText::of).toList());
        assertEquals(List.of(
                "report.txt:1: warning: removed 2 characters no edition can hold (U+001B, U+0007) from this line",
                "report.txt:3: warning: removed 2 characters no edition can hold (U+FFFE, U+0001) from this line",
                "report.txt:5: warning: removed 1 character no edition can hold (U+0085) from this line"),
                diagnostics.list().stream().map(Diagnostic::format).toList());
    }

    @Test
    void metadataGivenThroughTheApiHoldsOnlyLegalCharacters() {
        Metadata metadata = Metadata.builder().title("T\u0001itle").authors(List.of("A\uFFFEnn", "\u0002"))
                .description("d\u001b").keywords(List.of("k\uD800")).build();
        assertEquals("Title", metadata.title());
        assertEquals(List.of("Ann"), metadata.authors());
        assertEquals("d", metadata.description());
        assertEquals(List.of("k"), metadata.keywords());
    }
}
