package dev.editions.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A writer built outside Editions ({@code samples/third-party-writer}), compiled against the core
 * alone and put on the command's class path, is offered like the built-in formats: its format, its
 * typed option, and its page map passed to the EPUB written after it.
 */
@Tag("slow")
class ThirdPartyWriterTest {
    private static final Path WRITER = Path.of("../samples/third-party-writer/src/main");
    private static final Path SAMPLE = Path.of("../samples/defining-dialogue.txt");

    @TempDir
    static Path plugin;

    @BeforeAll
    static void compileTheWriter() throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        List<String> arguments = new ArrayList<>(List.of("-d", plugin.toString(), "-cp",
                System.getProperty("java.class.path"), "--release", "21"));
        try (Stream<Path> sources = Files.walk(WRITER.resolve("java"))) {
            sources.filter(p -> p.toString().endsWith(".java")).map(Path::toString).forEach(arguments::add);
        }
        assertEquals(0, compiler.run(null, null, null, arguments.toArray(String[]::new)), "the writer compiles");
        Path services = plugin.resolve("META-INF/services");
        Files.createDirectories(services);
        Files.copy(WRITER.resolve("resources/META-INF/services/dev.editions.write.EditionWriter"),
                services.resolve("dev.editions.write.EditionWriter"));
    }

    private record Run(int code, String output) {
    }

    private static Run command(String... args) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> line = new ArrayList<>(List.of(java.toString(), "-cp",
                System.getProperty("java.class.path") + File.pathSeparator + plugin, Main.class.getName()));
        line.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true);
        builder.environment().put("SOURCE_DATE_EPOCH", "1700000000");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the command finished");
        return new Run(process.exitValue(), output);
    }

    @Test
    void itsFormatOptionAndPagesReachTheRun(@TempDir Path folder) throws Exception {
        Run run = command("publish", SAMPLE.toString(), "-o", folder.toString(), "-f", "epub,prompt-cards",
                "--option", "cards.blocks-per-card=1");
        assertEquals(0, run.code(), run.output());
        List<String> cards = Files.readAllLines(folder.resolve("defining-dialogue.cards")).stream()
                .filter(l -> l.startsWith("== card ")).toList();
        assertEquals(4, cards.size(), "the sample's four blocks, one to a card (three by default)");
        assertTrue(run.output().indexOf("defining-dialogue.cards") < run.output().indexOf("defining-dialogue.epub"),
                "the paginated edition is written first: " + run.output());
        assertEquals(cards.size(), pageBreaks(folder.resolve("defining-dialogue.epub")),
                "the EPUB carries the cards as its pages");
    }

    @Test
    void itsOptionIsListedAndChecked(@TempDir Path folder) throws Exception {
        Run unknown = command("publish", SAMPLE.toString(), "-o", folder.toString(), "--option", "cards.colour=red");
        assertEquals(2, unknown.code(), unknown.output());
        assertTrue(unknown.output().contains("cards.blocks-per-card, epub.certified-by"), unknown.output());
        Run bad = command("publish", SAMPLE.toString(), "-o", folder.toString(), "-f", "cards",
                "--option", "cards.blocks-per-card=0");
        assertEquals(2, bad.code(), bad.output());
        assertTrue(bad.output().contains("option cards.blocks-per-card must be from 1 to 20, was 0"), bad.output());
    }

    private static int pageBreaks(Path epub) throws IOException {
        int count = 0;
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                if (entry.getName().matches("EPUB/chapter-\\d+\\.xhtml")) {
                    String xhtml = new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
                    count += xhtml.split("epub:type=\"pagebreak\"", -1).length - 1;
                }
            }
        }
        return count;
    }
}
