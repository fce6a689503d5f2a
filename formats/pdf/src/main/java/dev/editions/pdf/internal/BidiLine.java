package dev.editions.pdf.internal;

import dev.editions.text.WritingDirection;
import java.text.Bidi;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Places the pieces of a line that holds right-to-left text: the Unicode bidirectional algorithm
 * ({@link java.text.Bidi}) gives each character its level, the pieces are cut where the level
 * changes and ordered visually, and a right-to-left piece has its characters reversed (keeping each
 * letter with its marks) and its brackets mirrored, or, when shaped, is shaped right to left. The
 * pieces are returned in logical order, each with its place on the line, so the content stream keeps
 * the reading order; a reversed or shaped piece carries its logical text, which the PDF gives as
 * {@code /ActualText}.
 */
final class BidiLine {
    private static final String MIRRORED = "()[]{}<>«»‹›";

    private BidiLine() {
    }

    /**
     * A piece of a line in its place.
     *
     * @param fragment the glyphs as drawn, left to right
     * @param x how far from the line's start it is drawn, before justification
     * @param space whether it is a space the line may stretch
     * @param logical the text it stands for when its glyphs are reversed or shaped, else {@code null}
     * @param spacesBefore how many stretchable spaces are drawn to its left
     */
    record Placed(Fragment fragment, float x, boolean space, String logical, int spacesBefore) {
    }

    /**
     * The placed pieces of a line.
     *
     * @param pieces the pieces in logical order
     * @param rightToLeft whether the line reads right to left (its first strong character does)
     */
    record Result(List<Placed> pieces, boolean rightToLeft) {
    }

    /** Whether any of {@code fragments} holds a right-to-left character. */
    static boolean needed(List<Fragment> fragments) {
        for (Fragment fragment : fragments) {
            if (fragment.picture() == null && WritingDirection.holdsRightToLeft(fragment.text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Orders a line's pieces.
     *
     * @param fragments the line's fragments in logical order
     * @param spaces for each fragment, whether it is a space
     */
    static Result place(List<Fragment> fragments, List<Boolean> spaces) {
        StringBuilder text = new StringBuilder();
        fragments.forEach(f -> text.append(f.text()));
        // A line with only right-to-left letters and neutrals is all at level 1: no need to run the algorithm.
        Bidi bidi = rightToLeftOnly(text) ? null : new Bidi(text.toString(), Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
        List<Piece> pieces = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < fragments.size(); i++) {
            Fragment fragment = fragments.get(i);
            int end = start + fragment.text().length();
            int from = start;
            if (fragment.picture() != null) {
                // A picture in the line is one piece, never cut or mirrored.
                pieces.add(new Piece(fragment, levelAt(bidi, start), start, false, pieces.size()));
                from = end;
            }
            while (from < end) {
                int level = levelAt(bidi, from);
                int to = from + 1;
                while (to < end && levelAt(bidi, to) == level) {
                    to++;
                }
                Fragment part = from == start && to == end ? fragment : fragment.slice(from - start, to - start);
                pieces.add(new Piece(part, level, from, spaces.get(i), pieces.size()));
                from = to;
            }
            start = end;
        }
        Piece[] visual = pieces.toArray(new Piece[0]);
        byte[] levels = new byte[visual.length];
        for (int i = 0; i < visual.length; i++) {
            levels[i] = (byte) visual[i].level;
        }
        Bidi.reorderVisually(levels, 0, visual, 0, visual.length);
        Placed[] placed = new Placed[visual.length];
        float x = 0;
        int spacesBefore = 0;
        for (Piece piece : visual) {
            boolean rightToLeft = (piece.level & 1) == 1 && piece.fragment.picture() == null;
            Fragment drawn;
            String logical;
            if (piece.fragment.glyphs() != null) {
                // Shaped in the piece's direction, the glyphs come in visual order.
                drawn = piece.fragment.shapedIn(rightToLeft);
                logical = piece.fragment.text();
            } else {
                logical = rightToLeft || piece.fragment.picture() == null && ArabicShaping.isShaped(piece.fragment.text())
                        ? ArabicShaping.unshape(piece.fragment.text()) : null;
                String reversed = rightToLeft ? reverse(piece.fragment.text()) : null;
                drawn = reversed == null || reversed.equals(piece.fragment.text()) ? piece.fragment
                        : withText(piece.fragment, reversed);
            }
            placed[piece.index] = new Placed(drawn, x, piece.space, piece.space ? null : logical, spacesBefore);
            x += drawn.width();
            if (piece.space) {
                spacesBefore++;
            }
        }
        return new Result(Arrays.asList(placed), bidi == null || !bidi.baseIsLeftToRight());
    }

    private static int levelAt(Bidi bidi, int index) {
        return bidi == null ? 1 : bidi.getLevelAt(index);
    }

    /**
     * Whether {@code text}, which has a right-to-left letter, has nothing that the bidirectional
     * algorithm would put at another level than 1: no left-to-right letter, no digit, no explicit
     * direction control and no separator of paragraphs or segments.
     */
    private static boolean rightToLeftOnly(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            switch (Character.getDirectionality(text.charAt(i))) {
                case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC,
                        Character.DIRECTIONALITY_WHITESPACE, Character.DIRECTIONALITY_OTHER_NEUTRALS,
                        Character.DIRECTIONALITY_NONSPACING_MARK, Character.DIRECTIONALITY_COMMON_NUMBER_SEPARATOR -> {
                    // Takes the level of the right-to-left text around it.
                }
                default -> {
                    return false;
                }
            }
        }
        return true;
    }

    private static Fragment withText(Fragment fragment, String text) {
        return new Fragment(text, fragment.font(), fragment.size(), fragment.color(), fragment.tag(), fragment.link(),
                fragment.width(), fragment.rise(), fragment.struck());
    }

    /** {@code text} right to left: letters with their marks kept together, brackets mirrored. */
    static String reverse(String text) {
        if (text.length() == 1) {
            return mirror(text);
        }
        BreakIterator clusters = BreakIterator.getCharacterInstance(Locale.ROOT);
        clusters.setText(text);
        List<String> parts = new ArrayList<>();
        for (int start = clusters.first(), end = clusters.next(); end != BreakIterator.DONE;
                start = end, end = clusters.next()) {
            parts.add(mirror(text.substring(start, end)));
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = parts.size() - 1; i >= 0; i--) {
            out.append(parts.get(i));
        }
        return out.toString();
    }

    private static String mirror(String cluster) {
        int at = cluster.length() == 1 ? MIRRORED.indexOf(cluster.charAt(0)) : -1;
        return at < 0 ? cluster : String.valueOf(MIRRORED.charAt(at ^ 1));
    }

    /** A piece of one level: its fragment, level, logical start, whether it is a space and its place in logical order. */
    private record Piece(Fragment fragment, int level, int start, boolean space, int index) {
    }
}
