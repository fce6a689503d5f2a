package dev.editions.markdown.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.editions.model.Emphasis;
import dev.editions.model.Inline;
import dev.editions.model.LineBreak;
import dev.editions.model.Text;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Merging the texts of a paragraph keeps every other inline and joins each run of texts once. */
class InlinesTest {
    @Test
    void adjacentTextsAreJoinedAndOtherInlinesKept() {
        Emphasis emphasis = new Emphasis(List.of(new Text("c")));
        List<Inline> merged = Inlines.merge(List.of(new Text("a"), new Text("b"), emphasis, new Text("d"),
                new LineBreak(), new Text("e"), new Text("f"), new Text("g")));
        assertEquals(List.of(new Text("ab"), emphasis, new Text("d"), new LineBreak(), new Text("efg")), merged);
        assertEquals(List.of(), Inlines.merge(List.of()));
    }

    /**
     * A paragraph of many lines arrives as many texts. Joining them one by one copies the text so far
     * each time (quadratic: about 9 GB for these 20,000 texts); joining each run once copies it once.
     */
    @Test
    void aParagraphOfManyTextsIsCopiedOnce() {
        List<Inline> texts = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            texts.add(new Text("a line of ten words or so that goes on and on\n"));
        }
        int length = texts.size() * ((Text) texts.get(0)).text().length();
        Inlines.merge(texts.subList(0, 100));
        long before = allocated();
        List<Inline> merged = Inlines.merge(texts);
        long bytes = allocated() - before;
        assertEquals(1, merged.size());
        assertEquals(length, ((Text) merged.get(0)).text().length());
        assertTrue(bytes < 20L * length, () -> "allocated " + bytes + " bytes to merge " + length + " characters");
    }

    private static long allocated() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }
}
