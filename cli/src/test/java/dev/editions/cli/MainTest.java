package dev.editions.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.editions.Editions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    private static final Path SAMPLE = Path.of("../samples/defining-dialogue.txt");

    @Test
    void inspectPrintsTheModelAsJson() throws IOException {
        CommandRun run = run("inspect", SAMPLE.toString());
        assertEquals(0, run.code(), run.err());
        List<String> fields = topLevelFields(run.out());
        assertEquals(List.of("source", "metadata", "abbreviations", "blocks", "removed", "warnings", "changes"), fields);
        assertTrue(run.out().contains("\"type\" : \"paragraph\""), run.out());
        assertTrue(run.out().contains("\"title\" : "), run.out());
    }

    @Test
    void publishWritesEveryAvailableFormat(@TempDir Path folder) throws IOException {
        CommandRun run = run("publish", SAMPLE.toString(), "-o", folder.toString());
        assertEquals(0, run.code(), run.err());
        List<String> formats = Editions.create().formats();
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(formats.size(), files.filter(f -> !f.getFileName().toString().equals(".editions")).count());
        }
        for (String line : run.out().lines().filter(l -> l.startsWith("Wrote ")).toList()) {
            assertTrue(line.contains("defining-dialogue."), line);
        }
    }

    @Test
    void publishWithoutSourcePublishesTheBundledSample(@TempDir Path folder) throws IOException {
        CommandRun run = run("publish", "-o", folder.toString());
        assertEquals(0, run.code(), run.err());
        try (Stream<Path> files = Files.list(folder)) {
            assertTrue(files.filter(f -> !f.getFileName().toString().equals(".editions"))
                    .allMatch(f -> f.getFileName().toString().startsWith("defining-dialogue.")));
        }
    }

    @Test
    void badInputExitsWithOneAndOneLine(@TempDir Path folder) throws IOException {
        Path broken = folder.resolve("broken.txt");
        Files.write(broken, new byte[] {'o', 'k', '\n', (byte) 0xC3, '('});
        CommandRun run = run("publish", broken.toString(), "-o", folder.resolve("out").toString());
        assertEquals(1, run.code());
        assertEquals("editions: " + broken + ": byte 3: invalid UTF-8 (byte 0xC3 on line 2); save the file as UTF-8\n",
                run.err());
        assertFalse(Files.exists(folder.resolve("out")));
    }

    @Test
    void anUnreadableSourceAmongSeveralIsOneLineAndTheOthersArePublished(@TempDir Path folder) throws IOException {
        Path broken = Files.write(folder.resolve("broken.txt"), new byte[] {'o', 'k', '\n', (byte) 0xC3, '('});
        Path good = Files.writeString(folder.resolve("good.txt"), "A good report.\n\nIt has two paragraphs.");
        Path out = folder.resolve("out");
        CommandRun run = run("publish", broken.toString(), folder.resolve("missing.txt").toString(), good.toString(),
                "-o", out.toString(), "-f", "md");
        assertEquals(1, run.code());
        assertEquals("editions: " + broken + ": byte 3: invalid UTF-8 (byte 0xC3 on line 2); save the file as UTF-8\n"
                + "editions: " + folder.resolve("missing.txt") + ": no such file\n",
                run.err().lines().filter(line -> line.startsWith("editions: ")).map(line -> line + "\n")
                        .collect(java.util.stream.Collectors.joining()));
        assertTrue(Files.readString(out.resolve("good.md")).contains("A good report."));
        assertTrue(Files.isRegularFile(out.resolve(".editions/good.json")), "the set is recorded");
        assertFalse(Files.exists(out.resolve("broken.md")));
    }

    @Test
    void missingFileExitsWithOne() {
        CommandRun run = run("inspect", "no-such-report.txt");
        assertEquals(1, run.code());
        assertEquals("editions: no-such-report.txt: no such file\n", run.err());
    }

    @Test
    void unknownFormatListsTheFormatsPresent(@TempDir Path folder) {
        CommandRun run = run("publish", SAMPLE.toString(), "-o", folder.toString(), "-f", "odt");
        assertEquals(1, run.code());
        assertTrue(run.err().startsWith("editions: no writer for format 'odt'; "), run.err());
    }

    @Test
    void pageSizeAndMarginShapeThePdf(@TempDir Path folder) throws IOException {
        CommandRun run = run("publish", SAMPLE.toString(), "-o", folder.toString(), "-f", "pdf", "--page-size", "LETTER",
                "--margin", "15", "--justify");
        assertEquals(0, run.code(), run.err());
        String pdf = Files.readString(folder.resolve("defining-dialogue.pdf"), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(pdf.contains("/MediaBox[0 0 612 792]"), "Letter pages");
    }

    @Test
    void aMarginOutOfRangeIsAUsageError(@TempDir Path folder) {
        CommandRun run = run("publish", SAMPLE.toString(), "-o", folder.toString(), "--margin", "2");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("option page.margin must be from 5 to 60, was 2"), run.err());
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, run("publish", "--no-such-option").code());
        assertEquals(2, run().code());
        assertEquals(2, run("inspect").code());
    }

    @Test
    void helpAndVersionExitWithZero() {
        CommandRun help = run("--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("publish"));
        CommandRun version = run("--version");
        assertEquals(0, version.code());
        assertTrue(version.out().startsWith("editions "), version.out());
    }

    @Test
    void sourcesWithTheSameNameAreRefused(@TempDir Path folder) throws IOException {
        Path a = Files.createDirectories(folder.resolve("a")).resolve("report.txt");
        Path b = Files.createDirectories(folder.resolve("b")).resolve("report.txt");
        Files.writeString(a, "One report.", StandardCharsets.UTF_8);
        Files.writeString(b, "Another report.", StandardCharsets.UTF_8);
        CommandRun run = run("publish", a.toString(), b.toString(), "-o", folder.resolve("out").toString());
        assertEquals(1, run.code());
        assertEquals("editions: " + b + ": its editions would overwrite those of " + a
                + " (both are named 'report')\n", run.err());
    }

    private static List<String> topLevelFields(String json) throws IOException {
        List<String> fields = new ArrayList<>();
        try (JsonParser parser = new JsonFactory().createParser(json)) {
            assertEquals(JsonToken.START_OBJECT, parser.nextToken());
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                fields.add(parser.currentName());
                parser.nextToken();
                parser.skipChildren();
            }
        }
        return fields;
    }
}
