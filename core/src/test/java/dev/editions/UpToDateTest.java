package dev.editions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UpToDateTest {
    @Test
    void editionsAreCurrentOnlyWhenAllArePresentNewerAndWrittenWithTheSameConfiguration(@TempDir Path folder)
            throws IOException {
        Path sources = Files.createDirectories(folder.resolve("src"));
        Path source = Files.writeString(sources.resolve("report.md"), "# Report\n");
        Path picture = Files.writeString(sources.resolve("chart.png"), "png");
        Path out = Files.createDirectories(folder.resolve("out"));
        UpToDate rule = new UpToDate(out, "formats pdf, md");
        List<Path> targets = List.of(out.resolve("report.pdf"), out.resolve("report.md"));
        setTime(source, 1_000);
        setTime(picture, 1_000);
        assertFalse(rule.isCurrent(source, targets), "nothing written yet");

        for (Path target : targets) {
            setTime(Files.writeString(target, "edition"), 2_000);
        }
        assertFalse(rule.isCurrent(source, targets), "no record of the configuration");
        rule.record(source);
        assertTrue(rule.isCurrent(source, targets));
        assertFalse(new UpToDate(out, "formats pdf").isCurrent(source, targets), "another configuration");

        setTime(picture, 3_000);
        assertFalse(rule.isCurrent(source, targets), "a file beside the source changed");
        setTime(picture, 1_000);
        Files.delete(targets.get(1));
        assertFalse(rule.isCurrent(source, targets), "an edition is missing");
    }

    @Test
    void aRunWalksEachFolderOnceHoweverManySourcesItHolds(@TempDir Path folder) throws IOException {
        Path sources = Files.createDirectories(folder.resolve("src"));
        Path nested = Files.createDirectories(sources.resolve("part"));
        Path picture = setTime(Files.writeString(nested.resolve("chart.png"), "png"), 5_000);
        Path out = Files.createDirectories(folder.resolve("out"));
        SourceInputs inputs = new SourceInputs();
        UpToDate rule = new UpToDate(out, "formats md", inputs);
        for (int i = 0; i < 50; i++) {
            Path source = setTime(Files.writeString(sources.resolve("report-" + i + ".md"), "# Report\n"), 1_000);
            Path target = setTime(Files.writeString(out.resolve("report-" + i + ".md"), "edition"), 2_000);
            rule.record(source);
            assertFalse(rule.isCurrent(source, List.of(target)), "the picture below is newer than the edition");
        }
        Path inner = setTime(Files.writeString(nested.resolve("inner.md"), "# Inner\n"), 1_000);
        Path innerTarget = setTime(Files.writeString(out.resolve("inner.md"), "edition"), 6_000);
        rule.record(inner);
        assertTrue(rule.isCurrent(inner, List.of(innerTarget)));
        assertEquals(2, inputs.walks(), "one walk for the folder of fifty sources, one for the folder below");

        setTime(picture, 9_000);
        assertTrue(rule.isCurrent(inner, List.of(innerTarget)), "a run sees the files as they were when it looked");
        assertFalse(new UpToDate(out, "formats md", new SourceInputs()).isCurrent(inner, List.of(innerTarget)),
                "the next run sees the change");
    }

    private static Path setTime(Path file, long seconds) throws IOException {
        return Files.setLastModifiedTime(file, FileTime.from(Instant.ofEpochSecond(1_700_000_000L + seconds)));
    }
}
