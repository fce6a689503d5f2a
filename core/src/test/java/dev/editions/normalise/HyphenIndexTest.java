package dev.editions.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hyphen index answers as {@link String#contains} would, for forms with and without a hyphen. */
class HyphenIndexTest {
    @Test
    void answersAsContainsWould() {
        Random random = new Random(5);
        int found = 0;
        for (int round = 0; round < 200; round++) {
            String text = text(random, random.nextInt(200));
            HyphenIndex index = new HyphenIndex(text);
            for (int i = 0; i < 50; i++) {
                String form = text(random, 1 + random.nextInt(5));
                boolean expected = text.contains(form);
                found += expected ? 1 : 0;
                assertEquals(expected, index.contains(form), () -> "“" + form + "” in “" + text + "”");
                assertEquals(expected, index.contains(form), "the remembered answer");
            }
        }
        assertTrue(found > 1_000, "the random forms occur often enough to compare both answers");
    }

    @Test
    void findsACompoundSpelledElsewhere() {
        HyphenIndex index = new HyphenIndex("cross-border trade\nthe cross-\nborder line -x y-");
        assertTrue(index.contains("cross-border"));
        assertTrue(index.contains("oss-bor"));
        assertEquals(false, index.contains("cross-borders"));
        assertEquals(false, index.contains("crossborder"));
        assertTrue(index.contains("y-"));
        assertTrue(index.contains("-x"));
    }

    private static String text(Random random, int length) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            out.append("ab-\n ".charAt(random.nextInt(5)));
        }
        return out.toString();
    }
}
