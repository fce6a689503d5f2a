package dev.editions.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.editions.Editions;
import dev.editions.EditionsException;
import dev.editions.Publication;
import dev.editions.fixtures.Pictures;
import dev.editions.write.EditionOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;

/**
 * Fuzzes metadata and front matter into all four writers: a Markdown report with hostile front matter
 * and body ({@link HostileReport}) is read through {@link Editions}, normalised and published as PDF,
 * DOCX, EPUB and Markdown. Every XML part of the DOCX and EPUB and the PDF's XMP must then be
 * well-formed XML 1.0 without control characters ({@link WellFormedParts}), and so must the Markdown
 * edition's text. Refusing the report with an {@link EditionsException} is allowed, unless the refusal
 * only wraps a crash ({@link Refusals}); any other exception fails.
 *
 * <p>{@code mvn verify} replays the checked-in inputs under {@code src/test/resources}, then fuzzes
 * for {@code editions.fuzz.duration} (15 s; {@code -Deditions.fuzz.duration=10m} for a long run).
 */
@Tag("slow")
class FrontMatterFuzzTest {
    private static final Path FOLDER = Path.of("target", "front-matter-fuzz");
    private static final Editions EDITIONS = Editions.create().allOrNothing(true)
            .withOptions(EditionOptions.builder().timestamp(Instant.parse("2026-01-01T00:00:00Z")).build());
    private static final byte[] PICTURE = Pictures.barChartPng(HostileReport.PICTURE, 3).bytes();

    @FuzzTest
    void publishesWellFormedEditions(FuzzedDataProvider data) throws IOException {
        String markdown = HostileReport.markdown(data);
        clear(FOLDER);
        Path folder = Files.createDirectories(FOLDER);
        Files.write(folder.resolve(HostileReport.PICTURE), PICTURE);
        Path source = Files.write(folder.resolve("report.md"), markdown.getBytes(StandardCharsets.UTF_8));
        Path out = folder.resolve("out");
        Publication publication;
        try {
            publication = EDITIONS.open(source).normalise().publish(out, "pdf", "docx", "epub", "markdown");
        } catch (EditionsException refused) {
            Refusals.requireDeliberate(refused);
            return;
        }
        assertEquals(4, publication.editions().size(), publication::toString);
        WellFormedParts.checkPdf(out.resolve("report.pdf"));
        WellFormedParts.checkPackage(out.resolve("report.docx"));
        WellFormedParts.checkPackage(out.resolve("report.epub"));
        WellFormedParts.checkText("report.md", Files.readString(out.resolve("report.md")));
    }

    private static void clear(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
