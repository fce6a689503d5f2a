package dev.editions.verify;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import dev.editions.EditionsException;
import dev.editions.check.CheckResult;
import dev.editions.check.EditionChecker;
import dev.editions.check.Finding;
import dev.editions.markdown.MarkdownReader;
import dev.editions.markdown.MarkdownWriter;
import dev.editions.model.Document;
import dev.editions.read.Source;
import dev.editions.write.EditionOptions;
import dev.editions.write.WriteContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a Markdown edition without Node: the lint rules the editions keep (LF line ends, one line
 * end at the end, no trailing white space or tabs outside code, never two blank lines, ATX headings
 * only, heading levels rising one at a time) and the round trip: reading the edition with
 * Editions' Markdown reader (pictures from the files beside it) and writing it again gives the same
 * bytes and the same pictures.
 */
public final class MarkdownChecker implements EditionChecker {
    private static final int RULES = 8;
    private static final Parser PARSER = Parser.builder().build();

    /** Creates the checker. */
    public MarkdownChecker() {
    }

    @Override
    public String format() {
        return "md";
    }

    @Override
    public String name() {
        return "Markdown lint and round trip";
    }

    @Override
    public List<Finding> check(Path edition) {
        return run(edition).findings();
    }

    @Override
    public CheckResult run(Path edition) {
        byte[] bytes;
        String text;
        try {
            bytes = Files.readAllBytes(edition);
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return CheckResult.of(this, RULES, List.of(new Finding("md.encoding", "", "the file is not UTF-8")));
        } catch (IOException e) {
            throw EditionsException.of(edition.toString(), "cannot be read: " + e.getMessage(), e);
        }
        List<Finding> findings = new ArrayList<>();
        lint(text, findings);
        roundTrip(edition, bytes, findings);
        return CheckResult.of(this, RULES, findings);
    }

    private static void lint(String text, List<Finding> findings) {
        if (text.contains("\r")) {
            findings.add(new Finding("md.line-ends", "", "lines end with CR; use LF only"));
        }
        if (!text.isEmpty() && (!text.endsWith("\n") || text.endsWith("\n\n"))) {
            findings.add(new Finding("md.final-line-end", "", "the file must end with exactly one line end"));
        }
        Node root = PARSER.parse(withoutFrontMatter(text));
        Set<Integer> code = codeLines(root);
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length - 1; i++) {
            if (code.contains(i)) {
                continue;
            }
            String at = "line " + (i + 1);
            if (lines[i].contains("\t")) {
                findings.add(new Finding("md.no-tabs", at, "a tab outside code"));
            }
            if (lines[i].endsWith(" ")) {
                findings.add(new Finding("md.trailing-space", at, "the line ends with white space"));
            }
            if (lines[i].isEmpty() && i > 0 && lines[i - 1].isEmpty()) {
                findings.add(new Finding("md.blank-lines", at, "two blank lines in a row"));
            }
        }
        int level = 0;
        for (Node node : root.getDescendants()) {
            if (node instanceof Heading heading) {
                String at = "line " + (heading.getStartLineNumber() + 1);
                if (!heading.isAtxHeading()) {
                    findings.add(new Finding("md.heading-style", at, "a setext heading; write it with #"));
                }
                if (level > 0 && heading.getLevel() > level + 1) {
                    findings.add(new Finding("md.heading-increment", at, "heading level " + heading.getLevel()
                            + " follows level " + level + "; levels rise one at a time"));
                }
                level = heading.getLevel();
            }
        }
    }

    /** The text with its YAML front matter, if any, as blank lines, so line numbers stay. */
    private static String withoutFrontMatter(String text) {
        if (!text.startsWith("---\n")) {
            return text;
        }
        int end = text.indexOf("\n---\n", 3);
        if (end < 0) {
            return text;
        }
        String frontMatter = text.substring(0, end + 5);
        return "\n".repeat((int) frontMatter.chars().filter(c -> c == '\n').count()) + text.substring(end + 5);
    }

    private static Set<Integer> codeLines(Node root) {
        Set<Integer> lines = new HashSet<>();
        for (Node node : root.getDescendants()) {
            if (node instanceof FencedCodeBlock code) {
                for (int line = code.getStartLineNumber() + 1; line < code.getEndLineNumber(); line++) {
                    lines.add(line);
                }
            }
        }
        return lines;
    }

    private static void roundTrip(Path edition, byte[] bytes, List<Finding> findings) {
        String name = edition.getFileName().toString();
        try {
            Document read = new MarkdownReader().read(Source.of(edition));
            ByteArrayOutputStream again = new ByteArrayOutputStream();
            WriteContext context = WriteContext.of(EditionOptions.builder().build(), name);
            new MarkdownWriter().write(read, again, context);
            String written = again.toString(StandardCharsets.UTF_8);
            String original = new String(bytes, StandardCharsets.UTF_8);
            if (!written.equals(original)) {
                findings.add(new Finding("md.round-trip", "line " + firstDifferentLine(original, written),
                        "reading the edition and writing it again changes it"));
            }
            Path folder = edition.toAbsolutePath().getParent();
            for (var picture : context.companions().files().entrySet()) {
                Path file = folder.resolve(picture.getKey());
                if (!Files.isRegularFile(file) || !java.util.Arrays.equals(Files.readAllBytes(file), picture.getValue())) {
                    findings.add(new Finding("md.round-trip", picture.getKey(),
                            "the picture beside the edition is missing or differs from the one read"));
                }
            }
        } catch (EditionsException e) {
            findings.add(new Finding("md.round-trip", "", "the edition cannot be read back: " + e.getMessage()));
        } catch (IOException e) {
            throw EditionsException.of(edition.toString(), "cannot be written again: " + e.getMessage(), e);
        }
    }

    private static int firstDifferentLine(String a, String b) {
        String[] left = a.split("\n", -1);
        String[] right = b.split("\n", -1);
        int i = 0;
        while (i < left.length && i < right.length && left[i].equals(right[i])) {
            i++;
        }
        return i + 1;
    }
}
