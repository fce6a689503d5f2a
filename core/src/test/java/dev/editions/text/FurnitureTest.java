package dev.editions.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class FurnitureTest {
    @ParameterizedTest
    @MethodSource("dev.editions.text.Furniture#languages")
    void everyLanguageHasEveryWordEnglishHas(String language) throws IOException {
        Properties english = read("en");
        Properties words = read(language);
        assertEquals(english.stringPropertyNames(), words.stringPropertyNames(), language);
        for (String key : words.stringPropertyNames()) {
            String value = words.getProperty(key);
            assertFalse(value.isBlank(), language + " " + key);
            assertTrue(key.startsWith("abbreviations.") || value.strip().equals(value),
                    language + " " + key + " has stray spaces");
        }
        Furniture furniture = Furniture.of(language);
        assertTrue(furniture.translated());
        assertEquals(language, furniture.language());
        String page = furniture.page(3, 17);
        assertTrue(page.contains("3") && page.contains("17") && !page.contains("{"), language + ": " + page);
        assertTrue(furniture.figure(12).contains("12") && furniture.table(4).contains("4"), language);
        if (!language.equals("en")) {
            assertNotEquals(Furniture.of("en").contents(), furniture.contents(), language + " is not English");
        }
        for (Furniture.Summary sentence : Furniture.Summary.values()) {
            String one = furniture.summary(sentence, 1);
            String seven = furniture.summary(sentence, 7);
            assertFalse(one.contains("{") || one.contains("'") && !language.matches("fr|it|nl"), language + ": " + one);
            assertFalse(seven.contains("''") || seven.contains("{"), language + ": " + seven);
            if (Set.of(Furniture.Summary.PICTURES, Furniture.Summary.DECORATIONS, Furniture.Summary.TABLES,
                    Furniture.Summary.CAPTIONED_TABLES).contains(sentence)) {
                assertTrue(seven.contains("7") && one.contains("1"), language + ": " + seven);
            } else {
                assertEquals(one, seven, language + ": a sentence without a number");
            }
        }
    }

    @ParameterizedTest
    @CsvSource({
        "en-GB, en", "fr-CA, fr", "pt-BR, pt", "de-CH, de", "zh, zh", "zh-CN, zh", "zh-Hans, zh", "zh-TW, zh-Hant",
        "zh-Hant-HK, zh-Hant", "zh-HK, zh-Hant", "iw, he", "ja-JP, ja", "ar-EG, ar"})
    void aTagFindsTheWordsOfItsLanguage(String tag, String language) {
        assertEquals(language, Furniture.of(tag).language());
        assertTrue(Furniture.of(tag).translated());
    }

    @Test
    void anotherLanguageGetsEnglishAndSaysSo() {
        for (String tag : new String[] {"sw", "und", "", "x-private"}) {
            Furniture furniture = Furniture.of(tag);
            assertFalse(furniture.translated(), tag);
            assertEquals("Contents", furniture.contents());
        }
        assertFalse(Furniture.of(null).translated());
    }

    @Test
    void wordsReadAsTheyShould() {
        Furniture english = Furniture.of("en");
        assertEquals("Page 3 of 17", english.page(3, 17));
        assertEquals("Figure 1200", english.figure(1200), "no grouping separator");
        assertEquals("Abbreviations are spelled out at their first use and listed in the glossary of abbreviations.",
                english.abbreviationsNoteBefore() + english.glossaryLink() + english.abbreviationsNoteAfter());
        Furniture german = Furniture.of("de");
        assertEquals("Seite 3 von 17", german.page(3, 17));
        assertEquals("Abkürzungen werden bei ihrer ersten Verwendung ausgeschrieben und im Abkürzungsverzeichnis"
                + " aufgeführt.", german.abbreviationsNoteBefore() + german.glossaryLink()
                + german.abbreviationsNoteAfter());
        assertEquals("第 3 页，共 17 页", Furniture.of("zh").page(3, 17));
        assertEquals("1 picture has a text alternative.", english.summary(Furniture.Summary.PICTURES, 1));
        assertEquals("2 tables have header cells and a caption.",
                english.summary(Furniture.Summary.CAPTIONED_TABLES, 2));
        assertEquals("Les passages en d'autres langues sont marqués avec leur langue.",
                Furniture.of("fr").summary(Furniture.Summary.LANGUAGES, 0));
        assertEquals("3 images décoratives sont masquées aux technologies d'assistance.",
                Furniture.of("fr").summary(Furniture.Summary.DECORATIONS, 3));
        assertEquals(Set.copyOf(Furniture.languages()).size(), Furniture.languages().size());
    }

    private static Properties read(String language) throws IOException {
        try (InputStream in = Furniture.class.getResourceAsStream("furniture_" + language + ".properties")) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
