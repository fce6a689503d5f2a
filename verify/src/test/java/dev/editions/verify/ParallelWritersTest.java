package dev.editions.verify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.editions.Editions;
import dev.editions.Publication;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Editions written side by side are the same bytes as editions written one after another. */
class ParallelWritersTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);

    @Test
    void theEditionsAreTheSameWhateverTheThreads(@TempDir Path folder) throws IOException {
        Path source = Path.of("../samples/feature-rich.md");
        Publication one = Editions.create().withClock(CLOCK).threads(1).open(source).normalise()
                .publish(folder.resolve("one"));
        for (int run = 0; run < 3; run++) {
            Publication four = Editions.create().withClock(CLOCK).threads(4).open(source).normalise()
                    .publish(folder.resolve("four-" + run));
            assertEquals(one.editions().stream().map(Publication.Edition::format).toList(),
                    four.editions().stream().map(Publication.Edition::format).toList());
            assertEquals(4, four.editions().size());
            for (Publication.Edition edition : one.editions()) {
                Path other = folder.resolve("four-" + run).resolve(edition.path().getFileName());
                assertArrayEquals(Files.readAllBytes(edition.path()), Files.readAllBytes(other),
                        edition.path().getFileName() + " differs when written side by side");
            }
            assertEquals(List.copyOf(one.diagnostics().stream().map(d -> d.code()).toList()),
                    four.diagnostics().stream().map(d -> d.code()).toList());
        }
    }
}
