package dev.editions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every message, error or warning, shows the characters that could drive a terminal as {@code U+XXXX}. */
class SafeMessagesTest {
    private static final String HOSTILE = "Head \u001b]0;owned\u0007\u001b[2J \u202Eevil\u202C \u2066x\u2069 \uFFFE\uD800!";
    private static final String SHOWN = "Head U+001B]0;ownedU+0007U+001B[2J U+202EevilU+202C U+2066xU+2069 U+FFFEU+D800!";

    @Test
    void anErrorEscapesItsSourceItsProblemAndEachDetail() {
        EditionsException error = EditionsException.atLine("r\u001b.md", 3, 2, "the heading '" + HOSTILE + "'");
        assertEquals("rU+001B.md: line 3, column 2: the heading '" + SHOWN + "'", error.getMessage());
        EditionsException gathered = EditionsException.withDetails("r.md", "refused\nhere",
                List.of("first " + HOSTILE, "second\nline"));
        assertEquals("r.md: refusedU+000Ahere\n  first " + SHOWN + "\n  secondU+000Aline", gathered.getMessage());
        assertEquals(3, gathered.getMessage().lines().count(), "a line break only between details");
        assertTrue(gathered.getMessage().codePoints().allMatch(c -> c == '\n' || !SafeText.isUnsafe(c)));
    }

    @Test
    void aWarningEscapesItsSourceAndMessage() {
        Diagnostic warning = new Diagnostic("r\u202E.md", 4, "link.scheme", HOSTILE);
        assertEquals("rU+202E.md:4: warning: " + SHOWN, warning.format());
    }

    @Test
    void aStrictRefusalListsEachWarningOnALineOfItsOwn() {
        EditionsException refusal = Strictness.refusal("r.md", List.of(
                new Diagnostic("r.md", 2, "html.tag", "one " + HOSTILE), new Diagnostic("r.md", 5, "html.tag", "two")));
        assertEquals("r.md: refused in strict mode: 2 warnings\n  r.md:2: warning: one " + SHOWN
                + "\n  r.md:5: warning: two", refusal.getMessage());
    }

    @Test
    void escapingTwiceChangesNothing() {
        assertEquals(SHOWN, SafeText.escape(SafeText.escape(HOSTILE)));
    }
}
