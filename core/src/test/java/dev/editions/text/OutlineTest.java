package dev.editions.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.editions.model.Block;
import dev.editions.model.Document;
import dev.editions.model.Heading;
import dev.editions.model.Metadata;
import dev.editions.model.Paragraph;
import dev.editions.model.Text;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Anchor ids of repeated headings, and finding a heading's entry by its block. */
class OutlineTest {
    private static Document headings(String... texts) {
        List<Block> blocks = new ArrayList<>();
        for (String text : texts) {
            blocks.add(new Heading(2, List.of(new Text(text))));
            blocks.add(Paragraph.of("text"));
        }
        return Document.of(Metadata.titled("T"), blocks);
    }

    private static List<String> ids(Document document) {
        return Outline.of(document).entries().stream().map(Outline.Entry::id).toList();
    }

    @Test
    void repeatsTakeTheFirstFreeNumberEvenWhenAnotherHeadingHoldsOne() {
        assertEquals(List.of("results", "results-2", "results-1", "results-3", "results-4", "results-2-1"),
                ids(headings("Results", "Results 2", "Results", "Results 3", "Results", "Results 2")));
        assertEquals(List.of("results-1", "results", "results-2", "results-3"),
                ids(headings("Results 1", "Results", "Results", "Results")));
    }

    /**
     * A long report whose headings all have the same text gives them all the same base id. Trying the
     * numbers from 2 for each repeat builds about n²/2 candidate ids (some 10 GB of strings for these
     * 20,000); remembering the next number per base builds one or two each.
     */
    @Test
    void manyIdenticalHeadingsAreNumberedInOnePass() {
        String[] texts = new String[20_000];
        Arrays.fill(texts, "Раздел");
        Document document = headings(texts);
        ids(headings("Раздел", "Раздел"));
        long before = allocated();
        List<String> ids = ids(document);
        long bytes = allocated() - before;
        assertEquals("раздел", ids.get(0));
        assertEquals("раздел-19999", ids.get(19_999));
        assertEquals(20_000, ids.stream().distinct().count());
        assertTrue(bytes < 100_000_000L, () -> "allocated " + bytes + " bytes for 20,000 ids");
    }

    @Test
    void entriesAreFoundByTheirBlock() {
        Outline outline = Outline.of(headings("One", "Two", "Three"));
        assertEquals("two", outline.at(2).orElseThrow().id());
        assertEquals("three", outline.at(4).orElseThrow().id());
        assertEquals(Optional.empty(), outline.at(3));
        assertEquals(Optional.empty(), outline.at(-1));
        assertEquals(Optional.empty(), outline.at(6));
    }

    @Test
    void entriesOutOfReadingOrderAreRefused() {
        Outline.Entry first = new Outline.Entry(4, 1, "A", "a");
        Outline.Entry second = new Outline.Entry(2, 1, "B", "b");
        assertThrows(IllegalArgumentException.class, () -> new Outline(List.of(first, second)));
        assertThrows(IllegalArgumentException.class, () -> new Outline(List.of(first, first)));
    }

    private static long allocated() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    @Test
    void idsFollowGitHubsRuleInEveryScriptAndStayXmlNames() {
        assertEquals(List.of("méta", "中文标题", "μέθοδος-και-αποτελέσματα", "итоги-2024", "h-2024-results", "c-and-c",
                "snake_case-word", "section", "h-42"),
                ids(headings("Méta", "中文标题", "Μέθοδος και αποτελέσματα", "Итоги 2024!", "2024 results", "C++ and C#",
                        "snake_case word", "???", "42")));
        assertEquals("résumé--results", ids(headings("Résumé & Results")).get(0));
        assertEquals("x", HeadingIds.safe("ª×x"), "characters no XML name holds are dropped");
    }

    @Test
    void anIdTheAuthorGaveIsKeptAndMadeUniqueAndValid() {
        Document document = Document.of(Metadata.titled("T"), List.of(
                new Heading(2, List.of(new Text("Findings"))),
                new Heading(2, List.of(new Text("Main findings")), "findings"),
                new Heading(2, List.of(new Text("Annex")), "1st")));
        assertEquals(List.of("findings", "findings-1", "h-1st"), ids(document));
        assertThrows(IllegalArgumentException.class, () -> new Heading(2, List.of(new Text("x")), "two words"));
        assertThrows(IllegalArgumentException.class, () -> new Heading(2, List.of(new Text("x")), "#x"));
    }

    @Test
    void linksFindTheirHeadingByGitHubsFoldedOrEncodedSpelling() {
        Document document = Document.of(Metadata.titled("T"), List.of(
                new Heading(2, List.of(new Text("Méta"))),
                new Heading(2, List.of(new Text("Résumé & Results"))),
                new Heading(2, List.of(new Text("2024"))),
                new Heading(2, List.of(new Text("Annex")), "annex-a"),
                new Heading(2, List.of(new Text("Méta")))));
        HeadingAnchors anchors = HeadingAnchors.of(document);
        assertEquals(Optional.of("méta"), anchors.resolve("méta"));
        assertEquals(Optional.of("méta"), anchors.resolve("meta"));
        assertEquals(Optional.of("méta"), anchors.resolve("M%C3%A9ta"));
        assertEquals(Optional.of("méta-1"), anchors.resolve("meta-1"));
        assertEquals(Optional.of("résumé--results"), anchors.resolve("resume-results"));
        assertEquals(Optional.of("h-2024"), anchors.resolve("2024"));
        assertEquals(Optional.of("annex-a"), anchors.resolve("annex-a"));
        assertEquals(Optional.empty(), anchors.resolve("annex"), "a heading with an id of its own has only that id");
        assertEquals(Optional.empty(), anchors.resolve("nowhere"));
        assertEquals(Optional.empty(), anchors.resolve("%E0%A4"), "bytes that are not UTF-8 match nothing");
    }
}
