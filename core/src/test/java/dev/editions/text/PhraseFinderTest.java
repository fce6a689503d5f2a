package dev.editions.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.editions.model.Abbreviation;
import dev.editions.model.Glossary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The phrase finder answers as {@link String#contains} would, for every phrase at once. */
class PhraseFinderTest {
    @Test
    void findsWhatContainsFinds() {
        Random random = new Random(11);
        int hits = 0;
        for (int round = 0; round < 300; round++) {
            List<String> phrases = new ArrayList<>();
            PhraseFinder finder = new PhraseFinder();
            for (int i = 0; i < 1 + random.nextInt(30); i++) {
                String phrase = text(random, 1 + random.nextInt(6));
                phrases.add(phrase);
                finder.add(phrase);
            }
            String removed = phrases.get(0);
            if (random.nextBoolean()) {
                finder.remove(removed);
                phrases.removeIf(removed::equals);
            }
            String text = text(random, random.nextInt(60));
            Set<String> expected = phrases.stream().filter(text::contains).collect(Collectors.toSet());
            assertEquals(expected, finder.foundIn(text), () -> "in “" + text + "”");
            hits += expected.size();
        }
        assertTrue(hits > 300, "the random phrases occur often enough to compare both answers");
        assertThrows(IllegalArgumentException.class, () -> new PhraseFinder().add(""));
    }

    @Test
    void longFormsWrittenOutCountAsIntroducedAmongManyAbbreviations() {
        Map<String, String> entries = new LinkedHashMap<>();
        for (int i = 0; i < 5_000; i++) {
            entries.put("KX" + i, "Kilo Xray number " + i);
        }
        entries.put("UN", "United Nations");
        entries.put("ONU", "united nations");
        AbbreviationExpansions expansions = new AbbreviationExpansions(new Glossary(entries));
        expansions.seeText("The KILO XRAY NUMBER 42 and the United Nations met.");
        assertEquals("KX42", expansions.textFor(new Abbreviation("KX42", "Kilo Xray number 42")));
        assertEquals("KX4", expansions.textFor(new Abbreviation("KX4", "Kilo Xray number 4")));
        assertEquals("ONU", expansions.textFor(new Abbreviation("ONU", "united nations")));
        assertEquals("Kilo Xray number 7 (KX7)", expansions.textFor(new Abbreviation("KX7", "Kilo Xray number 7")));
        expansions.seeText("Kilo Xray number 7 again.");
        assertEquals("KX7", expansions.textFor(new Abbreviation("KX7", "Kilo Xray number 7")));
    }

    private static String text(Random random, int length) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            out.append("abc ".charAt(random.nextInt(4)));
        }
        return out.toString();
    }
}
