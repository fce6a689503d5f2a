package dev.editions.epub.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.editions.model.Block;
import dev.editions.model.Document;
import dev.editions.model.Heading;
import dev.editions.model.Metadata;
import dev.editions.model.Paragraph;
import dev.editions.model.Text;
import dev.editions.text.Outline;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Finding the content document that holds a block, among many chapters. */
class ChaptersTest {
    @Test
    void everyBlockIsFoundInTheChapterThatHoldsIt() {
        List<Block> blocks = new ArrayList<>(List.of(Paragraph.of("Before the first heading.")));
        for (int i = 0; i < 1_000; i++) {
            blocks.add(new Heading(2, List.of(new Text("Раздел"))));
            blocks.add(Paragraph.of("Text " + i + "."));
        }
        Document document = Document.of(Metadata.titled("T"), blocks);
        Chapters chapters = Chapters.of(document, Outline.of(document));
        assertEquals(1_001, chapters.list().size());
        for (int block = 0; block < blocks.size(); block++) {
            Chapters.Chapter chapter = chapters.holding(block);
            assertEquals(true, chapter.from() <= block && block < chapter.to(), "block " + block);
        }
        assertEquals("chapter-1.xhtml", chapters.holding(0).file());
        assertEquals("chapter-2.xhtml", chapters.holding(2).file());
        assertEquals("chapter-1001.xhtml", chapters.holding(blocks.size()).file(), "past the end: the last");
        assertEquals("chapter-1001.xhtml", chapters.holding(-1).file());
    }

    @Test
    void chaptersOutOfReadingOrderAreRefused() {
        Chapters.Chapter first = new Chapters.Chapter("a.xhtml", "A", Optional.empty(), 0, 5);
        Chapters.Chapter overlapping = new Chapters.Chapter("b.xhtml", "B", Optional.empty(), 4, 8);
        assertThrows(IllegalArgumentException.class, () -> new Chapters(List.of(first, overlapping), 1));
    }
}
