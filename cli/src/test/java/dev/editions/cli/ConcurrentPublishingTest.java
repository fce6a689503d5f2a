package dev.editions.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.editions.Editions;
import dev.editions.Publication;
import dev.editions.read.Source;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One {@link Editions} instance shared by 8 threads gives the same bytes as sequential runs. */
@Tag("slow")
class ConcurrentPublishingTest {
    private static final int REPORTS = 200;

    @BeforeAll
    static void needsWriters() {
        assertTrue(Editions.create().formats().containsAll(List.of("pdf", "docx", "epub", "md")),
                () -> "writers missing from the build: " + Editions.create().formats());
    }

    private static Source report(int n) {
        String text = "Report number " + n + " on regional security\n\n"
                + "This report was prepared by the Organisation for Security and Co-operation in Europe (OSCE)"
                + " for meeting " + n + ". The OSCE gathered " + (n * 7 % 31) + " experts.\n\n"
                + "- first finding of report " + n + "\n- second finding\n\n"
                + "The experts agreed that dialogue should continue in " + (2000 + n % 25) + ".\n";
        return Source.of("report-" + n + ".txt", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void eightThreadsGiveTheSameBytesAsOne(@TempDir Path folder) throws Exception {
        Editions editions = Editions.create().withOptions(dev.editions.write.EditionOptions.builder()
                .timestamp(java.time.Instant.parse("2026-01-01T00:00:00Z")).build());
        Path sequential = folder.resolve("sequential");
        for (int n = 0; n < REPORTS; n++) {
            editions.open(report(n)).normalise().publish(sequential);
        }
        Path parallel = folder.resolve("parallel");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Publication>> results = new ArrayList<>();
            for (int n = 0; n < REPORTS; n++) {
                int report = n;
                results.add(pool.submit(() -> editions.open(report(report)).normalise().publish(parallel)));
            }
            for (Future<Publication> result : results) {
                result.get();
            }
        } finally {
            pool.shutdown();
        }
        List<Path> files;
        try (var listing = Files.list(sequential)) {
            files = listing.filter(Files::isRegularFile).sorted().toList();
        }
        assertEquals(REPORTS * editions.formats().size(), files.size());
        for (Path file : files) {
            assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(parallel.resolve(file.getFileName())),
                    () -> file.getFileName() + " differs between sequential and parallel publishing");
        }
    }
}
