package dev.editions.markdown.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.BitSet;
import org.junit.jupiter.api.Test;

/** The characters that would turn plain text into a bare link are found, and nothing else. */
class AutolinkGuardTest {
    @Test
    void findsTheColonOfASchemeTheDotOfWwwAndTheAtOfAnAddress() {
        assertEquals(at(8), AutolinkGuard.triggers("See http://example.org."));
        assertEquals(at(3), AutolinkGuard.triggers("www.example.org"));
        assertEquals(at(9), AutolinkGuard.triggers("Go to WwW.example.org"));
        assertEquals(at(4), AutolinkGuard.triggers("mail@example.org"));
        assertEquals(at(3, 17, 27, 34), AutolinkGuard.triggers("ftp://a.b and www.c.d or me@e.f, x@y"));
    }

    @Test
    void leavesSentencesWithoutAddressesAlone() {
        assertEquals(new BitSet(), AutolinkGuard.triggers("The end. Next: a new www section, at 5 @ night."));
        assertEquals(new BitSet(), AutolinkGuard.triggers(".ww. w.www"));
        assertEquals(new BitSet(), AutolinkGuard.triggers(""));
    }

    private static BitSet at(int... indexes) {
        BitSet set = new BitSet();
        for (int index : indexes) {
            set.set(index);
        }
        return set;
    }
}
