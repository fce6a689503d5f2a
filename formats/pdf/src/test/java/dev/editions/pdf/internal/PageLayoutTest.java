package dev.editions.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.editions.model.Glossary;
import dev.editions.model.Table;
import dev.editions.model.Text;
import dev.editions.text.AbbreviationExpansions;
import dev.editions.write.EditionOptions;
import dev.editions.write.WriteContext;
import java.util.List;
import org.junit.jupiter.api.Test;

/** No first line of a paragraph alone at the foot of a page, no last line alone at the head of one. */
class PageLayoutTest {
    private static final TextStyle STYLE = Typography.BODY;
    private final InlineFlow flow = new InlineFlow(new Fragments(new FontSet()), new AbbreviationExpansions(Glossary.EMPTY));

    private List<Line> paragraph(int lines) {
        List<Line> all = LineBreaker.lines(flow.tokens(List.of(new Text("word ".repeat(lines * 40).strip())),
                STYLE, Tag.document().child("P"), 0), 200);
        return all.subList(0, lines);
    }

    /** A layout with room for exactly {@code lines} lines on its first page. */
    private static PageLayout withRoomFor(int lines) {
        PageLayout layout = new PageLayout(WriteContext.of(EditionOptions.builder().build(), "fixture"));
        layout.advance(layout.room() - lines * STYLE.leading());
        return layout;
    }

    private static int textItemsOn(PageLayout layout, int page) {
        return (int) layout.pages().get(page).items().stream().filter(PageItem.Text.class::isInstance).count();
    }

    private static int lines(PageLayout layout, int page) {
        return (int) layout.pages().get(page).items().stream().filter(PageItem.Text.class::isInstance)
                .map(item -> ((PageItem.Text) item).y()).distinct().count();
    }

    private static void place(PageLayout layout, List<Line> lines) {
        layout.placeLines(lines, layout.left(), 200, STYLE, Table.Alignment.START, false);
    }

    @Test
    void aFirstLineAloneAtTheFootMovesToTheNextPage() {
        PageLayout layout = withRoomFor(1);
        place(layout, paragraph(5));
        assertEquals(0, textItemsOn(layout, 0));
        assertEquals(5, lines(layout, 1));
    }

    @Test
    void aLastLineIsNeverAloneAtTheHeadOfAPage() {
        PageLayout layout = withRoomFor(4);
        place(layout, paragraph(5));
        assertEquals(3, lines(layout, 0));
        assertEquals(2, lines(layout, 1));
    }

    @Test
    void aThreeLineParagraphWithRoomForTwoMovesWhole() {
        PageLayout layout = withRoomFor(2);
        place(layout, paragraph(3));
        assertEquals(0, textItemsOn(layout, 0));
        assertEquals(3, lines(layout, 1));
    }

    @Test
    void aSingleLineFitsWhereverThereIsRoom() {
        PageLayout layout = withRoomFor(1);
        place(layout, paragraph(1));
        assertEquals(1, layout.pages().size());
        assertEquals(1, lines(layout, 0));
    }

    @Test
    void keptItemsMoveToTheNextPageWhenNothingFollowsThemOnTheirOwn() {
        PageLayout layout = withRoomFor(3);
        layout.keepWithNext(() -> place(layout, paragraph(1)));
        layout.newPage();
        assertEquals(0, textItemsOn(layout, 0), "the kept line left the first page");
        assertEquals(1, lines(layout, 1));
        assertEquals(layout.top() - STYLE.leading(), layout.y(), 0.01f, "the cursor is below the moved line");
    }

    @Test
    void keptItemsStayWhenSomethingFollowsThemOnTheirPage() {
        PageLayout layout = withRoomFor(3);
        layout.keepWithNext(() -> place(layout, paragraph(1)));
        place(layout, paragraph(1));
        layout.newPage();
        assertEquals(2, lines(layout, 0));
        assertEquals(0, textItemsOn(layout, 1));
    }
}
