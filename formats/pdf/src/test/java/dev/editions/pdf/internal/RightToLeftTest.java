package dev.editions.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Arabic joining, and lines with right-to-left text put in visual order, shaped right to left. */
class RightToLeftTest {
    private final Fragments fragments = new Fragments(new FontSet());

    @Test
    void arabicLettersTakeTheFormTheirNeighboursAsk() {
        // seen initial, lam-alef final (lam joins the seen), meem isolated (alef does not join forward).
        assertEquals("\uFEB3\uFEFC\uFEE1", ArabicShaping.shape("سلام"));
        assertEquals("سلام", ArabicShaping.unshape(ArabicShaping.shape("سلام")));
        // beh initial, teh medial, beh final; a mark between letters does not break the joining.
        assertEquals("\uFE91\uFE98\u064E\uFE90", ArabicShaping.shape("بتَب"));
        assertEquals("abc", ArabicShaping.shape("abc"));
        assertFalse(ArabicShaping.applies("שלום"));
    }

    @Test
    void hebrewInAnEnglishLineIsReversedInPlaceAndKeepsItsLogicalText() {
        List<Fragment> pieces = new java.util.ArrayList<>();
        List<Boolean> spaces = new java.util.ArrayList<>();
        for (String word : List.of("Hello", " ", "שלום", " ", "עולם", " ", "end")) {
            pieces.addAll(fragments.of(word, Face.REGULAR, 10, java.awt.Color.BLACK, null, null));
            spaces.add(word.equals(" "));
        }
        BidiLine.Result line = BidiLine.place(pieces, spaces);
        assertFalse(line.rightToLeft());
        List<BidiLine.Placed> placed = line.pieces();
        assertEquals("Hello", placed.get(0).fragment().text());
        assertNull(placed.get(0).logical());
        // Logical order kept for the content stream; the second Hebrew word is drawn left of the first,
        // each shaped right to left: its glyphs, left to right, are those of its letters reversed.
        assertEquals("שלום", placed.get(2).logical());
        assertVisual("םולש", placed.get(2).fragment());
        assertVisual("םלוע", placed.get(4).fragment());
        assertTrue(placed.get(4).x() < placed.get(2).x(), "עולם is left of שלום");
        assertTrue(placed.get(6).x() > placed.get(2).x(), "end is right of them");
    }

    @Test
    void aShortRunSuchAsTheRunningHeaderIsPutInVisualOrderToo() {
        List<PageItem> items = new java.util.ArrayList<>();
        LinePainter.paint(fragments.of("דוח שנתי", Face.REGULAR, 10, java.awt.Color.BLACK, null, null), 0, 0,
                Mark.artifact(Mark.Artifact.HEADER), items::add);
        PageItem.Text only = (PageItem.Text) items.get(0);
        assertEquals(1, items.size());
        assertEquals("דוח שנתי", only.actualText());
        assertVisual("יתנש חוד", new Fragment(only.glyphs(), only.font(), 10, java.awt.Color.BLACK, null, null));
    }

    @Test
    void aLineOfRightToLeftWordsAndNeutralsIsPlacedAsTheAlgorithmPlacesIt() {
        // Words, spaces and a full stop: every piece at level 1, the first word rightmost.
        List<Fragment> pieces = new java.util.ArrayList<>();
        List<Boolean> spaces = new java.util.ArrayList<>();
        for (String word : List.of("שלום", " ", "עולם", ".", " ", "(טוב)")) {
            pieces.addAll(fragments.of(word, Face.REGULAR, 10, java.awt.Color.BLACK, null, null));
            spaces.add(word.equals(" "));
        }
        BidiLine.Result line = BidiLine.place(pieces, spaces);
        assertTrue(line.rightToLeft());
        List<BidiLine.Placed> placed = line.pieces();
        for (int i = 1; i < placed.size(); i++) {
            assertTrue(placed.get(i).x() < placed.get(i - 1).x(), "each piece is left of the one before it");
        }
        assertEquals("שלום", placed.get(0).logical());
    }

    /** {@code fragment} is shaped, and its glyphs are those of {@code visual} shaped left to right. */
    private static void assertVisual(String visual, Fragment fragment) {
        GlyphRun drawn = fragment.glyphs();
        assertTrue(drawn.rightToLeft(), fragment.text() + " is shaped right to left");
        assertEquals(java.util.Arrays.toString(drawn.shaper().shape(visual, false).glyphs()),
                java.util.Arrays.toString(drawn.glyphs()));
    }

    @Test
    void aVariationSelectorNoFontHasIsLeftOutRatherThanRefused() {
        List<Fragment> drawn = fragments.of("A\uDB40\uDD00B", Face.REGULAR, 10, java.awt.Color.BLACK, null, null);
        assertEquals("AB", drawn.get(0).text());
        assertTrue(GlyphCoverage.invisible(0xFE0F) && GlyphCoverage.invisible(0x200D));
        assertFalse(GlyphCoverage.invisible('A'));
    }

    @Test
    void aLineThatStartsRightToLeftReadsRightToLeft() {
        List<Fragment> pieces = fragments.of("שלום", Face.REGULAR, 10, java.awt.Color.BLACK, null, null);
        assertTrue(BidiLine.place(pieces, List.of(false)).rightToLeft());
        assertEquals("(א)", BidiLine.reverse("(א)"));
    }
}
