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

    /**
     * The distance from this line's top to the next line's top in {@code style}: its leading, more
     * when a picture in the line stands taller than the letters.
     */
    float leading(TextStyle style) {
        return style.leading() + extraLeading(style);
    }

    /** How much lower than usual this line's baseline sits, to make room for a tall picture in it. */
    float extraLeading(TextStyle style) {
        float extra = 0;
        for (Token token : tokens) {
            if (token instanceof Token.Word word) {
                for (Fragment fragment : word.fragments()) {
                    if (fragment.picture() != null) {
                        extra = Math.max(extra, fragment.picture().extraLeading(style));
                    }
                }
            }
        }
        return extra;
    }

    /** The links in this line that refer to notes, in order. */
    java.util.List<LinkTarget> noteLinks() {
        java.util.List<LinkTarget> links = new java.util.ArrayList<>();
        for (Token token : tokens) {
            if (token instanceof Token.Word word) {
                for (Fragment fragment : word.fragments()) {
                    if (fragment.link() != null && fragment.link().note() && !links.contains(fragment.link())) {
                        links.add(fragment.link());
                    }
                }
            }
        }
        return links;
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
