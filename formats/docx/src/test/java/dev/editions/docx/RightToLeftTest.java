package dev.editions.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.editions.docx.check.DocxChecker;
import dev.editions.model.Block;
import dev.editions.model.CodeBlock;
import dev.editions.model.Document;
import dev.editions.model.Heading;
import dev.editions.model.LanguageSpan;
import dev.editions.model.ListBlock;
import dev.editions.model.ListItem;
import dev.editions.model.Metadata;
import dev.editions.model.Paragraph;
import dev.editions.model.Strong;
import dev.editions.model.Table;
import dev.editions.model.Text;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Node;

/**
 * A report in a right-to-left language reads right to left in Word: paragraphs by default
 * ({@code w:bidi} in the document defaults), the section, tables ({@code w:bidiVisual}) and every run
 * of Hebrew or Arabic text ({@code w:rtl}), with the language also given for right-to-left text;
 * code stays left to right. Read from the parts' XML with XPath; a left-to-right report has none of
 * it.
 */
@Tag("slow")
class RightToLeftTest {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static Document report(String language, String... words) {
        List<Block> blocks = List.of(
                new Heading(1, List.of(new Text(words[0]))),
                new Paragraph(List.of(new Text(words[1] + " "), new Strong(List.of(new Text(words[2]))), new Text(" "),
                        new LanguageSpan("en", List.of(new Text("PDF/UA"))))),
                ListBlock.numbered(List.of(ListItem.of(words[0]), ListItem.of(words[1]))),
                Table.of(List.of(), List.of(Table.Row.of(words[0], words[1])), List.of(Table.Row.of(words[2], "42"))),
                new CodeBlock("", "x = 1"));
        return Document.of(Metadata.builder().title(words[0]).language(language).build(), blocks);
    }

    @Test
    void aHebrewReportReadsRightToLeft(@TempDir Path folder) throws Exception {
        byte[] docx = Editions.docx(report("he", "מבוא", "הדוח הזה", "חשוב"));
        Part styles = xpath(docx, "word/styles.xml");
        assertEquals(1.0, count(styles, "/w:styles/w:docDefaults/w:pPrDefault/w:pPr/w:bidi"));
        assertEquals("he", string(styles, "/w:styles/w:docDefaults/w:rPrDefault/w:rPr/w:lang/@w:bidi"));
        assertEquals("off", string(styles, "//w:style[@w:styleId='HTMLPreformatted']/w:pPr/w:bidi/@w:val"));

        Part body = xpath(docx, "word/document.xml");
        assertEquals(1.0, count(body, "/w:document/w:body/w:sectPr/w:bidi"));
        assertEquals(count(body, "//w:tbl"), count(body, "//w:tbl/w:tblPr/w:bidiVisual"));
        double hebrewRuns = count(body, "//w:r[w:t[" + HEBREW + "]]");
        assertTrue(hebrewRuns >= 8, "runs of Hebrew: " + hebrewRuns);
        assertEquals(hebrewRuns, count(body, "//w:r[w:t[" + HEBREW + "]][w:rPr/w:rtl]"), "every Hebrew run is w:rtl");
        assertEquals(0.0, count(body, "//w:r[w:rPr/w:rtl][not(w:t[" + HEBREW + "])]"), "only Hebrew runs are w:rtl");
        assertEquals(1.0, count(body, "//w:r[w:rPr/w:b and w:rPr/w:bCs and w:rPr/w:rtl]"), "bold Hebrew is bold in Word");
        assertEquals("en", string(body, "//w:r[w:t='PDF/UA']/w:rPr/w:lang/@w:val"));

        assertEquals(List.of(), new DocxChecker().check(Editions.file(folder, "hebrew.docx", docx)));
        for (String part : List.of("word/document.xml", "word/styles.xml")) {
            assertEquals(List.of(), SchemaValidationTest.validate(part, Parts.of(docx).get(part)));
        }
    }

    /**
     * ECMA-376 (transitional) reads {@code w:ind/@w:left} as the start indent, the leading edge of the
     * paragraph: the right edge of a right-to-left ({@code w:bidi}) one. So a list level's indent in
     * the start attribute, with the number hanging into it, puts a Hebrew list's numbers at the right
     * margin and its text indented from the right, as Word lays out right-to-left lists; an indent on
     * the end side ({@code w:right} or {@code w:end}) would move it away from the left instead. The
     * list paragraphs stay right to left: neither their style nor the paragraphs turn {@code w:bidi}
     * off.
     */
    @Test
    void aHebrewListIsIndentedFromItsStartEdge() throws Exception {
        byte[] docx = Editions.docx(report("he", "מבוא", "הדוח הזה", "חשוב"));
        Part numbering = xpath(docx, "word/numbering.xml");
        double levels = count(numbering, "//w:abstractNum/w:lvl");
        assertTrue(levels >= 9, "levels: " + levels);
        assertEquals(levels, count(numbering, "//w:abstractNum/w:lvl/w:pPr/w:ind[@w:left and @w:hanging]"));
        assertEquals(0.0, count(numbering, "//w:ind[@w:right or @w:end or @w:start] | //w:lvl/w:pPr/w:bidi"));
        assertEquals("720", string(numbering, "//w:abstractNum/w:lvl[@w:ilvl='0']/w:pPr/w:ind/@w:left"));
        assertEquals("1440", string(numbering, "//w:abstractNum/w:lvl[@w:ilvl='1']/w:pPr/w:ind/@w:left"));

        Part styles = xpath(docx, "word/styles.xml");
        assertEquals(0.0, count(styles, "//w:style[@w:styleId='ListParagraph']/w:pPr/w:bidi"));
        assertEquals(0.0, count(styles, "//w:style[@w:styleId='ListParagraph']/w:pPr/w:ind[@w:right or @w:end]"));
        Part body = xpath(docx, "word/document.xml");
        assertEquals(2.0, count(body, "//w:p[w:pPr/w:numPr]"));
        assertEquals(0.0, count(body, "//w:p[w:pPr/w:numPr][w:pPr/w:bidi or w:pPr/w:ind]"));
    }

    @Test
    void anArabicPassageInAnEnglishReportIsMarkedWithoutTurningTheReport() throws Exception {
        Document english = report("en", "Introduction", "This report", "matters");
        Document withArabic = english.withBlocks(List.of(new Paragraph(List.of(new Text("The motto: "),
                new LanguageSpan("ar", List.of(new Text("العلم نور")))))));
        Part body = xpath(Editions.docx(withArabic), "word/document.xml");
        assertEquals("ar", string(body, "//w:r[w:rPr/w:rtl]/w:rPr/w:lang/@w:bidi"));
        assertEquals(0.0, count(body, "//w:bidi | //w:bidiVisual"));

        Part ltr = xpath(Editions.docx(english), "word/document.xml");
        assertEquals(0.0, count(ltr, "//w:bidi | //w:bidiVisual | //w:rtl"));
        assertEquals(0.0, count(xpath(Editions.docx(english), "word/styles.xml"), "//w:bidi | //w:lang/@w:bidi"));
    }

    /** An XPath test that a text node holds a Hebrew letter (alef to tav). */
    private static final String HEBREW = "translate(., 'אבגדהוזחטיכךלמםנןסעפףצץקרשת', '') != .";

    /** A part of {@code docx}, parsed, to ask with XPath ({@code w:} is WordprocessingML). */
    private static Part xpath(byte[] docx, String part) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        org.w3c.dom.Document xml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(
                Parts.text(docx, part).getBytes(StandardCharsets.UTF_8)));
        XPath xpath = XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return "w".equals(prefix) ? W : XMLConstants.NULL_NS_URI;
            }

            @Override
            public String getPrefix(String uri) {
                return null;
            }

            @Override
            public java.util.Iterator<String> getPrefixes(String uri) {
                return null;
            }
        });
        return new Part(xpath, xml);
    }

    private static double count(Part part, String expression) throws Exception {
        return (Double) part.xpath().evaluate("count(" + expression + ")", part.root(), XPathConstants.NUMBER);
    }

    private static String string(Part part, String expression) throws Exception {
        return part.xpath().evaluate(expression, part.root());
    }

    /** A parsed part and the XPath to ask it with. */
    private record Part(XPath xpath, Node root) {
    }
}
