package dev.editions.markdown;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Node;
import dev.editions.markdown.internal.MarkdownParsers;

/**
 * Asserts the form every Markdown edition must have: LF line ends, no trailing white space, no tabs,
 * never two blank lines in a row, one line end at the end, and only ATX ({@code #}) headings, as
 * flexmark parses the text.
 */
final class CleanMarkdown {
    private CleanMarkdown() {
    }

    static void check(String name, String edition) {
        assertFalse(edition.contains("\r"), name + ": CR line ends");
        assertFalse(edition.contains("\t"), name + ": tabs");
        assertTrue(edition.endsWith("\n") && !edition.endsWith("\n\n"), name + ": must end with one line end");
        String[] lines = edition.split("\n", -1);
        for (int i = 0; i < lines.length - 1; i++) {
            int line = i + 1;
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
