package dev.editions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What a format keeps inside: no module but the format itself imports a format's {@code internal}
 * packages, core imports no format at all, and formats never import each other.
 */
class ModuleBoundaryTest {
    private static final Pattern FORMAT_IMPORT =
            Pattern.compile("^import (?:static )?dev\\.editions\\.(pdf|docx|epub|markdown)(\\.internal)?\\b", Pattern.MULTILINE);

    @Test
    void formatsAreReachedOnlyThroughTheirPublicPackages() throws IOException {
        List<Path> sources = BuildSources.main();
        assertTrue(sources.size() > 100, "the scan found the build's sources: " + sources.size());
        List<String> offences = new ArrayList<>();
        for (Path source : sources) {
            offences.addAll(offences(BuildSources.moduleOf(source), source.getFileName().toString(),
                    Files.readString(source)));
        }
        assertEquals(List.of(), offences);
    }

    @Test
    void theScanFindsEachKindOfCrossing() {
        String internal = "package x;\nimport dev.editions.pdf.internal.PageLayout;\n";
        String format = "package x;\nimport dev.editions.docx.DocxWriter;\n";
        assertEquals(List.of("cli/A.java imports dev.editions.pdf.internal"), offences("cli", "A.java", internal));
        assertEquals(List.of("core/B.java imports dev.editions.docx"), offences("core", "B.java", format));
        assertEquals(List.of("formats/epub/C.java imports dev.editions.docx"), offences("formats/epub", "C.java", format));
        assertEquals(List.of(), offences("formats/pdf", "D.java", internal), "a format's own internals");
        assertEquals(List.of(), offences("benchmarks", "E.java", format), "a public package from outside");
    }

    static List<String> offences(String module, String file, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = FORMAT_IMPORT.matcher(text);
        while (matcher.find()) {
            String format = matcher.group(1);
            boolean own = module.equals("formats/" + format);
            boolean internal = matcher.group(2) != null;
            boolean crossing = !own && (internal || module.equals("core") || module.startsWith("formats/"));
            if (crossing) {
                found.add(module + "/" + file + " imports dev.editions." + format + (internal ? ".internal" : ""));
            }
        }
        return found;
    }
}
