package dev.editions.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.editions.model.LegalText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * A report full of characters no XML or PDF can hold, in its body, front matter and the command's
 * overrides, and of links to unsafe addresses, goes through every writer: each XML part of the DOCX
 * and EPUB parses, the PDF's XMP holds no control byte and one creator per author, and no edition
 * links to anything but http, https, mailto and its own headings.
 */
@Tag("slow")
class HostileTextTest {
    private static final String SOURCE = "---\n"
            + "title: \"Ti\\x01tle \\uFFFE\\uD800\"\n"
            + "authors: [\"Ann\\e[2J\", \"Bob\\uFFFF\"]\n"
            + "description: \"About \\x07 this\"\n"
            + "keywords: [\"k\\x01\", ~]\n"
            + "identifier: \"urn:x:\\uFFFE1\"\n"
            + "subtitle: ~\n"
            + "---\n\n"
            + "# Head \u001b]0;owned\u0007ing\n\n"
            + "Text \uFFFE with &#1; and &#xFFFF; [ok](https://example.org/ok) [top](#next).\n\n"
            + "[js](javascript:alert(1)) [vb](VBScript:msgbox(1)) [d](data:text/html,x) [f](file:///etc/passwd)"
            + " [t](tel:+100) <ftp://example.org/x> [x](https://example.org/&#1;y).\n\n## Next\n\nEnd.\n";
    private static final Pattern PDF_URI = Pattern.compile("/URI\\s*\\(([^)]*)\\)");

    @Test
    void everyEditionIsWellFormedAndLinksOnlyToSafeAddresses(@TempDir Path folder) throws Exception {
        Path source = Files.writeString(folder.resolve("hostile.md"), SOURCE);
        Path out = folder.resolve("out");
        CommandRun run = CommandRun.of("publish", source.toString(), "-o", out.toString(),
                "--publisher", "Pub\u0001lisher");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.err().contains(source + ":10: warning: removed 2 characters no edition can hold"
                + " (U+001B, U+0007) from this line"), run.err());
        assertTrue(run.err().contains(source + ":2: warning: removed 3 characters no edition can hold"
                + " (U+0001, U+FFFE, U+D800) from 'title' in the front matter"), run.err());
        assertTrue(run.err().contains(source + ": warning: removed 1 character no edition can hold (U+0001)"
                + " from a publisher given in the settings"), run.err());
        assertTrue(run.err().contains(source + ":14: warning: the link to 'javascript:alert(1)' was left out"),
                run.err());
        assertTrue(run.err().lines().allMatch(line -> LegalText.isLegal(line) && line.startsWith(source.toString())),
                run.err());

        Map<String, byte[]> docx = unzip(out.resolve("hostile.docx"));
        Map<String, byte[]> epub = unzip(out.resolve("hostile.epub"));
        for (Map<String, byte[]> parts : List.of(docx, epub)) {
            parts.forEach((name, bytes) -> {
                if (name.matches(".*\\.(xml|rels|xhtml|opf|ncx)")) {
                    assertWellFormed(name, bytes);
                }
            });
        }
        List<String> epubLinks = new ArrayList<>();
        epub.forEach((name, bytes) -> {
            if (name.endsWith(".xhtml")) {
                epubLinks.addAll(attributes(bytes, "a", "href"));
            }
        });
        assertTrue(epubLinks.contains("https://example.org/ok"), epubLinks.toString());
        assertSafe("EPUB", epubLinks);
        List<String> docxLinks = attributes(docx.get("word/_rels/document.xml.rels"), "Relationship", "Target")
                .stream().filter(target -> target.contains(":")).toList();
        assertTrue(docxLinks.contains("https://example.org/ok"), docxLinks.toString());
        assertSafe("DOCX", docxLinks);

        byte[] pdf = Files.readAllBytes(out.resolve("hostile.pdf"));
        List<String> pdfLinks = pdfUris(pdf);
        assertTrue(pdfLinks.contains("https://example.org/ok"), pdfLinks.toString());
        assertSafe("PDF", pdfLinks);
        byte[] xmp = xmp(pdf);
        for (byte b : xmp) {
            assertTrue((b & 0xFF) >= 0x20 || b == '\n' || b == '\r' || b == '\t', "a control byte in the XMP");
        }
        assertEquals(List.of("Ann[2J", "Bob"), creators(xmp));

        String markdown = Files.readString(out.resolve("hostile.md"));
        assertTrue(LegalText.isLegal(markdown), markdown);
        assertFalse(markdown.contains("javascript:alert(1)]("), markdown);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void randomMetadataAndTextGiveWellFormedEditions(int seed, @TempDir Path folder) throws Exception {
        Random random = new Random(seed);
        StringBuilder source = new StringBuilder("---\n");
        for (String key : List.of("title", "subtitle", "description", "identifier", "rights")) {
            source.append(key).append(": \"").append(yamlEscaped(random)).append("\"\n");
        }
        source.append("authors: [\"").append(yamlEscaped(random)).append("\", \"").append(yamlEscaped(random))
                .append("\"]\nkeywords: [\"").append(yamlEscaped(random)).append("\"]\n---\n\n# ")
                .append(raw(random)).append("\n\nText ").append(raw(random)).append(" [a](https://example.org/")
                .append(raw(random).replaceAll("[\\s()\\[\\]<>]", "")).append(").\n");
        Path report = Files.writeString(folder.resolve("random.md"), source.toString());
        Path out = folder.resolve("out");
        CommandRun run = CommandRun.of("publish", report.toString(), "-o", out.toString(), "-f", "docx,epub,md",
                "--author", raw(random));
        assertEquals(0, run.code(), run.err() + "\n" + source);
        for (String edition : List.of("random.docx", "random.epub")) {
            unzip(out.resolve(edition)).forEach((name, bytes) -> {
                if (name.matches(".*\\.(xml|rels|xhtml|opf|ncx)")) {
                    assertWellFormed(edition + "!" + name, bytes);
                }
            });
        }
        assertTrue(LegalText.isLegal(Files.readString(out.resolve("random.md"))));
        assertTrue(run.err().codePoints().allMatch(c -> c == '\n' || !dev.editions.SafeText.isUnsafe(c)), run.err());
    }

    /** Text of code points drawn mostly from the ranges that break XML and terminals, as YAML escapes. */
    private static String yamlEscaped(Random random) {
        StringBuilder out = new StringBuilder("x");
        for (int i = 0; i < 12; i++) {
            int codePoint = hostileCodePoint(random);
            out.append(codePoint > 0xFFFF ? String.format("\\U%08X", codePoint) : String.format("\\u%04X", codePoint));
        }
        return out.toString();
    }

    /** Text of code points drawn mostly from the same ranges, written as they are (no lone surrogates). */
    private static String raw(Random random) {
        StringBuilder out = new StringBuilder("y");
        for (int i = 0; i < 12; i++) {
            int codePoint = hostileCodePoint(random);
            if (codePoint != 0 && (!Character.isSurrogate((char) codePoint) || codePoint > 0xFFFF)) {
                out.appendCodePoint(codePoint == '\n' || codePoint == '\r' ? ' ' : codePoint);
            }
        }
        return out.toString();
    }

    private static int hostileCodePoint(Random random) {
        int[][] ranges = {{0x00, 0x1F}, {0x7F, 0x9F}, {0xD800, 0xDFFF}, {0xFDD0, 0xFDEF}, {0xFFFE, 0xFFFF},
            {0x202A, 0x202E}, {0x2066, 0x2069}, {0x20, 0x7E}, {0xA0, 0x2FF}, {0x1FFFE, 0x1FFFF}, {0x1F600, 0x1F64F}};
        int[] range = ranges[random.nextInt(ranges.length)];
        return range[0] + random.nextInt(range[1] - range[0] + 1);
    }

    @Test
    void theCheckersFailOnWhatTheyLookFor() {
        assertThrows(AssertionError.class, () -> assertWellFormed("bad.xml",
                "<a>\u0001</a>".getBytes(StandardCharsets.UTF_8)));
        assertThrows(AssertionError.class, () -> assertWellFormed("bad.xml",
                "<a>\uFFFE</a>".getBytes(StandardCharsets.UTF_8)));
        assertThrows(AssertionError.class, () -> assertSafe("PDF", List.of("javascript:alert(1)")));
        assertThrows(AssertionError.class, () -> assertSafe("PDF", List.of("DATA:text/html,x")));
        assertEquals(List.of("javascript:x"), pdfUris("<</S/URI/URI(javascript:x)>>".getBytes(StandardCharsets.ISO_8859_1)));
    }

    private static void assertSafe(String edition, List<String> links) {
        for (String link : links) {
            int colon = link.indexOf(':');
            String scheme = colon < 0 ? "" : link.substring(0, colon).toLowerCase(Locale.ROOT);
            assertTrue(colon < 0 || List.of("http", "https", "mailto").contains(scheme),
                    edition + " links to " + link);
        }
    }

    private static void assertWellFormed(String name, byte[] bytes) {
        try {
            parser().parse(new ByteArrayInputStream(bytes));
        } catch (SAXException | IOException e) {
            throw new AssertionError(name + " is not well-formed XML: " + e.getMessage(), e);
        }
    }

    private static DocumentBuilder parser() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder;
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> attributes(byte[] xml, String element, String attribute) {
        try {
            NodeList nodes = parser().parse(new ByteArrayInputStream(xml)).getElementsByTagNameNS("*", element);
            List<String> values = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                String value = ((Element) nodes.item(i)).getAttribute(attribute);
                if (!value.isEmpty()) {
                    values.add(value);
                }
            }
            return values;
        } catch (SAXException | IOException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> pdfUris(byte[] pdf) {
        Matcher matcher = PDF_URI.matcher(new String(pdf, StandardCharsets.ISO_8859_1));
        List<String> uris = new ArrayList<>();
        while (matcher.find()) {
            uris.add(matcher.group(1));
        }
        return uris;
    }

    private static byte[] xmp(byte[] pdf) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        int start = text.indexOf("<x:xmpmeta");
        int end = text.indexOf("</x:xmpmeta>");
        assertTrue(start > 0 && end > start, "the PDF holds an uncompressed XMP packet");
        return text.substring(start, end + "</x:xmpmeta>".length()).getBytes(StandardCharsets.ISO_8859_1);
    }

    private static List<String> creators(byte[] xmp) throws SAXException, IOException {
        NodeList creator = parser().parse(new ByteArrayInputStream(xmp))
                .getElementsByTagNameNS("http://purl.org/dc/elements/1.1/", "creator");
        assertEquals(1, creator.getLength());
        NodeList entries = ((Element) creator.item(0)).getElementsByTagNameNS("*", "li");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < entries.getLength(); i++) {
            names.add(entries.item(i).getTextContent());
        }
        return names;
    }

    private static Map<String, byte[]> unzip(Path archive) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(archive))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                parts.put(entry.getName(), zip.readAllBytes());
            }
        }
        return parts;
    }
}
