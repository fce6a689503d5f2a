package dev.editions.markdown;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Node;
import dev.editions.markdown.internal.MarkdownParsers;
import java.util.HashSet;
import java.util.Set;

/**
 * Asserts the form every Markdown edition must have: LF line ends, no trailing white space and no
 * tabs outside code,
 * never two blank lines in a row, one line end at the end, and only ATX ({@code #}) headings, as
 * flexmark parses the text.
 */
final class CleanMarkdown {
    private CleanMarkdown() {
    }

    /** The (0-based) numbers of the lines inside fenced code blocks, which keep the code's own spaces and tabs. */
    private static Set<Integer> codeLines(String edition) {
        Set<Integer> lines = new HashSet<>();
        for (Node node : MarkdownParsers.parser().parse(edition).getDescendants()) {
            if (node instanceof FencedCodeBlock code) {
                for (int line = code.getStartLineNumber() + 1; line < code.getEndLineNumber(); line++) {
                    lines.add(line);
                }
            }
        }
        return lines;
    }

    static void check(String name, String edition) {
        assertFalse(edition.contains("\r"), name + ": CR line ends");
        assertTrue(edition.endsWith("\n") && !edition.endsWith("\n\n"), name + ": must end with one line end");
        String[] lines = edition.split("\n", -1);
        Set<Integer> code = codeLines(edition);
        for (int i = 0; i < lines.length - 1; i++) {
            int line = i + 1;
            if (code.contains(i)) {
                continue;
            }
            assertFalse(lines[i].contains("\t"), () -> name + ": a tab outside code on line " + line);
            assertFalse(lines[i].endsWith(" "), () -> name + ": line " + line + " ends with a space: " + lines[line - 1]);
            assertFalse(lines[i].isEmpty() && i > 0 && lines[i - 1].isEmpty(), () -> name + ": two blank lines at " + line);
        }
        for (Node node : MarkdownParsers.parser().parse(edition).getDescendants()) {
            if (node instanceof Heading heading) {
                assertTrue(heading.isAtxHeading(), () -> name + ": a heading not in ATX form at line "
                        + (heading.getStartLineNumber() + 1));
            }
        }
    }
}
