package dev.editions.markdown.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Bare links are found exactly where flexmark's autolink extension finds them, texts passed over or not. */
class BareLinksTest {
    private static final Parser FLEXMARK = Parser.builder(new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(AutolinkExtension.create()))).build();
    private static final Parser OURS = Parser.builder().postProcessorFactory(new BareLinks()).build();
    private static final String[] PIECES = {"see ", "www.", "ww.", "w", "example", ".org", "/path", "https:", "//",
        "ftp://", "mailto:", "ada", "@", "\\.", "\\:", "&#46;", "&#58;", "&amp;", " ", ", ", ".", "*", "`x`", "\n"};

    @Test
    void sameLinksAsFlexmark() {
        Random random = new Random(11);
        int linked = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(9); n > 0; n--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String expected = tree(FLEXMARK.parse(text.toString()));
            linked += expected.contains("Link") ? 1 : 0;
            assertEquals(expected, tree(OURS.parse(text.toString())), () -> "in “" + text + "”");
        }
        assertTrue(linked > 1000, "too few texts with links: " + linked);
    }

    @Test
    void passesOverTextsWithoutLinkCharacters() {
        assertEquals(false, BareLinks.mayHoldLink("Plain words, full stops. And www without a dot"));
        assertEquals(true, BareLinks.mayHoldLink("at www.example.org"));
        assertEquals(true, BareLinks.mayHoldLink("ww\\.example.org"));
    }

    private static String tree(Node document) {
        StringBuilder out = new StringBuilder();
        for (Node node : document.getDescendants()) {
            out.append(node.getClass().getSimpleName()).append('[').append(node.getChars()).append("] ");
        }
        return out.toString();
    }
}
