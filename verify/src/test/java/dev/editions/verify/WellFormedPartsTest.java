package dev.editions.verify;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.editions.EditionsException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fuzz test's oracle can fail: broken parts, XMP and refusals that hide crashes are caught. */
class WellFormedPartsTest {
    private static final String GOOD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<r xmlns=\"urn:x\" a=\"b\">text \uD83D\uDE00 \u202E &amp; <![CDATA[x < y]]></r>";

    @Test
    void acceptsWellFormedXml() {
        assertDoesNotThrow(() -> WellFormedParts.checkXml("good.xml", GOOD.getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"<r>a ]]> b<r>", "<r>a & b</r>", "<r a=\"<\"/>", "<r>\u0001</r>", "<r>&#1;</r>",
        "<r>&#x85;</r>", "<r a=\"&#xFFFE;\"/>", "<r>\uFFFF</r>", "<r>&#xD800;</r>",
        "<p:r>undeclared prefix</p:r>",
        "<r><![CDATA[a ]]> b ]]></r>"})
    void refusesAPartThatIsNotWellFormedOrHoldsAControlCharacter(String xml) {
        assertThrows(AssertionError.class, () -> WellFormedParts.checkXml("bad.xml", xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void refusesBytesThatAreNotUtf8() {
        byte[] latin = "<r>caf\u00e9</r>".getBytes(StandardCharsets.ISO_8859_1);
        assertThrows(AssertionError.class, () -> WellFormedParts.checkXml("latin.xml", latin));
        byte[] surrogate = {'<', 'r', '>', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '<', '/', 'r', '>'};
        assertThrows(AssertionError.class, () -> WellFormedParts.checkXml("surrogate.xml", surrogate));
    }

    @Test
    void refusesABrokenPartInADocxAndAnEpub() {
        for (String format : new String[] {"docx", "epub"}) {
            Path good = WrittenEditions.of("sample", format);
            assertTrue(WellFormedParts.checkPackage(good) > 2, format);
            Path broken = Zips.rewrite(good, WrittenEditions.FOLDER.resolve("broken/not-well-formed." + format),
                    (name, text) -> name.endsWith(".opf") || name.endsWith("core.xml")
                            ? text.replaceFirst("</", "\u0001</") : text, false);
            AssertionError error = assertThrows(AssertionError.class, () -> WellFormedParts.checkPackage(broken));
            assertTrue(error.getMessage().contains("U+0001") || error.getMessage().contains("well-formed"),
                    error.getMessage());
        }
    }

    @Test
    void refusesAPdfWhoseXmpIsNotWellFormed(@TempDir Path folder) throws IOException {
        Path good = WrittenEditions.of("sample", "pdf");
        WellFormedParts.checkPdf(good);
        Path broken = folder.resolve("broken.pdf");
        try (PDDocument pdf = Loader.loadPDF(good.toFile())) {
            PDMetadata metadata = pdf.getDocumentCatalog().getMetadata();
            String xmp = new String(metadata.toByteArray(), StandardCharsets.UTF_8);
            metadata.importXMPMetadata(xmp.replaceFirst("</dc:title>", "</dc:title]]>")
                    .getBytes(StandardCharsets.UTF_8));
            pdf.save(broken.toFile());
        }
        assertThrows(AssertionError.class, () -> WellFormedParts.checkPdf(broken));
    }

    @Test
    void refusesMarkdownTextWithAControlCharacter() {
        WellFormedParts.checkText("ok.md", "# Title \uD83D\uDE00\r\n\tText.\n");
        assertThrows(AssertionError.class, () -> WellFormedParts.checkText("bad.md", "# Title\u001B[2J\n"));
        assertThrows(AssertionError.class, () -> WellFormedParts.checkText("bad.md", "# Title \uDC00\n"));
    }

    @Test
    void aWriterCrashReportedAsARefusalIsACrash() {
        EditionsException crash = EditionsException.of("report.md", "the pdf edition cannot be written",
                new NullPointerException("font"));
        assertThrows(AssertionError.class, () -> Refusals.requireDeliberate(crash));
        EditionsException refusal = EditionsException.atLine("report.md", 2, 8, "the front matter is wrong");
        assertDoesNotThrow(() -> Refusals.requireDeliberate(refusal));
    }
}
