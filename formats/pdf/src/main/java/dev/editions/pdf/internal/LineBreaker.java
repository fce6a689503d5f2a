package dev.editions.pdf.internal;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Breaks tokens into lines no wider than a measure, greedily at spaces. A word wider than the measure
 * on its own is broken between characters (between clusters in shaped text), so nothing runs into the
 * margin.
 */
final class LineBreaker {
    private LineBreaker() {
    }

    /** The lines of {@code tokens} in {@code measure} points; at least one line when there are tokens. */
    static List<Line> lines(List<Token> tokens, float measure) {
        List<Line> lines = new ArrayList<>();
        List<Token> line = new ArrayList<>();
        List<Token> spaces = new ArrayList<>();
        float width = 0;
        float spaceWidth = 0;
        int offset = -1;
        for (Token token : tokens) {
            switch (token) {
                case Token.Space space -> {
                    if (!line.isEmpty()) {
                        spaces.add(space);
                        spaceWidth += space.width();
                    }
                }
                case Token.ForcedBreak forced -> {
                    lines.add(new Line(line, width, false, offset < 0 ? forced.offset() : offset));
                    line.clear();
                    spaces.clear();
                    width = 0;
                    spaceWidth = 0;
                    offset = -1;
                }
                case Token.Word word -> {
                    if (!line.isEmpty() && width + spaceWidth + word.width() > measure) {
                        lines.add(new Line(line, width, true, offset));
                        line.clear();
                        width = 0;
                        offset = -1;
                    } else {
                        line.addAll(spaces);
                        width += spaceWidth;
                    }
                    spaces.clear();
                    spaceWidth = 0;
                    List<Token.Word> pieces = word.width() > measure ? split(word, measure) : List.of(word);
                    for (int i = 0; i < pieces.size(); i++) {
                        if (i > 0) {
                            lines.add(new Line(line, width, false, offset));
                            line.clear();
                            width = 0;
                        }
                        Token.Word piece = pieces.get(i);
                        offset = offset < 0 || line.isEmpty() ? piece.offset() : offset;
                        line.add(piece);
                        width += piece.width();
                    }
                }
            }
        }
        if (!line.isEmpty()) {
            lines.add(new Line(line, width, false, offset));
        }
        return lines;
    }

    /** Splits a word too wide for the measure into pieces that fit, between characters. */
    private static List<Token.Word> split(Token.Word word, float measure) {
        List<Token.Word> pieces = new ArrayList<>();
        List<Fragment> piece = new ArrayList<>();
        float width = 0;
        int offset = word.offset();
        int consumed = 0;
        for (Fragment fragment : word.fragments()) {
            String text = fragment.text();
            int start = 0;
            // Shaped text is broken only between its clusters (a consonant with its vowel signs, a conjunct).
            BreakIterator clusters = fragment.glyphs() == null ? null : BreakIterator.getCharacterInstance(Locale.ROOT);
            if (clusters != null) {
                clusters.setText(text);
            }
            for (int i = 0; i < text.length(); ) {
                int next = clusters == null ? i + Character.charCount(text.codePointAt(i)) : clusters.following(i);
                float charWidth = clusters == null ? fragment.font().getWidthPoint(text.substring(i, next), fragment.size())
                        : fragment.slice(i, next).width();
                if (width + charWidth > measure && (width > 0 || start < i)) {
                    if (start < i) {
                        piece.add(slice(fragment, start, i));
                    }
                    pieces.add(new Token.Word(piece, width, offset));
                    offset = word.offset() + consumed;
                    piece = new ArrayList<>();
                    width = 0;
                    start = i;
                }
                width += charWidth;
                consumed += next - i;
                i = next;
            }
            if (start < text.length()) {
                piece.add(slice(fragment, start, text.length()));
            }
        }
        if (!piece.isEmpty()) {
            pieces.add(new Token.Word(piece, width, offset));
        }
        return pieces;
    }

    private static Fragment slice(Fragment fragment, int start, int end) {
        return fragment.slice(start, end);
    }
}
