package dev.editions.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.editions.check.CheckResult;
import dev.editions.check.ConformanceReport;
import dev.editions.check.EditionConformance;
import java.nio.file.Path;
import java.time.Instant;
import dev.editions.model.Document;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

/** Every edition of every fixture passes every checker, and each checker says what it ran. */
@Tag("slow")
class FixturesConformTest {
    private static final List<String> FORMATS = List.of("pdf", "docx", "epub", "md");

    @TestFactory
    Stream<DynamicTest> everyEditionPasses() {
        return WrittenEditions.fixtures().keySet().stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            List<Path> editions = new ArrayList<>();
            Map<Path, Document> models = new HashMap<>();
            for (String format : FORMATS) {
                editions.add(WrittenEditions.of(name, format));
                models.put(WrittenEditions.of(name, format), WrittenEditions.fixtures().get(name).get());
            }
            ConformanceReport report = Checkers.verifier().verify(editions, Instant.EPOCH, models);
            assertEquals(List.of(), report.failures());
            assertFalse(report.failed());
            assertEquals(4, report.editions().size());
            for (EditionConformance edition : report.editions()) {
                List<String> checkers = edition.results().stream().map(r -> r.checker() + " " + r.profile()).toList();
                List<String> expected = switch (edition.format()) {
                    case "pdf" -> List.of("veraPDF PDF/A-2a", "veraPDF PDF/UA-1", "structure rules");
                    case "docx" -> List.of("OOXML schemas ECMA-376", "Editions DOCX rules rules");
                    case "epub" -> List.of("DAISY Ace EPUB Accessibility 1.1", "EPUBCheck EPUB 3.3",
                            "Editions EPUB rules rules");
                    default -> List.of("Markdown lint and round trip rules", "markdownlint-cli2 rules");
                };
                assertEquals(expected, checkers, edition.file());
                for (CheckResult result : edition.results()) {
                    if (result.checker().equals("veraPDF") || result.checker().equals("OOXML schemas")) {
                        assertTrue(result.checks() > 0, () -> edition.file() + " " + result);
                    }
                }
            }
        }));
    }
}
