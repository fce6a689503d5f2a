package dev.editions.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.editions.model.CodeBlock;
import dev.editions.model.Document;
import dev.editions.model.Metadata;
import dev.editions.model.Paragraph;
import dev.editions.read.PlainTextReader;
import dev.editions.read.Source;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The plain-text stages and their helpers one at a time, on the smallest texts that show each rule. */
class PlainTextStagesTest {
    private static Document read(String text) {
        return new PlainTextReader().read(Source.of("report.txt", text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void furnitureKeysMaskPageNumbersAndSpacing() {
        assertEquals("smith, et al. standards track [page #]",
                FurnitureStage.key("Smith, et al.      Standards Track        [Page 12]  "));
    }

    @Test
    void furnitureNeedsChangingPageNumbers() {
        Document document = read("A line.\n\nPage 1\n\nAnother line.\n\nPage 2\n\nA third line.\n\nPage 3\n");
        StageResult result = new FurnitureStage().apply(document);
        assertEquals(3, result.document().blocks().size());
        assertEquals("page furniture (3 lines)", result.document().removals().get(0).reason());
        Document same = read("A line.\n\nThe end\n\nAnother line.\n\nThe end\n\nA third line.\n\nThe end\n");
        assertTrue(new FurnitureStage().apply(same).changes().isEmpty());
    }

    @Test
    void preformattedBlocksLoseOnlyTheirSharedIndentation() {
        Document document = read("   Prose at the body indent, with enough words to count as prose.\n\n"
                + "        a = b / c\n          ; comment\n");
        List<?> blocks = new PreformattedStage().apply(document).document().blocks();
        assertEquals(CodeBlock.of("a = b / c\n  ; comment"), blocks.get(1));
    }

    @Test
    void verseNeedsCapitalsAndFewSentenceEnds() {
        assertTrue(Verse.is(List.of("Bubble and boil", "And snake skin coil,", "This charm shall all plans"), 72));
        assertFalse(Verse.is(List.of("It was a warm May morning, sweet with the", "fragrance of the locusts."), 40));
        assertFalse(Verse.is(List.of("- one", "- two"), 72));
    }

    @Test
    void contentsEntriesAreReadBackFromTheRemoval() {
        Document document = read("Contents\n\nIntroduction ....... 1\nMethod ............. 4\n\nIntroduction\n\n"
                + "The study looked at twelve towns over three years of local elections.\n");
        Document result = new ContentsStage().apply(document).document();
        assertEquals(List.of("Contents", "Introduction", "Method"), ContentsStage.entries(result.removals()));
        assertEquals(2, result.blocks().size());
    }

    @Test
    void shortFormsNeedTwoCapitalsOrACapitalAndADigit() {
        assertTrue(AbbreviationStage.isShortForm("R&D"));
        assertTrue(AbbreviationStage.isShortForm("G7"));
        assertTrue(AbbreviationStage.isShortForm("PM2.5"));
        assertFalse(AbbreviationStage.isShortForm("Paris"));
    }

    @Test
    void longFormsMustSpellTheShortForm() {
        assertEquals("North Atlantic Treaty Organization",
                AbbreviationStage.longForm("NATO", "the staff of the North Atlantic Treaty Organization "));
        assertEquals("Agence internationale de l’énergie",
                AbbreviationStage.longForm("AIE", "le rapport de l’Agence internationale de l’énergie "));
        assertNull(AbbreviationStage.longForm("ECB", "chaired by the Finance Minister "));
        assertNull(AbbreviationStage.longForm("AO", "AB = allocated "));
    }

    @Test
    void scriptsNameTheirLanguages() {
        assertEquals(Optional.of("ja"), Scripts.language("両国の専門家が東京で会合しました。"));
        assertEquals(Optional.of("zh"), Scripts.language("两国专家在北京举行了会议。"));
        assertEquals(Optional.of("sr"), Scripts.language("Стручњаци две земље састали су се у Београду."));
        assertEquals(Optional.of("bg"), Scripts.language("Това е доклад на експертите, които се срещнаха в София на среща."));
        assertEquals(Optional.empty(), Scripts.language("Latin letters with one word in Кириллица."));
    }

    @Test
    void frontMatterDatesAndLanguages() {
        assertEquals(Optional.of(LocalDate.of(2005, 2, 21)), Dates.parse("February 21, 2005 [EBook #15122]"));
        assertEquals(Optional.of(LocalDate.of(1998, 4, 1)), Dates.parse("1 April 1998"));
        assertEquals(Optional.of(LocalDate.of(2008, 1, 1)), Dates.parse("January 2008"));
        assertEquals(Optional.of("nl"), Languages.code("Dutch"));
        assertEquals(Optional.empty(), Languages.code("Klingon"));
    }

    @Test
    void teasersNeedTheirFullParagraph() {
        Document document = Document.of(Metadata.titled("T"), List.of(
                Paragraph.of("The programme reached four new regions this year… Weiterlesen"),
                Paragraph.of("The programme reached four new regions this year and doubled its staff.")));
        Document result = new TeaserStage().apply(document).document();
        assertEquals(1, result.blocks().size());
        assertEquals("teaser", result.removals().get(0).reason());
        Document alone = Document.of(Metadata.titled("T"), List.of(Paragraph.of("Something else entirely happened there… Read more")));
        assertTrue(new TeaserStage().apply(alone).changes().isEmpty());
    }
}
