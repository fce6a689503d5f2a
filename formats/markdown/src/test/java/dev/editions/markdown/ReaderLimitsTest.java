package dev.editions.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.editions.EditionsException;
import dev.editions.model.Block;
import dev.editions.model.Document;
import dev.editions.model.ListBlock;
import dev.editions.model.Quote;
import dev.editions.read.Source;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Sources shaped to exhaust the parser: each is read or refused with an {@link EditionsException}
 * naming the line, quickly, and never with a {@link StackOverflowError}.
 */
class ReaderLimitsTest {
    private static final int DEEP = 10_000;
    private static final Duration QUICKLY = Duration.ofSeconds(20);
    private static final String TOO_DEEP = "lists and block quotes are nested more than 100 levels deep";
    private static final String LINE_TOO_DEEP = "the line starts with more than 1,000 list and quote markers or"
            + " indentation steps";

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("block quotes", ">".repeat(DEEP) + " deep\n", "line 1: " + LINE_TOO_DEEP),
                Arguments.of("block quotes one per line", deepQuotesOnePerLine(), "line 101: " + TOO_DEEP),
                Arguments.of("bullet lists", "- ".repeat(DEEP) + "deep\n", "line 1: " + LINE_TOO_DEEP),
                Arguments.of("numbered lists", "1. ".repeat(DEEP) + "deep\n", "line 1: " + LINE_TOO_DEEP),
                Arguments.of("quotes and lists", "> - ".repeat(DEEP / 2) + "deep\n", "line 1: " + LINE_TOO_DEEP),
                Arguments.of("a hundred and one quotes", "> ".repeat(101) + "deep\n", "line 1: " + TOO_DEEP),
                Arguments.of("emphasis", "a " + "*".repeat(DEEP) + "b" + "*".repeat(DEEP) + "\n",
                        "line 1: emphasis, links and language spans are nested more than 100 levels deep"),
                Arguments.of("language spans", "<span lang=\"en\">".repeat(DEEP) + "x" + "</span>".repeat(DEEP) + "\n",
                        "line 1: emphasis, links and language spans are nested more than 100 levels deep"),
                Arguments.of("a long paragraph in a quote", "> a\n".repeat(5_000), "line 1001: a paragraph inside a list"),
                Arguments.of("a line of a million '_'", "_".repeat(999_000) + "\n", "the Markdown nests too deeply"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void deepNestingIsRefusedClearly(String name, String markdown, String problem) {
        EditionsException e = assertTimeoutPreemptively(QUICKLY,
                () -> assertThrows(EditionsException.class, () -> read(markdown)));
        assertTrue(e.getMessage().startsWith("deep.md: "), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
    }

    @Test
    void unclosedLinkLabelsFullOfEscapesAreReadQuickly() {
        String escapes = "\\!".repeat(5_000);
        Document document = assertTimeoutPreemptively(QUICKLY, () -> read("[" + escapes + "\n\n[^" + escapes + "\n"));
        assertEquals(List.of(dev.editions.model.Paragraph.of("[" + "!".repeat(5_000)),
                dev.editions.model.Paragraph.of("[^" + "!".repeat(5_000))), document.blocks());
    }

    @Test
    void linksInsideLinksAreRead() {
        Document document = assertTimeoutPreemptively(QUICKLY,
                () -> read("[".repeat(DEEP) + "a" + "](b)".repeat(DEEP) + "\n"));
        assertEquals(1, document.blocks().size());
    }

    @Test
    void nestingUpToTheLimitIsRead() {
        Document document = read("> ".repeat(50) + "- ".repeat(49) + "deep\n");
        Block block = document.blocks().get(0);
        int depth = 0;
        while (block instanceof Quote || block instanceof ListBlock) {
            depth++;
            block = block instanceof Quote quote ? quote.blocks().get(0) : ((ListBlock) block).items().get(0).blocks().get(0);
        }
        assertEquals(99, depth);
    }

    @Test
    void frontMatterOverOneMebibyteIsRefused() {
        String markdown = "---\ntitle: T\nkeywords:\n" + "  - a keyword\n".repeat(100_000) + "---\n\nText.\n";
        EditionsException e = assertThrows(EditionsException.class, () -> read(markdown));
        assertTrue(e.getMessage().startsWith("deep.md: line 2: the front matter is not valid YAML: The incoming YAML"
                + " document exceeds the limit: 1048576 code points."), e.getMessage());
    }

    @Test
    void atMostAThousandAbbreviationsAreDefined() {
        StringBuilder markdown = new StringBuilder("Text.\n\n");
        for (int i = 1; i <= 1_001; i++) {
            markdown.append("*[A").append(i).append("]: Long form ").append(i).append('\n');
        }
        EditionsException e = assertThrows(EditionsException.class, () -> read(markdown.toString()));
        assertEquals("deep.md: line 1003: more than 1,000 abbreviations are defined; at most 1,000 are read",
                e.getMessage());
    }

    @Test
    void manyUnclosedSpansAreReadQuickly() {
        Document document = assertTimeoutPreemptively(QUICKLY,
                () -> read("<span lang=\"en\">".repeat(50_000) + "text\n"));
        assertEquals(List.of(dev.editions.model.Paragraph.of("text")), document.blocks());
    }

    /** flexmark alone takes over 30 s for 20,000 unclosed {@code <![CDATA[} in a heading; read in well under a second. */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"<![CDATA[", "<!--", "<?", "<!DOCTYPE", "<a title='"})
    void thousandsOfUnclosedInlineHtmlOpeningsAreTextReadQuickly(String opening) {
        String text = "x " + opening.repeat(20_000) + " end";
        Document heading = assertTimeoutPreemptively(QUICKLY, () -> read("## " + text + "\n"));
        Document paragraph = assertTimeoutPreemptively(QUICKLY, () -> read("# T\n\n" + text + "\n"));
        assertEquals(text, dev.editions.text.PlainText.of(heading.blocks().get(0)));
        assertEquals(text, dev.editions.text.PlainText.of(paragraph.blocks().get(0)));
    }

    @Test
    void aBillionLaughsInTheFrontMatterIsRefusedQuickly() {
        StringBuilder yaml = new StringBuilder("---\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char name = 'b'; name <= 'j'; name++) {
            yaml.append(name).append(": &").append(name).append(" [");
            for (int i = 0; i < 9; i++) {
                yaml.append(i == 0 ? "" : ",").append('*').append((char) (name - 1));
            }
            yaml.append("]\n");
        }
        yaml.append("title: *j\n---\n\nText.\n");
        EditionsException e = assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> assertThrows(EditionsException.class, () -> read(yaml.toString())));
        assertEquals("deep.md: line 3, column 8: the front matter may not use YAML aliases (*a); write each value"
                + " out in full", e.getMessage());
    }

    private static String deepQuotesOnePerLine() {
        StringBuilder markdown = new StringBuilder();
        for (int depth = 1; depth <= DEEP / 10; depth++) {
            markdown.append(">".repeat(depth)).append(" level\n");
        }
        return markdown.toString();
    }

    private static Document read(String markdown) {
        return new MarkdownReader().read(Source.of("deep.md", markdown.getBytes(StandardCharsets.UTF_8)));
    }
}
