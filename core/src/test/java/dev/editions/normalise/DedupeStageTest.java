package dev.editions.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.editions.model.Block;
import dev.editions.model.Code;
import dev.editions.model.Document;
import dev.editions.model.Inline;
import dev.editions.model.LineBreak;
import dev.editions.model.Metadata;
import dev.editions.model.Paragraph;
import dev.editions.model.Removal;
import dev.editions.model.Text;
import dev.editions.read.PlainTextReader;
import dev.editions.read.Source;
import dev.editions.read.SourceKind;
import dev.editions.text.PlainText;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the dedupe stage removes, and above all what it keeps. */
class DedupeStageTest {
    private static final Normaliser STANDARD = Normaliser.standard();
    private static final Normaliser DEDUPE_ONLY = Normaliser.of(List.of(new DedupeStage()));

    /** Distinct prose paragraphs of two sentences and 25 to 35 words. */
    private static final List<String> PROSE = List.of(
            "The committee met four times during the year to review the budget. It agreed that the reserve fund"
                    + " should be kept at its present level until the audit is complete.",
            "Field teams visited twelve districts in the northern region between March and June. They reported"
                    + " that most of the new wells were working and that demand for repairs had fallen.",
            "The second round of talks was held in Geneva in the autumn. Both delegations asked for the next"
                    + " meeting to take place before the spring, when the harvest season begins.",
            "Most respondents said that the training had changed how they plan their work. A smaller group"
                    + " asked for longer sessions and for material they could take back to their offices.",
            "The board approved the revised strategy at its December meeting. Its members stressed that the"
                    + " targets for the coming three years must be reported on openly and every quarter.",
            "Transport costs rose sharply after the bridge was closed for repairs in the summer. Traders in the"
                    + " eastern markets passed most of the increase on to their customers within weeks.",
            "The survey covered nine hundred households in four provinces and was repeated a year later. The"
                    + " results show a clear rise in school attendance among girls in the rural areas.");

    private static Document plain(String text) {
        Document raw = new PlainTextReader().read(Source.of("report.txt", text.getBytes(StandardCharsets.UTF_8)));
        return STANDARD.normalise(raw, SourceKind.PLAIN_TEXT).document();
    }

    private static Document paragraphs(List<String> texts) {
        return Document.of(Metadata.titled("Report"), texts.stream().<Block>map(Paragraph::of).toList());
    }

    private static Document dedupe(Document document, SourceKind kind) {
        return DEDUPE_ONLY.normalise(document, kind).document();
    }

    private static List<String> texts(Document document) {
        return document.blocks().stream().map(PlainText::of).toList();
    }

    private static int removed(Document document) {
        return (int) document.removals().stream().filter(r -> r.stage().equals("dedupe")).count();
    }

    @Test
    void chorusesAndRepeatedLinesOfVerseAreKept() {
        String chorus = """
                Gone, gone, sold and gone,
                To the rice-swamp dank and lone,
                From Virginia's hills and waters,
                Woe is me, my stolen daughters!
                """;
        Document document = plain(chorus + "\nWhere the slave-whip ceaseless swings,\nWhere the noisome insect stings,\n\n"
                + chorus + "\nThere no mother's eye is near them,\nThere no mother's ear can hear them;\n\n" + chorus);
        assertEquals(0, removed(document), texts(document).toString());
    }

    @Test
    void theLinesOfAnAlgorithmAreKept() {
        Document document = plain("""
                   if defined(R.scheme) then
                      T.scheme    = R.scheme;
                      T.path      = remove_dot_segments(R.path);
                   else
                      if defined(R.authority) then
                         T.authority = R.authority;
                      else
                         T.path = merge(Base.path, R.path);
                      endif;
                      T.scheme = Base.scheme;
                   endif;
                   T.fragment = R.fragment;
                """);
        assertEquals(0, removed(document), texts(document).toString());
    }

    @Test
    void linesWithoutLettersAreNeverCopiesOfEachOther() {
        Document document = plain("""
                ╔══════════════════════════════════════════╗

                ║                                          ║

                ⡍⠜⠇⠑⠹ ⠺⠁⠎ ⠙⠑⠁⠙⠒ ⠞⠕ ⠃⠑⠛⠔ ⠺⠊⠹⠲ ⡹⠻⠑ ⠊⠎ ⠝⠕ ⠙⠳⠃⠞

                😇

                ║                                          ║

                ╚══════════════════════════════════════════╝
                """);
        assertEquals(0, removed(document), texts(document).toString());
    }

    @Test
    void paragraphsOfLinesOrOfCodeAreNeverRemoved() {
        String prose = PROSE.get(0);
        int half = prose.indexOf(". ") + 1;
        Paragraph lines = new Paragraph(List.of(new Text(prose.substring(0, half)), LineBreak.INSTANCE,
                new Text(prose.substring(half + 1))));
        List<Inline> code = new ArrayList<>();
        for (String line : prose.split("\\. ")) {
            if (!code.isEmpty()) {
                code.add(LineBreak.INSTANCE);
            }
            code.add(new Code(line));
        }
        Paragraph codeBlock = new Paragraph(code);
        Paragraph codeLine = new Paragraph(List.of(new Code(prose)));
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            blocks.addAll(List.of(lines, lines, codeBlock, codeBlock, codeLine, codeLine));
        }
        for (SourceKind kind : SourceKind.values()) {
            Document document = dedupe(Document.of(Metadata.titled("Report"), blocks), kind);
            assertEquals(blocks.size(), document.blocks().size(), kind.toString());
        }
    }

    @Test
    void shortParagraphsAreKeptEvenWhenExactCopiesSitSideBySide() {
        String instruction = "Run the installer again after the update has finished downloading.";
        Document document = dedupe(paragraphs(List.of(instruction, instruction, instruction)), SourceKind.PLAIN_TEXT);
        assertEquals(3, document.blocks().size());
    }

    @Test
    void aParagraphPastedTwiceSideBySideIsRemoved() {
        Document document = dedupe(paragraphs(List.of(PROSE.get(0), PROSE.get(1), PROSE.get(1), PROSE.get(2))),
                SourceKind.PLAIN_TEXT);
        assertEquals(List.of(PROSE.get(0), PROSE.get(1), PROSE.get(2)), texts(document));
        Removal removal = document.removals().get(0);
        assertEquals(1, removal.keptIndex());
        assertEquals("exact copy", removal.reason());
    }

    @Test
    void aParagraphRestatedFarAwayAmongOtherTextIsKept() {
        List<String> texts = List.of(PROSE.get(0), PROSE.get(1), PROSE.get(2), PROSE.get(3), PROSE.get(0), PROSE.get(4));
        assertEquals(texts, texts(dedupe(paragraphs(texts), SourceKind.PLAIN_TEXT)));
    }

    @Test
    void twoParagraphsRestatedTogetherAreKeptButAPassageOfThreeIsRemoved() {
        List<String> two = List.of(PROSE.get(0), PROSE.get(1), PROSE.get(2), PROSE.get(3), PROSE.get(0), PROSE.get(1));
        assertEquals(two, texts(dedupe(paragraphs(two), SourceKind.PLAIN_TEXT)));
        List<String> three = new ArrayList<>(PROSE.subList(0, 5));
        three.add("Notes from the field:");
        three.addAll(PROSE.subList(0, 3));
        Document document = dedupe(paragraphs(three), SourceKind.PLAIN_TEXT);
        assertEquals(6, document.blocks().size());
        assertEquals(List.of(0, 1, 2), document.removals().stream().map(Removal::keptIndex).toList());
    }

    @Test
    void boilerplateIsRemovedHoweverOftenItIsRepeated() {
        String disclaimer = "The views expressed in this report are those of the authors alone. They do not reflect"
                + " the official policy or position of any agency of the government or of the publisher.";
        for (int repeats : new int[] {3, 10, 150, 10_000}) {
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < repeats; i++) {
                texts.add(disclaimer);
                texts.add(PROSE.get(i % PROSE.size()) + " This is note " + i + " of the series.");
            }
            Document document = dedupe(paragraphs(texts), SourceKind.PLAIN_TEXT);
            assertEquals(repeats - 1, removed(document), repeats + " repeats");
            assertEquals(1, Collections.frequency(texts(document), disclaimer), repeats + " repeats");
        }
    }

    @Test
    void aCopyWithASentenceAddedIsKeptInPlaceOfTheFirst() {
        String added = PROSE.get(1) + " A third team will start work in the western region next year.";
        Document document = dedupe(paragraphs(List.of(PROSE.get(0), PROSE.get(1), added, PROSE.get(2))),
                SourceKind.PLAIN_TEXT);
        assertEquals(List.of(PROSE.get(0), added, PROSE.get(2)), texts(document));
        Removal removal = document.removals().get(0);
        assertEquals(PROSE.get(1), removal.text());
        assertTrue(removal.similarity() < 1 && removal.reason().startsWith("near copy"), removal.reason());
    }

    @Test
    void aCopyWithASentenceCutIsRemovedAndTheWholeKept() {
        String whole = PROSE.get(1) + " A third team will start work in the western region next year.";
        Document document = dedupe(paragraphs(List.of(whole, PROSE.get(1))), SourceKind.PLAIN_TEXT);
        assertEquals(List.of(whole), texts(document));
    }

    @Test
    void aWordChangedOrInsertedMakesAnotherParagraph() {
        String year = PROSE.get(0).replace("during the year", "during 2019");
        String other = PROSE.get(0).replace("during the year", "during 2020");
        String negated = PROSE.get(0).replace("It agreed", "It never agreed");
        String qualified = PROSE.get(0).replace("The committee met", "The committee, meeting in private session, met");
        for (List<String> pair : List.of(List.of(year, other), List.of(PROSE.get(0), negated),
                List.of(PROSE.get(0), qualified))) {
            assertEquals(pair, texts(dedupe(paragraphs(pair), SourceKind.PLAIN_TEXT)));
        }
    }

    @Test
    void copiesDifferingInCaseAndPunctuationAreTheSame() {
        String shouted = PROSE.get(0).toUpperCase(java.util.Locale.ROOT).replace(",", "").replace(".", "!");
        Document document = dedupe(paragraphs(List.of(PROSE.get(0), shouted)), SourceKind.PLAIN_TEXT);
        assertEquals(List.of(PROSE.get(0)), texts(document));
        assertEquals("copy that differs only in how abbreviations, case or punctuation are written",
                document.removals().get(0).reason());
    }

    @Test
    void textWithoutSpacesBetweenWordsIsComparedLetterByLetter() {
        String chinese = "委员会在本年度举行了四次会议以审查预算。委员会同意在审计完成之前将储备基金保持在目前的水平。";
        Document document = dedupe(paragraphs(List.of(chinese, chinese, PROSE.get(0))), SourceKind.PLAIN_TEXT);
        assertEquals(List.of(chinese, PROSE.get(0)), texts(document));
    }

    @Test
    void fromMarkdownOnlyLongCopiesWithTheSameWordsAreRemoved() {
        String longer = PROSE.get(0) + " " + PROSE.get(1);
        String added = longer + " A third team will start work in the western region next year.";
        String instruction = "For precision in this proposal, the example would compile to a form that is"
                + " semantically equivalent to the following program:";
        List<String> texts = List.of(longer, longer, PROSE.get(2), PROSE.get(2), PROSE.get(3), added,
                instruction, instruction);
        Document document = dedupe(paragraphs(texts), SourceKind.MARKUP);
        assertEquals(List.of(longer, PROSE.get(2), PROSE.get(2), PROSE.get(3), added, instruction, instruction),
                texts(document));
    }

    @Test
    void withoutASourceKindTheRulesForAuthoredSourcesApply() {
        String added = PROSE.get(1) + " A third team will start work in the western region next year.";
        Document document = paragraphs(List.of(PROSE.get(1), added, PROSE.get(2), PROSE.get(2)));
        StageResult result = new DedupeStage().apply(document);
        assertEquals(document, result.document());
        assertEquals(2, new DedupeStage().apply(document, SourceKind.PLAIN_TEXT).document().blocks().size());
    }
}
