package dev.editions.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.editions.fixtures.ForkedJvm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report too large for the memory Java was given ends in one line naming the source, the step
 * (reading, normalising, or writing each edition: then one line per edition) and how to give Java
 * more memory, with the output folder untouched and no temporary file
 * left.
 */
@Tag("slow")
class OutOfMemoryTest {
    @Test
    void runningOutOfMemoryIsOneLineAndLeavesNothingBehind(@TempDir Path folder) throws IOException {
        StringBuilder report = new StringBuilder("# A long report\n\n");
        String paragraph = "The delegations met again in the spring and agreed on a common text for the"
                + " annex on monitoring, verification and the exchange of data between the parties. ";
        for (int i = 0; i < 40_000; i++) {
            report.append(i).append(' ').append(paragraph).append("\n\n");
        }
        Path source = Files.writeString(folder.resolve("long.md"), report);
        Path out = Files.createDirectory(folder.resolve("out"));
        Files.writeString(out.resolve("keep.txt"), "earlier");

        ForkedJvm.Result run = ForkedJvm.run(folder, List.of(), List.of("-Xmx48m", "-XX:TieredStopAtLevel=1"),
                Main.class, "publish", source.toString(), "-o", out.toString());

        assertEquals(1, run.code(), run.err());
        List<String> lines = run.err().lines().toList();
        String advice = " \\(\\d+ MB available\\); give Java more memory, e\\.g\\. EDITIONS_JAVA_OPTS=-Xmx4g .*";
        if (lines.size() == 1) {
            // Memory ran out before any edition was written: while reading or normalising.
            assertTrue(lines.get(0).matches("editions: \\Q" + source + "\\E: ran out of memory (reading|normalising)"
                    + advice), run.err());
        } else {
            assertEquals("editions: " + source + ": no edition could be written:", lines.get(0), run.err());
            assertEquals(5, lines.size(), "one line per edition: " + run.err());
            for (String line : lines.subList(1, lines.size())) {
                assertTrue(line.matches("  (pdf|docx|epub|md): \\Q" + source + "\\E: ran out of memory writing the"
                        + " (pdf|docx|epub|md) edition" + advice), line);
            }
        }
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of(out.resolve("keep.txt")),
                    files.filter(f -> !f.getFileName().toString().equals(".editions")).toList());
        }
        assertFalse(run.err().contains("\tat "), "no stack trace");
    }
}
