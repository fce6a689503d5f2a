package dev.editions.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code editions verify} and {@code publish --verify}: one line per edition, the report files, the exit code. */
@Tag("slow")
class VerifyCommandTest {
    private static boolean passed(Path json) throws IOException {
        try (JsonParser parser = new JsonFactory().createParser(json.toFile())) {
            while (parser.nextToken() != null) {
                if (parser.currentToken() == JsonToken.FIELD_NAME && "passed".equals(parser.currentName())) {
                    return parser.nextToken() == JsonToken.VALUE_TRUE;
                }
            }
        }
        throw new AssertionError("no 'passed' field in " + json);
    }

    @Test
    void publishVerifyChecksEveryEditionAndWritesTheReport(@TempDir Path folder) throws IOException {
        CommandRun run = CommandRun.of("publish", "-o", folder.toString(), "--verify");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().matches("(?s).*\\.pdf: veraPDF PDF/A-2a pass \\([\\d,]+ checks\\), veraPDF PDF/UA-1 pass "
                + "\\([\\d,]+ checks\\), structure pass\n.*"), run.out());
        assertTrue(run.out().contains(".epub: DAISY Ace "), run.out());
        assertTrue(run.out().contains("EPUBCheck pass"), run.out());
        assertTrue(run.out().contains(".docx: OOXML schemas pass"), run.out());
        assertTrue(run.out().contains(".md: Markdown lint and round trip pass"), run.out());
        assertTrue(passed(folder.resolve("conformance.json")));
        assertTrue(Files.readString(folder.resolve("conformance.html")).contains("every check passed"));
    }

    @Test
    void verifyListsEveryFailureAndExitsWithOne(@TempDir Path folder) throws IOException {
        assertEquals(0, CommandRun.of("publish", "-o", folder.toString(), "-f", "md").code());
        Path edition;
        try (var files = Files.list(folder)) {
            edition = files.filter(f -> f.toString().endsWith(".md")).findFirst().orElseThrow();
        }
        Files.writeString(edition, Files.readString(edition).replaceFirst("\n\n", "  \n\n\n"));
        CommandRun run = CommandRun.of("verify", folder.toString());
        assertEquals(1, run.code(), run.out());
        assertTrue(run.out().contains("Markdown lint and round trip FAIL"), run.out());
        assertTrue(run.err().contains("md.trailing-space at line"), run.err());
        assertTrue(run.err().contains("md.blank-lines at line"), run.err());
        assertTrue(!passed(folder.resolve("conformance.json")));
    }

    @Test
    void theEpubClaimsConformanceOnlyWhenItPassesEveryCheck(@TempDir Path folder) throws IOException {
        CommandRun claimed = CommandRun.of("publish", "-o", folder.resolve("passed").toString(), "--verify", "-f", "epub");
        assertEquals(0, claimed.code(), claimed.err());
        assertTrue(packageOf(folder.resolve("passed")).contains("dcterms:conformsTo"));
        CommandRun unverified = CommandRun.of("publish", "-o", folder.resolve("plain").toString(), "-f", "epub");
        assertEquals(0, unverified.code(), unverified.err());
        assertTrue(!packageOf(folder.resolve("plain")).contains("dcterms:conformsTo"), "no claim without a check");

        Path source = Files.writeString(folder.resolve("draft.md"), "---\ntitle: " + TitleMarkerChecker.MARKER
                + " findings\nlanguage: en\n---\n\n# Findings\n\nThe talks went on.\n");
        Path out = folder.resolve("failed");
        CommandRun failed = CommandRun.of("publish", source.toString(), "-o", out.toString(), "--verify", "-f", "pdf,epub");
        assertEquals(1, failed.code(), failed.out());
        assertTrue(failed.err().contains("draft.epub: failed a check, so it was written again without claiming"),
                failed.err());
        assertTrue(failed.err().contains("house.unfinished"), failed.err());
        assertTrue(!packageOf(out).contains("dcterms:conformsTo"), "the claim is withdrawn");
        assertTrue(!passed(out.resolve("conformance.json")));
    }

    private static String packageOf(Path folder) throws IOException {
        Path epub;
        try (var files = Files.list(folder)) {
            epub = files.filter(f -> f.toString().endsWith(".epub")).findFirst().orElseThrow();
        }
        try (var zip = new java.util.zip.ZipFile(epub.toFile())) {
            return new String(zip.getInputStream(zip.getEntry("EPUB/package.opf")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void aMissingEditionIsOneLine(@TempDir Path folder) {
        CommandRun run = CommandRun.of("verify", folder.resolve("none.pdf").toString());
        assertEquals(1, run.code());
        assertTrue(run.err().matches("editions: .*none\\.pdf: does not exist; give an edition file or a folder of editions\n"),
                run.err());
    }
}
