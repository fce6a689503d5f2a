package dev.editions.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.editions.fixtures.Fixtures;
import dev.editions.model.Block;
import dev.editions.model.Document;
import dev.editions.model.Heading;
import dev.editions.model.ListBlock;
import dev.editions.model.Paragraph;
import dev.editions.model.Removal;
import dev.editions.model.Table;
import dev.editions.read.PlainTextReader;
import dev.editions.read.Source;
import dev.editions.read.SourceKind;
import dev.editions.text.PlainText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The standard stages on the real sample report and on small texts showing each rule. */
class NormaliserTest {
    private static final Normaliser STANDARD = Normaliser.standard();

    private static Document read(String text) {
        return new PlainTextReader().read(Source.of("report.txt", text.getBytes(StandardCharsets.UTF_8)));
    }

    private static Document normalise(String text) {
        return STANDARD.normalise(read(text), SourceKind.PLAIN_TEXT).document();
    }

    private static List<String> texts(Document document) {
        return document.blocks().stream().map(PlainText::of).toList();
    }

    @Test
    void theSampleReportBecomesTheDocumentItStandsFor() throws IOException {
        byte[] bytes = Files.readAllBytes(Path.of("../samples/defining-dialogue.txt"));
        Document document = STANDARD.normalise(new PlainTextReader().read(Source.of("defining-dialogue.txt", bytes)),
                SourceKind.PLAIN_TEXT).document();
        Document expected = Fixtures.sample();
        assertEquals(expected.metadata(), document.metadata());
        assertEquals(expected.blocks(), document.blocks());
        assertEquals(expected.glossary().entries(), document.glossary().entries());
        List<Removal> removals = document.removals();
        assertEquals(5, removals.size());
        assertEquals("became the title", removals.get(0).reason());
        assertTrue(removals.get(1).text().contains("held by RUSI in collaboration"), removals.get(1).text());
        assertEquals(0, removals.get(1).keptIndex());
    }

    @Test
    void everyStageCanBeSwitchedOff() throws IOException {
        byte[] bytes = Files.readAllBytes(Path.of("../samples/defining-dialogue.txt"));
        Document raw = new PlainTextReader().read(Source.of("defining-dialogue.txt", bytes));
        assertEquals(List.of("front-matter", "furniture", "contents", "preformatted", "tables", "lists", "hard-wraps",
                "title", "headings", "characters", "abbreviations", "teasers", "dedupe", "language"), STANDARD.names());
        Document withoutDedupe = STANDARD.without("dedupe").normalise(raw, SourceKind.PLAIN_TEXT).document();
        assertEquals(8, withoutDedupe.blocks().size());
        Document withoutWraps = STANDARD.without("hard-wraps").normalise(raw, SourceKind.PLAIN_TEXT).document();
        assertEquals(1, withoutWraps.blocks().size());
    }

    @Test
    void hardWrapsAreJoinedAndHyphenatedWordsRepaired() {
        Document document = normalise("""
                The recom-
                mendation was made by a cross-
                border group.
                The cross-border group is G7-
                led and it uses UTF-
                8 text.
                """);
        assertEquals(List.of("The recommendation was made by a cross-border group.",
                "The cross-border group is G7-led and it uses UTF-8 text."), texts(document));
    }

    @Test
    void downloadArtefactsAreRemovedOnlyFromTitleLinesAtTheEdges() {
        Document document = normalise("""
                The archive is a 5 GB download of every dataset we hold.

                It was updated in 2024 (PDF, 4.7 MB) style notes are kept.

                Annual Security Review 2024 (PDF, 4.7 MB)
                """);
        assertEquals("Annual Security Review 2024", document.metadata().title());
        assertEquals(List.of("The archive is a 5 GB download of every dataset we hold.",
                "It was updated in 2024 (PDF, 4.7 MB) style notes are kept."), texts(document));
    }

    @Test
    void headingsListsAndTablesAreFound() {
        Document document = normalise("""
                Annual Review

                Results by Country

                The results follow.

                - first point
                - second point
                  continued here

                1. one
                2. two

                Country    Population
                France     68
                Germany    84
                """);
        List<Block> blocks = document.blocks();
        assertEquals("Annual Review", document.metadata().title());
        assertEquals(new Heading(1, List.of(new dev.editions.model.Text("Results by Country"))), blocks.get(0));
        assertInstanceOf(Paragraph.class, blocks.get(1));
        ListBlock bullets = assertInstanceOf(ListBlock.class, blocks.get(2));
        assertEquals(List.of("second point continued here"), List.of(PlainText.of(bullets.items().get(1).blocks().get(0))));
        ListBlock numbers = assertInstanceOf(ListBlock.class, blocks.get(3));
        assertTrue(numbers.ordered());
        Table table = assertInstanceOf(Table.class, blocks.get(4));
        assertEquals(1, table.header().size());
        assertEquals(2, table.body().size());
    }

    @Test
    void twoSpacesAfterAFullStopDoNotMakeATable() {
        Document document = normalise("""
                First sentence.  Second sentence is longer than the first one.
                Another line.  With two spaces after its full stop as well here.
                """);
        assertTrue(document.blocks().stream().noneMatch(Table.class::isInstance), document.blocks().toString());
    }

    @Test
    void charactersAreCleanedButTypographyIsKept() {
        Document document = normalise("Soft\u00ADhyphen and zero\u200Bwidth,   spaces; “quotes” – dashes\u00A0kept. Cafe\u0301.");
        assertEquals(List.of("Softhyphen and zerowidth, spaces; “quotes” – dashes\u00A0kept. Café."), texts(document));
    }

    @Test
    void theMoreCompleteCopyIsKeptWhereTheFirstStood() {
        String passage = """
                The Commission met the NATO staff in Brussels twice this year, once in spring and once again \
                in the autumn, to agree the programme of joint exercises for the coming year.

                A different paragraph about budgets, staffing and the plans for the coming year, which the \
                Commission discussed at length with the national delegations before the summer recess.

                The last paragraph of the passage says that the report was approved by every delegation \
                present and will be published in both official languages before the end of the year.

                """;
        Document document = normalise(passage + passage.replace("the NATO staff",
                "the North Atlantic Treaty Organization (NATO) staff"));
        assertEquals(3, document.blocks().size(), texts(document).toString());
        assertTrue(texts(document).get(0).contains("(NATO)"));
        assertEquals("North Atlantic Treaty Organization", document.glossary().entries().get("NATO"));
        assertEquals(0, document.removals().get(0).keptIndex());
    }

    @Test
    void aLongReportIsDeduplicatedInOnePass() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 2_000; i++) {
            text.append("Paragraph ").append(i).append(" discusses topic ").append(i * 7919 % 1000)
                    .append(" with enough distinct words to be compared fairly across the whole of this long")
                    .append(" generated report, as exports make them.\n\n");
        }
        text.append(text);
        Document document = normalise(text.toString());
        assertEquals(2_000, document.blocks().size());
    }
}
