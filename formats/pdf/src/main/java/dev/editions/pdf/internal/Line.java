package dev.editions.pdf.internal;

import java.util.List;

/**
 * One line of text as the line breaker left it: words and the spaces between them, with no space at
 * either end.
 *
 * @param tokens the words and spaces in order
 * @param width the natural width in points
 * @param stretchable whether the line may be justified (not a paragraph's last line, nor one ended
 *     by a forced break)
 * @param offset the offset of the line's first character in its top-level block's plain text
 */
record Line(List<Token> tokens, float width, boolean stretchable, int offset) {
    public Line {
        tokens = List.copyOf(tokens);
    }

    /** The number of spaces, which take the extra width when the line is justified. */
    int spaces() {
        int spaces = 0;
        for (Token token : tokens) {
            if (token instanceof Token.Space) {
                spaces++;
            }
        }
        return spaces;
    }
}
