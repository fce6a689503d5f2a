package dev.editions.docx.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.editions.model.Block;
import dev.editions.model.Document;
import dev.editions.model.Heading;
import dev.editions.model.Metadata;
import dev.editions.model.Text;
import dev.editions.text.Outline;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bookmark names are cut to Word's 40 characters and numbered when the cut makes them equal. */
class BookmarksTest {
    private static final String LONG = "Results of the survey of regional transport networks in the north";

    private static Outline headings(int count) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            blocks.add(new Heading(2, List.of(new Text(LONG))));
        }
        return Outline.of(Document.of(Metadata.titled("T"), blocks));
    }

    @Test
    void longIdsThatAgreeUpToTheCutAreNumbered() {
        Outline outline = headings(3);
        Bookmarks bookmarks = Bookmarks.of(outline, true);
        List<String> names = outline.entries().stream().map(e -> bookmarks.heading(e.id())).toList();
        assertEquals(List.of("results_of_the_survey_of_regional_transp", "results_of_the_survey_of_regional_tran_2",
                "results_of_the_survey_of_regional_tran_3"), names);
        assertEquals("glossary", bookmarks.glossary().orElseThrow());
    }

    /**
     * Trying the numbers from 2 for each repeat builds about n²/2 candidate names (some 37 GB of
     * strings for these 20,000 headings); remembering the next number per base builds one or two each.
     */
    @Test
    void manyLongIdenticalHeadingsAreNamedInOnePass() {
        Outline outline = headings(20_000);
        Bookmarks.of(headings(3), false);
        long before = allocated();
        Bookmarks bookmarks = Bookmarks.of(outline, false);
        long bytes = allocated() - before;
        assertEquals("results_of_the_survey_of_regional__20000", bookmarks.heading(outline.entries().get(19_999).id()));
        assertTrue(bytes < 100_000_000L, () -> "allocated " + bytes + " bytes for 20,000 names");
    }

    private static long allocated() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }
}
