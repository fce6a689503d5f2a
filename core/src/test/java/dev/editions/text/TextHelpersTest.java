package dev.editions.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.editions.EditionsException;
import dev.editions.fixtures.Fixtures;
import dev.editions.model.Abbreviation;
import dev.editions.model.Document;
import dev.editions.model.Emphasis;
import dev.editions.model.Glossary;
import dev.editions.model.Heading;
import dev.editions.model.LanguageSpan;
import dev.editions.model.LineBreak;
import dev.editions.model.Link;
import dev.editions.model.Metadata;
import dev.editions.model.Paragraph;
import dev.editions.model.Strong;
import dev.editions.model.Text;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextHelpersTest {
    private static final Abbreviation NATO = new Abbreviation("NATO", "North Atlantic Treaty Organization");

    @Test
    void plainTextReadsAbbreviationsAsTheirShortForm() {
        assertEquals("Ask NATO now\nor later", PlainText.of(List.of(new Text("Ask "), NATO,
                new Emphasis(List.of(new Text(" now"))), LineBreak.INSTANCE, new Text("or later"))));
    }

    @Test
    void textRunsFlattenNestedStylesAndNumberLinks() {
        List<TextRun> runs = TextRuns.of(List.of(
                new Strong(List.of(new Emphasis(List.of(new Text("both"))))),
                new Link("https://a.example", null, List.of(new Text("first "), new Strong(List.of(new Text("link"))))),
                new Link("https://b.example", null, List.of(new Text("second"))),
                new LanguageSpan("ru", List.of(new Text("да"), NATO))));
        assertEquals(new TextRun("both", true, true, false, null, -1, null, null), runs.get(0));
        assertEquals(new TextRun("first ", false, false, false, "https://a.example", 0, null, null), runs.get(1));
        assertEquals(new TextRun("link", false, true, false, "https://a.example", 0, null, null), runs.get(2));
        assertEquals(1, runs.get(3).linkIndex());
        assertEquals(new TextRun("NATO", false, false, false, null, -1, NATO, "ru"), runs.get(5));
    }

    @Test
    void outlineGivesUniqueIdsByGitHubsRule() {
        Document document = Document.of(Metadata.titled("T"), List.of(
                new Heading(1, List.of(new Text("Résumé & Results"))),
                Paragraph.of("text"),
                new Heading(2, List.of(new Text("Résumé & Results"))),
                new Heading(2, List.of(new Text("2024"))),
                new Heading(3, List.of(new Text("Итоги")))));
        List<Outline.Entry> entries = Outline.of(document).entries();
        assertEquals(List.of("résumé--results", "résumé--results-1", "h-2024", "итоги"),
                entries.stream().map(Outline.Entry::id).toList());
        assertEquals(2, entries.get(1).block());
        assertEquals("Résumé & Results", entries.get(1).text());
    }

    @Test
    void abbreviationsAreExpandedOnceUnlessAlreadySpelledOut() {
        Glossary glossary = new Glossary(Map.of("NATO", NATO.longForm(), "RIAC", Fixtures.RIAC));
        AbbreviationExpansions expansions = new AbbreviationExpansions(glossary);
        expansions.seeText("The " + Fixtures.RIAC + " (RIAC) met.");
        assertEquals("RIAC", expansions.textFor(new Abbreviation("RIAC", Fixtures.RIAC)));
        assertEquals("North Atlantic Treaty Organization (NATO)", expansions.textFor(NATO));
        assertEquals("NATO", expansions.textFor(NATO));
    }

    @Test
    void identifiersAreStableAndPreferTheDocumentsOwn() {
        assertEquals(Identifiers.of(Fixtures.sample()), Identifiers.of(Fixtures.sample()));
        assertTrue(Identifiers.of(Fixtures.sample()).startsWith("urn:uuid:"));
        assertEquals("urn:isbn:9780000000002", Identifiers.of(Fixtures.featureRich()));
        assertFalse(Identifiers.of(Fixtures.sample()).equals(Identifiers.of(Fixtures.largeReport(1))));
    }
}
