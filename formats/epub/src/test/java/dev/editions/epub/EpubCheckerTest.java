package dev.editions.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.editions.check.EditionChecker;
import dev.editions.check.Finding;
import dev.editions.epub.check.EpubChecker;
import dev.editions.fixtures.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.UnaryOperator;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The EPUB checker passes written editions and catches what EPUBCheck and Ace let through. */
class EpubCheckerTest {
    private static final byte[] GOOD = Books.bytes(Fixtures.featureRich(), Books.OPTIONS);

    @TempDir
    Path folder;

    @Test
    void isFoundThroughTheServiceLoader() {
        assertTrue(ServiceLoader.load(EditionChecker.class).stream()
                .anyMatch(p -> p.get() instanceof EpubChecker checker && "epub".equals(checker.format())));
    }

    @Test
    void passesAWrittenEdition() throws IOException {
        assertEquals(List.of(), check(GOOD));
    }

    @Test
    void findsACompressedMimetype() throws IOException {
        assertEquals(List.of("epub.mimetype"), rules(repack(false, true, UnaryOperator.identity())));
    }

    @Test
    void findsAMimetypeThatIsNotFirst() throws IOException {
        assertEquals(List.of("epub.mimetype"), rules(repack(true, false, UnaryOperator.identity())));
    }

    @Test
    void findsAnAbbreviationWithoutExpansion() throws IOException {
        byte[] epub = repack(true, true, edit("EPUB/chapter-\\d+\\.xhtml",
                xhtml -> xhtml.replaceFirst("<abbr title=\"[^\"]*\">", "<abbr>")));
        assertEquals(List.of("epub.abbr-title"), rules(epub));
    }

    @Test
    void findsATableWithoutHeaderCells() throws IOException {
        byte[] epub = repack(true, true, edit("EPUB/chapter-\\d+\\.xhtml",
                xhtml -> xhtml.replaceAll("<th scope=\"col\"", "<td").replace("</th>", "</td>")));
        assertEquals(List.of("epub.table-headers"), rules(epub));
    }

    @Test
    void findsAnEmptyHeaderCell() throws IOException {
        byte[] epub = repack(true, true, edit("EPUB/chapter-\\d+\\.xhtml",
                xhtml -> xhtml.replaceFirst("<th scope=\"col\"([^>]*)>.*?</th>", "<th scope=\"col\"$1></th>")));
        assertEquals(List.of("epub.empty-table-header"), rules(epub));
    }

    @Test
    void passesATableWhoseEmptyCornerCellIsADataCell() throws IOException {
        assertEquals(List.of(), check(Books.bytes(Fixtures.anchors(), Books.OPTIONS)));
    }

    @Test
    void findsMissingAccessibilityMetadataAndRepeatedModificationTime() throws IOException {
        byte[] epub = repack(true, true, edit("EPUB/package.opf", opf -> opf
                .replaceAll("<meta property=\"schema:accessibilitySummary\">[^<]*</meta>", "")
                .replaceAll("(<meta property=\"dcterms:modified\">[^<]*</meta>)", "$1$1")));
        List<Finding> findings = check(epub);
        assertEquals(List.of("epub.a11y-metadata", "epub.modified"), findings.stream().map(Finding::rule).toList());
        assertTrue(findings.getFirst().message().contains("schema:accessibilitySummary"), findings::toString);
    }

    @Test
    void findsACertifierWithoutAClaim() throws IOException {
        byte[] epub = repack(true, true, edit("EPUB/package.opf", opf -> opf.replace("</metadata>",
                "<meta property=\"a11y:certifiedBy\">Someone</meta></metadata>")));
        assertEquals(List.of("epub.certified-by"), rules(epub));
    }

    private List<String> rules(byte[] epub) throws IOException {
        return check(epub).stream().map(Finding::rule).distinct().toList();
    }

    private List<Finding> check(byte[] epub) throws IOException {
        Path file = Files.write(folder.resolve("book.epub"), epub);
        return new EpubChecker().check(file);
    }

    /** Changes the text of the entries whose names match {@code names}. */
    private static UnaryOperator<Map.Entry<String, byte[]>> edit(String names, UnaryOperator<String> change) {
        return entry -> entry.getKey().matches(names) ? Map.entry(entry.getKey(),
                change.apply(new String(entry.getValue(), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8))
                : entry;
    }

    /** Rewrites the good edition, with the mimetype stored or not, first or last, and entries changed. */
    private static byte[] repack(boolean stored, boolean first, UnaryOperator<Map.Entry<String, byte[]>> change)
            throws IOException {
        Map<String, byte[]> entries = EpubFile.read(GOOD).entries();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            if (first) {
                mimetype(zip, entries.get("mimetype"), stored);
            }
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                if (!entry.getKey().equals("mimetype")) {
                    Map.Entry<String, byte[]> changed = change.apply(entry);
                    zip.putNextEntry(new ZipEntry(changed.getKey()));
                    zip.write(changed.getValue());
                    zip.closeEntry();
                }
            }
            if (!first) {
                mimetype(zip, entries.get("mimetype"), stored);
            }
        }
        return bytes.toByteArray();
    }

    private static void mimetype(ZipOutputStream zip, byte[] content, boolean stored) throws IOException {
        ZipEntry entry = new ZipEntry("mimetype");
        if (stored) {
            CRC32 crc = new CRC32();
            crc.update(content);
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(content.length);
            entry.setCrc(crc.getValue());
        }
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }
}
