package dev.editions.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.editions.Setting;
import dev.editions.normalise.Normaliser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** The command offers every shared setting under its shared name, and applies them as the plugin does. */
class SettingsTest {
    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    @Test
    void everySettingIsAFlagWithNoDefaultOfItsOwn() {
        CommandLine publish = new CommandLine(new PublishCommand());
        for (Setting setting : Setting.values()) {
            List<String> flags = setting == Setting.DISABLED_STAGES
                    ? Normaliser.standard().names().stream().map(stage -> setting.flag() + stage).toList()
                    : List.of(setting.flag());
            for (String flag : flags) {
                OptionSpec option = publish.getCommandSpec().findOption(flag);
                if (setting == Setting.DISABLED_STAGES) {
                    assertTrue(Normaliser.standard().names().size() > 5, "stage switches are added by Main");
                    continue;
                }
                assertNotNull(option, flag + " for " + setting);
                assertNull(option.defaultValue(), flag + " takes its default from the option or the library");
            }
        }
    }

    @Test
    void writerOptionsAreSetByNameAndCheckedAgainstTheWriters(@TempDir Path folder) throws IOException {
        Path sample = Path.of("../samples/defining-dialogue.txt");
        CommandRun ok = run("publish", sample.toString(), "-o", folder.toString(), "-f", "pdf", "--option", "page.size=letter");
        assertEquals(0, ok.code(), ok.err());
        String pdf = Files.readString(folder.resolve("defining-dialogue.pdf"), StandardCharsets.ISO_8859_1);
        assertTrue(pdf.contains("/MediaBox[0 0 612 792]"), "Letter pages");
        CommandRun unknown = run("publish", sample.toString(), "-o", folder.toString(), "--option", "pdf.colour=red");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("there is no option 'pdf.colour'; the options are epub.certified-by,"
                + " epub.certifier-report, epub.conformance-claim, page.margin, page.size, pdf.justify"), unknown.err());
        CommandRun bad = run("publish", sample.toString(), "-o", folder.toString(), "--option", "pdf.justify=maybe");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("option pdf.justify must be true or false, was 'maybe'"), bad.err());
    }

    @Test
    void warningsArePrintedWithFileAndLineAndStrictRefusesThem(@TempDir Path folder) throws IOException {
        Path report = folder.resolve("report.md");
        Files.writeString(report, "# Report\n\nSee <blink>this</blink> and [the annex](annex.pdf).\n",
                StandardCharsets.UTF_8);
        CommandRun lenient = run("publish", report.toString(), "-o", folder.resolve("out").toString(), "-f", "md", "--language", "en");
        assertEquals(0, lenient.code(), lenient.err());
        List<String> lines = lenient.err().lines().toList();
        assertEquals(2, lines.size(), lenient.err());
        assertTrue(lines.stream().allMatch(l -> l.startsWith(report + ":3: warning: ")), lenient.err());
        assertTrue(Files.exists(folder.resolve("out/report.md")));

        CommandRun strict = run("publish", report.toString(), "-o", folder.resolve("strict").toString(), "--strict", "--language", "en");
        assertEquals(1, strict.code());
        assertTrue(strict.err().startsWith("editions: " + report + ": refused in strict mode: 2 warnings"),
                strict.err());
        assertFalse(Files.exists(folder.resolve("strict")));
    }

    @Test
    void metadataOverridesAndKeepDuplicatesApply(@TempDir Path folder) throws IOException {
        Path sample = Path.of("../samples/defining-dialogue.txt");
        CommandRun run = run("publish", sample.toString(), "-o", folder.toString(), "-f", "md", "--title", "Another Title",
                "--language", "en-GB", "--author", "A. Writer", "--author", "B. Writer", "--keep-duplicates");
        assertEquals(0, run.code(), run.err());
        String markdown = Files.readString(folder.resolve("defining-dialogue.md"), StandardCharsets.UTF_8);
        assertTrue(markdown.contains("title: \"Another Title\""), markdown);
        assertTrue(markdown.contains("en-GB"), markdown);
        assertTrue(markdown.contains("B. Writer"), markdown);
        CommandRun deduplicated = run("publish", sample.toString(), "-o", folder.resolve("d").toString(), "-f", "md");
        assertEquals(0, deduplicated.code(), deduplicated.err());
        String shorter = Files.readString(folder.resolve("d/defining-dialogue.md"), StandardCharsets.UTF_8);
        assertEquals(4, markdown.split("\n\n").length - shorter.split("\n\n").length,
                "the four repeated paragraphs are kept");
    }

    @Test
    void anEditionThatFailsDoesNotBlockTheOthers(@TempDir Path folder) throws IOException {
        Path report = folder.resolve("report.md");
        Files.writeString(report, "# Report\n\nThe meeting in \u4e2d\u56fd went well.\n", StandardCharsets.UTF_8);
        Files.createDirectories(folder.resolve("out"));
        Files.writeString(folder.resolve("out/report.pdf"), "earlier", StandardCharsets.UTF_8);
        CommandRun run = run("publish", report.toString(), "-o", folder.resolve("out").toString(), "--language", "en");
        assertEquals(1, run.code(), run.err());
        assertTrue(run.err().startsWith("editions: " + report + ": "), run.err());
        assertTrue(run.err().contains("U+4E2D"), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        for (String format : List.of("docx", "epub", "md")) {
            assertTrue(Files.exists(folder.resolve("out/report." + format)), format + " written");
        }
        assertEquals("earlier", Files.readString(folder.resolve("out/report.pdf")),
                "the failed edition leaves the old file");

        Path strict = folder.resolve("all");
        CommandRun none = run("publish", report.toString(), "-o", strict.toString(), "--all-or-nothing");
        assertEquals(1, none.code(), none.err());
        assertFalse(Files.exists(strict), "all or nothing: nothing written");
    }
}
