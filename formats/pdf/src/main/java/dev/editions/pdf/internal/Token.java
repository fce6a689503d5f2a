package dev.editions.pdf.internal;

import java.util.List;

/** What the line breaker arranges: words, the spaces between them and forced line breaks. */
sealed interface Token {
    /** The width in points. */
    float width();

    /**
     * Text that must not be broken, possibly in several fragments.
     *
     * @param fragments the fragments in order
     * @param width their total width
     * @param offset the offset of the word's first character in the top-level block's plain text
     */
    record Word(List<Fragment> fragments, float width, int offset) implements Token {
        public Word {
            fragments = List.copyOf(fragments);
        }
    }

    /**
     * A space where a line may break.
     *
     * @param glyph the space as drawn
     */
    record Space(Fragment glyph) implements Token {
        @Override
        public float width() {
            return glyph.width();
        }
    }

    /**
     * A forced line break.
     *
     * @param offset its offset in the top-level block's plain text
     */
    record ForcedBreak(int offset) implements Token {
        @Override
        public float width() {
            return 0;
        }
    }
}
