package dev.editions.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.editions.EditionsException;
import dev.editions.model.Document;
import dev.editions.model.Heading;
import dev.editions.model.LanguageSpan;
import dev.editions.model.Link;
import dev.editions.model.Metadata;
import dev.editions.model.Paragraph;
import dev.editions.model.Text;
import dev.editions.write.EditionWriters;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The writer is registered, and content an EPUB cannot hold is reported in words, not stack traces. */
class EpubWriterTest {
    @Test
    void isRegisteredForEpub() {
        EpubWriter writer = (EpubWriter) EditionWriters.discover().writer("EPUB");
        assertEquals("epub", writer.descriptor().extension());
        assertEquals("application/epub+zip", writer.descriptor().mediaType());
        assertEquals(java.util.Set.of(dev.editions.write.WriterDescriptor.Need.PAGE_MAP), writer.descriptor().needs());
    }

    @Test
    void linksToAHeadingPointIntoTheDocumentHoldingIt() {
        Document document = Document.of(Metadata.builder().title("Links").language("en").build(), List.of(
                new Heading(1, List.of(new Text("First"))),
                new Paragraph(List.of(new Link("#second", null, List.of(new Text("see the second part"))))),
                new Heading(1, List.of(new Text("Second"))), Paragraph.of("The second part.")));
        EpubFile epub = EpubFile.read(Books.bytes(document, Books.OPTIONS));

        assertTrue(epub.text("EPUB/chapter-1.xhtml").contains("<a href=\"chapter-2.xhtml#second\">"));
        assertTrue(epub.text("EPUB/chapter-2.xhtml").contains("<h1 id=\"second\">Second</h1>"));
    }

    @Test
    void rightToLeftLanguagesSetTheDirection() {
        Document document = Document.of(Metadata.builder().title("تقرير").language("ar").build(), List.of(
                new Paragraph(List.of(new Text("نص "), new LanguageSpan("en", List.of(new Text("English words")))))));
        EpubFile epub = EpubFile.read(Books.bytes(document, Books.OPTIONS));

        assertTrue(epub.text("EPUB/chapter-1.xhtml").contains("lang=\"ar\" xml:lang=\"ar\" dir=\"rtl\""));
        assertTrue(epub.text("EPUB/chapter-1.xhtml").contains("<span lang=\"en\" xml:lang=\"en\" dir=\"ltr\">"));
        assertTrue(epub.text("EPUB/package.opf").contains("page-progression-direction=\"rtl\""));
        for (String part : List.of("EPUB/nav.xhtml", "EPUB/title.xhtml")) {
            assertTrue(epub.text(part).matches("(?s).*<html [^>]*dir=\"rtl\".*"), part + " reads right to left");
        }
        Document english = Document.of(Metadata.builder().title("Report").language("en").build(),
                List.of(new Paragraph(List.of(new Text("Text")))));
        EpubFile ltr = EpubFile.read(Books.bytes(english, Books.OPTIONS));
        assertTrue(ltr.text("EPUB/package.opf").contains("page-progression-direction=\"ltr\""));
        assertTrue(ltr.text("EPUB/chapter-1.xhtml").contains("dir=\"ltr\""));
    }

    @Test
    void refusesALinkToNoHeading() {
        Document document = document(new Paragraph(List.of(new Link("#nowhere", null, List.of(new Text("see below"))))));
        EditionsException e = assertThrows(EditionsException.class, () -> Books.bytes(document, Books.OPTIONS));
        assertTrue(e.getMessage().contains("'#nowhere' points at no heading"), e.getMessage());
        assertTrue(e.getMessage().contains("EPUB edition of 'Errors'"), e.getMessage());
    }

    @Test
    void writesAnAddressWithCharactersAUriCannotHoldPercentEncoded() throws java.io.IOException {
        Document document = document(new Paragraph(List.of(new Link("https://exa mple.org/{a}\u202E", null,
                List.of(new Text("example"))))));
        byte[] book = Books.bytes(document, Books.OPTIONS);
        StringBuilder xhtml = new StringBuilder();
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(book))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().endsWith(".xhtml")) {
                    xhtml.append(new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                }
            }
        }
        assertTrue(xhtml.toString().contains("href=\"https://exa%20mple.org/%7Ba%7D%E2%80%AE\""), xhtml.toString());
    }

    @Test
    void refusesControlCharacters() {
        Document document = document(Paragraph.of("bell \u0007 here"));
        EditionsException e = assertThrows(EditionsException.class, () -> Books.bytes(document, Books.OPTIONS));
        assertTrue(e.getMessage().contains("U+0007"), e.getMessage());
        assertTrue(e.getMessage().contains("chapter-1.xhtml"), e.getMessage());
    }

    private static Document document(Paragraph paragraph) {
        return Document.of(Metadata.builder().title("Errors").language("en").build(), List.of(paragraph));
    }
}
