package dev.editions.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code editions publish DIR}: every report below a folder, side by side, each failure on its own. */
class FolderPublishingTest {
    @Test
    void publishesEveryReportBelowAFolderAndSkipsThoseUpToDate(@TempDir Path folder) throws IOException {
        Path reports = Files.createDirectories(folder.resolve("reports"));
        Files.createDirectories(reports.resolve("2024"));
        Files.createDirectories(reports.resolve("2025"));
        Files.createDirectories(reports.resolve(".drafts"));
        Files.writeString(reports.resolve("2024/summary.md"), "---\nlanguage: en\n---\n# Summary 2024\n\nThe year.\n");
        Files.writeString(reports.resolve("2025/summary.md"), "---\nlanguage: en\n---\n# Summary 2025\n\nThe next.\n");
        Files.writeString(reports.resolve("notes.txt"), "Notes\n\nThe meeting was held in Vienna and it went well.\n");
        Files.write(reports.resolve("broken.txt"), "Caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(reports.resolve(".drafts/hidden.md"), "# Hidden\n");
        Files.writeString(reports.resolve("picture.png"), "not a report");
        Path out = folder.resolve("out");

        CommandRun first = CommandRun.of("publish", reports.toString(), "-o", out.toString(), "-f", "md,epub",
                "--threads", "2", "--language", "en");
        assertEquals(1, first.code(), first.err());
        assertTrue(first.out().contains("4 reports: 3 published, 1 failed"), first.out());
        assertTrue(Files.exists(out.resolve("2024/summary.md")) && Files.exists(out.resolve("2025/summary.epub")));
        assertTrue(Files.exists(out.resolve("notes.md")));
        assertFalse(Files.exists(out.resolve(".drafts")), "hidden folders are left out");
        List<String> errors = first.err().lines().filter(line -> line.startsWith("editions: ")).toList();
        assertEquals(1, errors.size(), first.err());
        assertTrue(errors.get(0).contains("broken.txt") && errors.get(0).contains("invalid UTF-8"), first.err());
        List<String> wrote = first.out().lines().filter(line -> line.startsWith("Wrote ")).toList();
        assertEquals(6, wrote.size(), first.out());
        assertTrue(wrote.get(0).contains("2024") && wrote.get(5).contains("notes"), "in the order found: " + wrote);

        CommandRun second = CommandRun.of("publish", reports.toString(), "-o", out.toString(), "-f", "md,epub",
                "--language", "en");
        assertTrue(second.out().contains("4 reports: 0 published, 1 failed, 3 up to date"), second.out());

        Files.setLastModifiedTime(reports.resolve("notes.txt"), FileTime.from(Instant.now().plusSeconds(60)));
        CommandRun third = CommandRun.of("publish", reports.toString(), "-o", out.toString(), "-f", "md,epub",
                "--language", "en");
        assertTrue(third.out().contains("4 reports: 1 published, 1 failed, 2 up to date"), third.out());
        CommandRun otherSettings = CommandRun.of("publish", reports.toString(), "-o", out.toString(), "-f", "md",
                "--language", "en");
        assertTrue(otherSettings.out().contains("4 reports: 3 published, 1 failed"), otherSettings.out());
    }

    @Test
    void aFolderWithoutReportsIsRefusedNamingIt(@TempDir Path folder) throws IOException {
        Path empty = Files.createDirectories(folder.resolve("empty"));
        CommandRun run = CommandRun.of("publish", empty.toString(), "-o", folder.resolve("out").toString());
        assertEquals(1, run.code());
        assertEquals("editions: " + empty + ": is a folder with no report in it (no .txt or .md file below it)", run.err().strip());
    }
}
