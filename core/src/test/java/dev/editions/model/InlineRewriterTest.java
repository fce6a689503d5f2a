package dev.editions.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.editions.fixtures.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A rewrite keeps what its function leaves unchanged, and rebuilds only the path to what it changes. */
class InlineRewriterTest {
    @Test
    void aRewriteThatChangesNothingReturnsTheSameDocument() {
        Document document = Fixtures.featureRich();
        assertSame(document, new InlineRewriter(List::of).document(document));
    }

    @Test
    void onlyTheBlocksWithAChangeAreRebuilt() {
        Paragraph first = new Paragraph(List.of(new Text("keep "), new Emphasis(List.of(new Text("old")))));
        Paragraph second = Paragraph.of("untouched");
        Document document = Document.of(Metadata.titled("T"), List.of(first, second));
        Document rewritten = new InlineRewriter(inline -> List.of(inline instanceof Text text && text.text().equals("old")
                ? new Text("new") : inline)).document(document);
        assertNotSame(document, rewritten);
        assertEquals(List.of(new Paragraph(List.of(new Text("keep "), new Emphasis(List.of(new Text("new"))))), second),
                rewritten.blocks());
        assertSame(second, rewritten.blocks().get(1));
        assertSame(first.content().get(0), ((Paragraph) rewritten.blocks().get(0)).content().get(0));
    }
}
