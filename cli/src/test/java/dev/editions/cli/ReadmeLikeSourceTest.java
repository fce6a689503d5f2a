package dev.editions.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A source written as project READMEs are (a title heading, badges, headings in other scripts, an
 * explicit heading id, a table with an empty corner, keys in {@code <kbd>}) publishes in every format with warnings only.
 */
class ReadmeLikeSourceTest {
    private static final String README = """
            # Projet Météo

            [![Build](https://img.example.org/build.svg)](https://ci.example.org)

            See [Méta](#méta), [the same](#meta), [数据](#数据), [findings](#findings) and [nowhere](#nowhere).

            ## Méta

            Text.

            ## 数据

            | | 2023 | 2024 |
            |---|---|---|
            | Paris | 3 | 4 |

            ## Main findings {#findings}

            Press <kbd>Ctrl</kbd>.
            """;

    @Test
    void publishesEveryEditionWithOneWarningALine(@TempDir Path folder) throws IOException {
        Path source = Files.writeString(folder.resolve("README.md"), README);
        CommandRun run = CommandRun.of("publish", source.toString(), "-o", folder.resolve("out").toString(),
                "-f", "epub,docx,md", "--language", "fr");
        assertEquals(0, run.code(), run.err());
        List<String> warnings = run.err().lines().toList();
        assertEquals(List.of(source + ":3: warning: ", source + ":5: warning: "),
                warnings.stream().map(line -> line.substring(0, line.indexOf("warning: ") + 9)).toList(), run.err());
        String xhtml = chapters(folder.resolve("out/README.epub"));
        assertEquals(1, count(xhtml, ">Projet Météo</h"), () -> "only the title page heads with the title: " + xhtml);
        assertTrue(xhtml.contains("id=\"méta\"") && xhtml.contains("id=\"数据\"") && xhtml.contains("id=\"findings\""),
                xhtml);
        assertTrue(xhtml.contains("href=\"chapter-1.xhtml#méta\"") || xhtml.contains("#méta\""), xhtml);
        assertFalse(xhtml.contains("<th scope=\"col\"></th>"), xhtml);
        assertTrue(xhtml.contains("Press <kbd>Ctrl</kbd>."), "keys are read, with no warning: " + xhtml);
        assertTrue(xhtml.contains("Build") && xhtml.contains("nowhere"), "kept texts");
        assertTrue(xhtml.contains("<kbd>Ctrl</kbd>"), xhtml);
        String markdown = Files.readString(folder.resolve("out/README.md"), StandardCharsets.UTF_8);
        assertTrue(markdown.contains("## Main findings {#findings}"), markdown);
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    /** The text of every content document of {@code epub} but the navigation document. */
    private static String chapters(Path epub) throws IOException {
        StringBuilder all = new StringBuilder();
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                if (entry.getName().endsWith(".xhtml") && !entry.getName().endsWith("nav.xhtml")) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        all.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
        }
        return all.toString();
    }
}
