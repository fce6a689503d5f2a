package dev.editions.docx.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.editions.EditionsException;
import dev.editions.check.EditionChecker;
import dev.editions.check.Finding;
import dev.editions.docx.Editions;
import dev.editions.docx.Parts;
import dev.editions.model.Document;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The checker passes the editions and fails the documents a naive POI program writes. */
class DocxCheckerTest {
    @TempDir
    Path dir;

    static Stream<String> fixtures() {
        List<String> names = new ArrayList<>();
        Editions.names().forEach(names::add);
        return names.stream();
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void theEditionsPass(String name) {
        Path file = Editions.file(dir, name + ".docx", Editions.of(name));
        assertEquals(List.of(), new DocxChecker().check(file));
    }

    @Test
    void isFoundThroughTheServiceLoader() {
        assertTrue(ServiceLoader.load(EditionChecker.class).stream()
                .anyMatch(p -> p.type() == DocxChecker.class && p.get().format().equals("docx")));
    }

    @Test
    void aNaivePoiDocumentFailsTheMainRules() throws IOException {
        Path file = dir.resolve("naive.docx");
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFParagraph heading = doc.createParagraph();
            heading.setStyle("Heading1");
            heading.createRun().setText("Results");
            doc.createParagraph();
            XWPFTable table = doc.createTable(2, 2);
            table.getRow(0).getCell(0).setText("Year");
            doc.createParagraph().createRun().setText("\u2022 typed item");
            try (var out = Files.newOutputStream(file)) {
                doc.write(out);
            }
        }
        List<String> rules = new DocxChecker().check(file).stream().map(Finding::rule).distinct().toList();
        for (String rule : List.of("docx.title", "docx.language", "docx.style-defined", "docx.empty-paragraph",
                "docx.table-header", "docx.table-caption", "docx.typed-list")) {
            assertTrue(rules.contains(rule), rule + " not in " + rules);
        }
    }

    @Test
    void anUndeterminedLanguagePassesOnlyWhenTheDocumentSaysItWasMeant() throws IOException {
        Document english = Editions.fixture("feature-rich");
        Document unknown = english.withMetadata(english.metadata().toBuilder().language("und").build());
        Map<String, byte[]> parts = new LinkedHashMap<>(Parts.of(Editions.docx(unknown)));
        String styles = new String(parts.get("word/styles.xml"), StandardCharsets.UTF_8);
        assertTrue(styles.contains("<w:lang w:val=\"und\"/>"), "the language is declared, as undetermined");
        String custom = new String(parts.get("docProps/custom.xml"), StandardCharsets.UTF_8);
        assertTrue(custom.contains("name=\"LanguageUndetermined\""), custom);
        Path declared = Editions.file(dir, "declared.docx", Parts.zip(parts));
        assertEquals(List.of(), new DocxChecker().check(declared).stream().map(Finding::rule)
                .filter("docx.language"::equals).toList());

        parts.put("docProps/custom.xml", custom.replace("LanguageUndetermined", "Something").getBytes(StandardCharsets.UTF_8));
        Path silent = Editions.file(dir, "silent.docx", Parts.zip(parts));
        assertEquals(List.of("docx.language"), new DocxChecker().check(silent).stream().map(Finding::rule)
                .filter("docx.language"::equals).toList());
    }

    @Test
    void aFileThatIsNotADocxIsReportedAsSuch() throws IOException {
        Path file = Files.writeString(dir.resolve("report.docx"), "not a zip");
        EditionsException e = assertThrows(EditionsException.class, () -> new DocxChecker().check(file));
        assertTrue(e.getMessage().startsWith("report.docx: "), e.getMessage());
    }
}
