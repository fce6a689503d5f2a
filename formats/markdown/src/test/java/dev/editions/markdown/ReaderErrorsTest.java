package dev.editions.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.editions.EditionsException;
import dev.editions.fixtures.Pictures;
import dev.editions.read.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad Markdown sources: each is refused with one message naming the file, the line and the problem. */
class ReaderErrorsTest {
    @TempDir
    Path folder;

    @Test
    void frontMatterThatIsNotYaml() throws IOException {
        assertEquals("report.md: line 2, column 17: the front matter is not valid YAML: expected ',' or ']', but got"
                + " <stream end>", error("---\ntitle: [unclosed\n---\n\nText.\n"));
    }

    @Test
    void wrongFrontMatterValues() throws IOException {
        assertEquals("report.md: line 2, column 7: the date '1 June 2018' is not a date written YYYY-MM-DD",
                error("---\ndate: 1 June 2018\n---\n\nText.\n"));
        assertEquals("report.md: line 3, column 11: 'en_GB' is not a BCP 47 language tag (e.g. en, en-GB, fr)",
                error("---\ntitle: T\nlanguage: en_GB\n---\n\nText.\n"));
        assertEquals("report.md: line 3, column 11: the language tag 'en-aaaaaaaa-aaaa…' is 18002 characters long;"
                + " BCP 47 tags of at most 64 characters are accepted (e.g. en, en-GB, fr)",
                error("---\ntitle: T\nlanguage: en" + "-aaaaaaaa".repeat(2000) + "\n---\n\nText.\n"));
        assertEquals("report.md: line 2, column 8: 'title' must be a single text",
                error("---\ntitle: [a, b]\n---\n\nText.\n"));
        assertEquals("report.md: line 3, column 1: 'title' is given twice in the front matter",
                error("---\ntitle: a\ntitle: b\n---\n\nText.\n"));
    }

    @Test
    void aFileThatIsNotAnImage() throws IOException {
        Files.writeString(folder.resolve("chart.png"), "not a picture");
        EditionsException e = assertThrows(EditionsException.class,
                () -> new MarkdownReader().read(Source.of(Files.writeString(folder.resolve("report.md"),
                        "Text.\n\n![A chart](chart.png)\n"))));
        assertEquals(3, e.line());
        assertEquals(folder.resolve("report.md").toString(), e.source());
        assertEquals(e.source() + ": line 3: " + e.problem(), e.getMessage());
        assertEquals(true, e.problem().contains("chart.png"), e.problem());
    }

    private String error(String markdown) throws IOException {
        return error(Files.writeString(folder.resolve("report.md"), markdown));
    }

    /** The message of the error reading {@code report}, with the paths relative to the test folder. */
    private String error(Path report) {
        return assertThrows(EditionsException.class, () -> new MarkdownReader().read(Source.of(report))).getMessage()
                .replaceFirst("^" + java.util.regex.Pattern.quote(folder + "/"), "");
    }
}
