package dev.editions.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.editions.EditionsException;
import dev.editions.fixtures.Fixtures;
import dev.editions.model.Document;
import dev.editions.model.Metadata;
import dev.editions.model.Paragraph;
import dev.editions.write.EditionOptions;
import dev.editions.write.PageOptions;
import dev.editions.write.WriteContext;
import dev.editions.write.EditionReport;
import dev.editions.text.Outline;
import dev.editions.write.PageMap;
import dev.editions.write.PageSize;
import dev.editions.text.PlainText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** What the PDF edition promises beyond what veraPDF checks: pages, bookmarks, fonts, options. */
class PdfWriterTest {
    private record Written(byte[] bytes, EditionReport report) {
    }

    private static Written write(Document document, EditionOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EditionReport report = new PdfWriter().write(document, out, WriteContext.of(options, "fixture"));
        return new Written(out.toByteArray(), report);
    }

    /** The bundled fonts only, so the outcome does not depend on the fonts installed. */
    private static final EditionOptions BUNDLED_FONTS_ONLY = EditionOptions.builder()
            .set(dev.editions.pdf.PdfOptions.SYSTEM_FONTS, false).build();

    private static Written write(Document document) throws IOException {
        return write(document, EditionOptions.builder().build());
    }

    private static String pageText(PDDocument pdf, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf).replaceAll("\\s+", " ");
    }

    @Test
    void thePageMapSaysWhereEachPageStarts() throws IOException {
        Document document = Fixtures.featureRich();
        Written written = write(document);
        List<PageMap.PageStart> starts = written.report().pageStarts();
        try (PDDocument pdf = Loader.loadPDF(written.bytes())) {
            assertEquals(pdf.getNumberOfPages(), starts.size());
            assertTrue(starts.size() >= 5, "the feature report's table alone spans three pages");
            assertEquals(new PageMap.PageStart("1", 0, 0), starts.get(0));
            for (int i = 1; i < starts.size(); i++) {
                PageMap.PageStart start = starts.get(i);
                assertEquals(Integer.toString(i + 1), start.label());
                String blockText = PlainText.of(document.blocks().get(start.block()));
                String first = blockText.substring(start.offset()).strip().split("\\s+")[0];
                String text = pageText(pdf, i + 1);
                assertTrue(text.contains(first), "page " + (i + 1) + " should hold '" + first + "': " + text);
                PageMap.PageStart previous = starts.get(i - 1);
                assertTrue(start.block() > previous.block()
                        || start.block() == previous.block() && start.offset() > previous.offset(),
                        "pages start in reading order: " + previous + " then " + start);
            }
        }
    }

    @Test
    void headingsBecomeNestedBookmarks() throws IOException {
        Document document = Fixtures.featureRich();
        try (PDDocument pdf = Loader.loadPDF(write(document).bytes())) {
            List<String> bookmarks = new ArrayList<>();
            collect(pdf.getDocumentCatalog().getDocumentOutline(), 1, bookmarks);
            List<String> expected = Outline.of(document).entries().stream()
                    .map(e -> e.level() + " " + e.text()).toList();
            assertEquals(expected, bookmarks);
        }
    }

    private static void collect(PDOutlineNode node, int level, List<String> out) {
        for (PDOutlineItem item : node.children()) {
            out.add(level + " " + item.getTitle());
            collect(item, level + 1, out);
        }
    }

    @Test
    void theCatalogAndMetadataIdentifyTheDocument() throws IOException {
        Document document = Fixtures.featureRich();
        try (PDDocument pdf = Loader.loadPDF(write(document).bytes())) {
            var catalog = pdf.getDocumentCatalog();
            assertEquals("en-GB", catalog.getLanguage());
            assertTrue(catalog.getViewerPreferences().displayDocTitle());
            assertTrue(catalog.getMarkInfo().isMarked());
            assertEquals(document.metadata().title(), pdf.getDocumentInformation().getTitle());
            String xmp = new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertTrue(xmp.contains("<pdfuaid:part>1</pdfuaid:part>"), xmp);
            assertTrue(xmp.contains("<pdfaid:part>2</pdfaid:part>") && xmp.contains("<pdfaid:conformance>A"), xmp);
            assertTrue(xmp.contains(document.metadata().title()), "dc:title");
            assertEquals(dev.editions.write.EditionOptions.FALLBACK_TIMESTAMP,
                    pdf.getDocumentInformation().getCreationDate().toInstant(), "dated from the run's context");
            assertEquals(1, catalog.getOutputIntents().size(), "sRGB output intent");
        }
    }

    @Test
    void eachAuthorIsAnEntryOfItsOwnInTheXmpCreators() throws Exception {
        Document document = Fixtures.featureRich();
        assertEquals(2, document.metadata().authors().size(), "the fixture has two authors");
        try (PDDocument pdf = Loader.loadPDF(write(document).bytes())) {
            byte[] xmp = pdf.getDocumentCatalog().getMetadata().toByteArray();
            javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            org.w3c.dom.Document parsed = factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(xmp));
            org.w3c.dom.NodeList creators = parsed.getElementsByTagNameNS("http://purl.org/dc/elements/1.1/", "creator");
            assertEquals(1, creators.getLength(), "one dc:creator property");
            org.w3c.dom.NodeList entries = ((org.w3c.dom.Element) creators.item(0))
                    .getElementsByTagNameNS("http://www.w3.org/1999/02/22-rdf-syntax-ns#", "li");
            List<String> names = new ArrayList<>();
            for (int i = 0; i < entries.getLength(); i++) {
                names.add(entries.item(i).getTextContent());
            }
            assertEquals(document.metadata().authors(), names);
        }
    }

    @Test
    void aCharacterLiberationLacksIsDrawnInDejaVu() throws IOException {
        Document document = Document.of(Metadata.titled("Checks"), List.of(Paragraph.of("Approved ✓ by the board.")));
        try (PDDocument pdf = Loader.loadPDF(write(document, BUNDLED_FONTS_ONLY).bytes())) {
            assertTrue(pageText(pdf, 1).contains("Approved ✓ by the board."), pageText(pdf, 1));
            List<String> fonts = new ArrayList<>();
            PDPage page = pdf.getPage(0);
            for (COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                fonts.add(font.getName());
                assertTrue(font.isEmbedded(), font.getName());
            }
            assertTrue(fonts.stream().anyMatch(f -> f.contains("DejaVuSans")), fonts.toString());
        }
    }

    @Test
    void everyCharacterNoFontHasIsNamedInOneErrorWithItsBlock() {
        Document document = Document.of(Metadata.titled("Offices"),
                List.of(Paragraph.of("Our offices:"), Paragraph.of("London and 東京."), Paragraph.of("Tokyo, 東京 again 🌍.")));
        EditionsException e = assertThrows(EditionsException.class, () -> write(document, BUNDLED_FONTS_ONLY));
        assertEquals("PDF edition: no font of the PDF edition has a glyph for 3 characters: '東' (U+6771, han) at"
                + " fixture in block 2 (paragraph \"London and 東京.\"); '京' (U+4EAC, han) at fixture in block 2"
                + " (paragraph \"London and 東京.\"); '🌍' (U+1F30D, common) at fixture in block 3 (paragraph \"Tokyo,"
                + " 東京 again 🌍.\"); fonts for them come with the Debian/Ubuntu packages fonts-noto-cjk, fonts-symbola,"
                + " or name a folder of fonts with --font-dir (option pdf.font-dirs; no folder was searched); the other"
                + " editions carry them; or replace or remove them, or leave the PDF out (-f docx,epub,md)", e.getMessage());
    }

    @Test
    void rightToLeftTextIsDrawnRightToLeftAndReadInLogicalOrder() throws IOException {
        Document document = Document.of(Metadata.titled("Greetings"), List.of(Paragraph.of("Hello, שלום עולם.")));
        byte[] pdf = write(document, BUNDLED_FONTS_ONLY).bytes();
        try (PDDocument read = Loader.loadPDF(pdf); java.io.InputStream page = read.getPage(0).getContents()) {
            String content = new String(page.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
            // The logical text in UTF-16BE: FE FF, then shin (05 E9) …, as a literal or a hexadecimal string.
            assertTrue(content.contains("/Span <</ActualText(\u00FE\u00FF\u0005\u00E9")
                    || content.contains("/Span<</ActualText<FEFF05E9"), content);
            // Read by position, as on the page, PDFBox turns the visual order back into logical order.
            org.apache.pdfbox.text.PDFTextStripper byPosition = new org.apache.pdfbox.text.PDFTextStripper();
            byPosition.setSortByPosition(true);
            assertTrue(byPosition.getText(read).contains("Hello, שלום עולם."), byPosition.getText(read));
        }
    }

    @Test
    void aLinkToAHeadingGoesToItsDestination() throws IOException {
        Document document = Document.of(Metadata.titled("Links"), List.of(
                new dev.editions.model.Heading(1, List.of(new dev.editions.model.Text("Main findings"))),
                new Paragraph(List.of(new dev.editions.model.Text("Back to "), new dev.editions.model.Link(
                        "#main-findings", null, List.of(new dev.editions.model.Text("the findings")))))));
        try (PDDocument pdf = Loader.loadPDF(write(document).bytes())) {
            var link = (org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink) pdf.getPage(0)
                    .getAnnotations().get(0);
            var action = (org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo) link.getAction();
            assertEquals("main-findings", ((org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination
                    .PDNamedDestination) action.getDestination()).getNamedDestination());
            assertTrue(pdf.getDocumentCatalog().findNamedDestinationPage(
                    (org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination)
                            action.getDestination()) != null, "the destination exists");
        }
        Document dangling = Document.of(Metadata.titled("Links"), List.of(new Paragraph(List.of(
                new dev.editions.model.Link("#nowhere", null, List.of(new dev.editions.model.Text("here")))))));
        EditionsException e = assertThrows(EditionsException.class, () -> write(dangling));
        assertTrue(e.getMessage().contains("'#nowhere' points at no heading"), e.getMessage());
    }

    @Test
    void letterPagesAndMarginsAreOptions() throws IOException {
        EditionOptions options = EditionOptions.builder().set(PageOptions.SIZE, PageSize.LETTER).set(PageOptions.MARGIN, 12.0).build();
        Written written = write(Fixtures.largeReport(10), options);
        Written a4 = write(Fixtures.largeReport(10));
        try (PDDocument pdf = Loader.loadPDF(written.bytes()); PDDocument standard = Loader.loadPDF(a4.bytes())) {
            assertEquals(612f, pdf.getPage(0).getMediaBox().getWidth(), 0.01);
            assertEquals(792f, pdf.getPage(0).getMediaBox().getHeight(), 0.01);
            assertTrue(pdf.getNumberOfPages() < standard.getNumberOfPages(),
                    "narrow margins take fewer pages: " + pdf.getNumberOfPages() + " v " + standard.getNumberOfPages());
        }
    }

    @Test
    void justifiedTextIsAnOption() throws IOException {
        Document document = Fixtures.sample();
        byte[] ragged = write(document).bytes();
        byte[] justified = write(document, EditionOptions.builder().set(PdfOptions.JUSTIFY, true).build()).bytes();
        assertTrue(!java.util.Arrays.equals(ragged, justified), "justifying moves words");
        try (PDDocument pdf = Loader.loadPDF(justified)) {
            assertEquals(pageText(Loader.loadPDF(ragged), 1), pageText(pdf, 1), "the same text either way");
        }
    }
}
