package dev.editions.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.editions.fixtures.Fixtures;
import dev.editions.model.Document;
import dev.editions.write.EditionOptions;
import dev.editions.write.WriteContext;
import dev.editions.text.Identifiers;
import dev.editions.write.PageMap;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** The package metadata follows the model: nothing is claimed that the report does not hold. */
class AccessibilityMetadataTest {
    @Test
    void textOnlyReportClaimsTextualAccessOnly() {
        EpubFile epub = EpubFile.read(Books.bytes(Fixtures.sample(), Books.OPTIONS));

        assertEquals(List.of("textual"), epub.meta("schema:accessMode"));
        assertEquals(List.of("textual"), epub.meta("schema:accessModeSufficient"));
        List<String> features = epub.meta("schema:accessibilityFeature");
        assertFalse(features.contains("alternativeText"), features::toString);
        assertFalse(features.contains("structuralNavigation"), "the sample has no headings: " + features);
        assertFalse(features.contains("pageBreakMarkers"), features::toString);
        assertTrue(features.containsAll(List.of("tableOfContents", "readingOrder", "displayTransformability")));
        assertEquals(List.of("none"), epub.meta("schema:accessibilityHazard"));
        assertEquals(List.of(), epub.meta("pageBreakSource"));
        assertEquals(List.of(), epub.meta("a11y:certifiedBy"), "the sample names no publisher to certify it");
    }

    @Test
    void picturesAddVisualModeAndAlternativeText() {
        Document document = Fixtures.featureRich();
        EpubFile epub = EpubFile.read(Books.bytes(document, Books.OPTIONS));

        assertEquals(List.of("textual", "visual"), epub.meta("schema:accessMode"));
        assertEquals(List.of("textual", "textual,visual"), epub.meta("schema:accessModeSufficient"));
        assertTrue(epub.meta("schema:accessibilityFeature").containsAll(List.of("alternativeText", "structuralNavigation")));
        String summary = epub.meta("schema:accessibilitySummary").getFirst();
        assertTrue(summary.contains("2 pictures have a text alternative"), summary);
        assertTrue(summary.contains("1 decorative picture"), summary);
        assertEquals(List.of(), epub.meta("dcterms:conformsTo"), "no claim unless asserted or verified");
        assertEquals(List.of(), epub.meta("a11y:certifiedBy"), "no certifier without a claim");
        assertFalse(summary.contains("meets"), summary);
    }

    @Test
    void aClaimNamesTheFirstPublisherAndAnHttpReportOnly() {
        EditionOptions claimed = EditionOptions.builder().set(EpubOptions.CONFORMANCE_CLAIM, true)
                .set(EpubOptions.CERTIFIER_REPORT, "https://example.org/report/conformance.html").build();
        EpubFile epub = EpubFile.read(Books.bytes(Fixtures.featureRich(), WriteContext.of(claimed, "fixture")));
        assertEquals(List.of("EPUB Accessibility 1.1 - WCAG 2.2 Level AA"), epub.meta("dcterms:conformsTo"));
        assertEquals(List.of("Example Policy Institute"), epub.meta("a11y:certifiedBy"));
        assertTrue(epub.text("EPUB/package.opf").contains("<link rel=\"a11y:certifierReport\" "
                + "href=\"https://example.org/report/conformance.html\" refines=\"#conformance\""), epub.text("EPUB/package.opf"));
        assertTrue(epub.meta("schema:accessibilitySummary").getFirst().startsWith("This publication meets EPUB"));

        EditionOptions local = EditionOptions.builder().set(EpubOptions.CONFORMANCE_CLAIM, true)
                .set(EpubOptions.CERTIFIER_REPORT, "file:///tmp/conformance.html").build();
        assertFalse(EpubFile.read(Books.bytes(Fixtures.featureRich(), WriteContext.of(local, "fixture"))).text("EPUB/package.opf").contains("certifierReport"));
    }

    @Test
    void theSummaryIsInTheReportsLanguage() {
        Document english = Fixtures.featureRich();
        Document french = english.withMetadata(english.metadata().toBuilder().language("fr").build());
        String summary = EpubFile.read(Books.bytes(french, Books.OPTIONS)).meta("schema:accessibilitySummary")
                .getFirst();
        assertTrue(summary.startsWith("Le texte s'adapte à l'écran et suit l'ordre de lecture du rapport ; des titres"),
                summary);
        assertTrue(summary.contains(" 2 images ont une alternative textuelle. 1 image décorative est masquée"), summary);
        Document japanese = english.withMetadata(english.metadata().toBuilder().language("ja").build());
        String japaneseSummary = EpubFile.read(Books.bytes(japanese, Books.OPTIONS))
                .meta("schema:accessibilitySummary").getFirst();
        assertTrue(japaneseSummary.contains("。代替テキストのある画像：2 点。"), japaneseSummary);
    }

    @Test
    void theSummaryNamesNoIdentifier() {
        String summary = EpubFile.read(Books.bytes(Fixtures.featureRich(), Books.OPTIONS))
                .meta("schema:accessibilitySummary").getFirst();
        assertFalse(summary.contains("urn:"), summary);
    }

    @Test
    void conformanceClaimAndCatalogueComeFromTheModelAndOptions() {
        Document document = Fixtures.featureRich();
        EditionOptions options = EditionOptions.builder().set(EpubOptions.CONFORMANCE_CLAIM, true)
                .set(EpubOptions.CERTIFIED_BY, "Accessibility Review Ltd")
                .timestamp(Instant.parse("2024-05-17T00:00:00Z")).build();
        EpubFile epub = EpubFile.read(Books.bytes(document, WriteContext.of(options, "fixture")));

        assertEquals(List.of("EPUB Accessibility 1.1 - WCAG 2.2 Level AA"), epub.meta("dcterms:conformsTo"));
        assertEquals(List.of("Accessibility Review Ltd"), epub.meta("a11y:certifiedBy"));
        assertEquals(List.of("2024-05-17T00:00:00Z"), epub.meta("dcterms:modified"));
        Element opf = epub.opf();
        assertEquals("3.0", opf.getAttribute("version"));
        assertEquals("en-GB", opf.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"));
        Element identifier = (Element) opf.getElementsByTagNameNS("http://purl.org/dc/elements/1.1/", "identifier").item(0);
        assertEquals(Identifiers.of(document), identifier.getTextContent());
        assertEquals(opf.getAttribute("unique-identifier"), identifier.getAttribute("id"));
    }

    @Test
    void modifiedTimeIsTheRunsInWholeSecondsAndTheDateIsTheReports() {
        Document undated = Fixtures.sample();
        Document dated = undated.withMetadata(undated.metadata().toBuilder().date(LocalDate.of(2018, 3, 4)).build());
        WriteContext run = WriteContext.of(EditionOptions.builder().build(), Instant.parse("2025-06-07T08:09:10.500Z"),
                new dev.editions.Diagnostics("fixture"));

        assertEquals(List.of("2025-06-07T08:09:10Z"), EpubFile.read(Books.bytes(undated, run)).meta("dcterms:modified"));
        EpubFile epub = EpubFile.read(Books.bytes(dated, run));
        assertEquals(List.of("2025-06-07T08:09:10Z"), epub.meta("dcterms:modified"));
        assertEquals(List.of("2018-03-04"), epub.dc("date"));
    }

    @Test
    void pageNavigationIsClaimedOnlyWithThePagesOfTheSameRun() {
        Document document = Fixtures.featureRich();
        WriteContext options = Books.paginated(document, 3);
        PageMap pages = options.pageMap().orElseThrow();
        EpubFile epub = EpubFile.read(Books.bytes(document, options));

        assertTrue(epub.meta("schema:accessibilityFeature").containsAll(List.of("pageBreakMarkers", "pageNavigation")));
        assertEquals(List.of(pages.sourceIdentifier()), epub.meta("pageBreakSource"));
        Element nav = epub.xml("EPUB/nav.xhtml");
        Element pageList = null;
        for (int i = 0; i < nav.getElementsByTagNameNS(EpubFile.XHTML, "nav").getLength(); i++) {
            Element candidate = (Element) nav.getElementsByTagNameNS(EpubFile.XHTML, "nav").item(i);
            if ("page-list".equals(candidate.getAttributeNS(EpubFile.EPUB, "type"))) {
                pageList = candidate;
            }
        }
        assertEquals("doc-pagelist", pageList.getAttribute("role"));
        assertEquals(pages.starts().size(), pageList.getElementsByTagNameNS(EpubFile.XHTML, "a").getLength());
        long markers = epub.all("span").stream()
                .filter(s -> "pagebreak".equals(s.getAttributeNS(EpubFile.EPUB, "type"))
                        && "doc-pagebreak".equals(s.getAttribute("role")) && !s.getAttribute("aria-label").isEmpty())
                .count();
        assertEquals(pages.starts().size(), markers);
    }
}
