package dev.editions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * No switch over a model type has a {@code default} branch, so a new block or inline type is a
 * compile error in every writer that must render it, never a silent skip. Reads every main source
 * file of the build.
 */
class SealedSwitchTest {
    private static final Set<String> MODEL_TYPES = Set.of("Heading", "Paragraph", "ListBlock", "Quote", "Table",
            "Figure", "Break", "Text", "Emphasis", "Strong", "Code", "Link", "Abbreviation", "LanguageSpan",
            "LineBreak", "CodeBlock", "Strikethrough", "Superscript", "Subscript", "Keyboard");
    private static final Pattern MODEL_CASE = Pattern.compile("case (\\w+) \\w+ ->");

    @Test
    void noSwitchOverAModelTypeHasADefaultBranch() throws IOException {
        List<Path> sources = BuildSources.main();
        assertTrue(sources.size() > 100, "the scan found the build's sources: " + sources.size());
        List<String> offenders = new ArrayList<>();
        for (Path source : sources) {
            offenders.addAll(offences(source, Files.readString(source)));
        }
        assertEquals(List.of(), offenders);
    }

    @Test
    void theScanFindsADefaultBranchOverAModelType() {
        String bad = """
                import dev.editions.model.Paragraph;
                switch (block) {
                    case Paragraph p -> write(p);
                    default -> {
                    }
                }
                """;
        assertEquals(List.of("Bad.java:4"), offences(Path.of("Bad.java"), bad));
        String library = bad.replace("dev.editions.model.Paragraph", "com.example.Paragraph");
        assertEquals(List.of(), offences(Path.of("Library.java"), library), "a library's type of the same name");
        String fine = """
                switch (text) {
                    case "a" -> one();
                    default -> other();
                }
                """;
        assertEquals(List.of(), offences(Path.of("Fine.java"), fine));
    }

    /** Each {@code default} branch of a switch whose cases name a model type, as {@code File.java:line}. */
    static List<String> offences(Path file, String text) {
        List<String> found = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].strip().startsWith("default ->")) {
                continue;
            }
            int indent = lines[i].indexOf("default");
            for (int j = i - 1; j >= 0; j--) {
                String line = lines[j];
                int lead = line.length() - line.stripLeading().length();
                if (!line.isBlank() && lead < indent) {
                    break;
                }
                Matcher matcher = MODEL_CASE.matcher(line);
                if (lead == indent && matcher.find() && isModelType(matcher.group(1), text)) {
                    found.add(file.getFileName() + ":" + (i + 1));
                    break;
                }
            }
        }
        return found;
    }

    /** Whether {@code name} in {@code text} is a model type rather than a library's class of that name. */
    private static boolean isModelType(String name, String text) {
        return MODEL_TYPES.contains(name) && (text.contains("import dev.editions.model." + name + ";")
                || text.contains("import dev.editions.model.*;") || text.contains("package dev.editions.model;"));
    }
}
