package dev.editions.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A link's target is always a valid URI: what a URI cannot hold is percent-encoded, once. */
class LinkTargetTest {
    private static String target(String given) {
        return new Link(given, null, List.of(new Text("x"))).target();
    }

    @Test
    void charactersAUriCannotHoldArePercentEncoded() throws Exception {
        assertEquals("https://example.org/a%20b%7Bc%7D%7C%E2%80%AEd%C3%A9?q=1#top%23more",
                target("https://example.org/a b{c}|\u202Ed\u00e9?q=1#top#more"));
        assertEquals("mailto:ann%20smith@example.org", target("mailto:ann smith@example.org"));
        for (String given : List.of("https://example.org/y!}\u2068r\u2069", "https://[::1]:8080/a[b]", "http://x/%zz")) {
            new URI(target(given));
        }
        assertEquals("https://[::1]:8080/a%5Bb%5D", target("https://[::1]:8080/a[b]"));
    }

    @Test
    void encodingTwiceChangesNothingAndAnchorsAreKept() {
        String once = target("https://example.org/a b%20c");
        assertEquals("https://example.org/a%20b%20c", once);
        assertEquals(once, target(once));
        assertEquals("#über-uns", target("#über-uns"));
    }

    @Test
    void anAddressThatStaysInvalidIsRefused() {
        assertFalse(Link.isWellFormed("https:"));
        assertFalse(Link.isWellFormed("mailto:"));
        assertTrue(Link.isWellFormed("https://example.org/{x}"));
        assertThrows(IllegalArgumentException.class, () -> target("https:"));
    }
}
