package dev.editions.pdf.internal;

import dev.editions.model.Inline;
import dev.editions.write.PlainText;
import java.util.List;

/**
 * Follows the plain text of the top-level block being laid out, exactly as
 * {@link PlainText#of(dev.editions.model.Block)} builds it, so page starts can name a character
 * offset in it.
 */
final class PlainCursor {
    private int offset;
    private boolean afterNewline;

    /** Starts a new top-level block. */
    void reset() {
        offset = 0;
        afterNewline = false;
    }

    /** Where a child block or part begins: a newline unless at the start or after one. */
    void separate() {
        if (offset > 0 && !afterNewline) {
            offset++;
            afterNewline = true;
        }
    }

    /** Moves past {@code inlines} and returns the offset they start at. */
    int advance(List<Inline> inlines) {
        return advance(PlainText.of(inlines));
    }

    /** Moves past {@code text} and returns the offset it starts at. */
    int advance(String text) {
        int start = offset;
        if (!text.isEmpty()) {
            offset += text.length();
            afterNewline = text.charAt(text.length() - 1) == '\n';
        }
        return start;
    }

    int offset() {
        return offset;
    }
}
