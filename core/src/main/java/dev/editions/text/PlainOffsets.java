package dev.editions.text;

import dev.editions.model.Inline;
import java.util.List;

/**
 * Counts characters of a top-level block's plain text while a writer walks the block, exactly as
 * {@link PlainText#of(dev.editions.model.Block)} builds it: inline text as it is, and one newline
 * between child blocks or parts unless the text so far is empty or already ends with one. Page
 * starts in a {@link dev.editions.write.PageMap} are offsets of this count, so the paginated
 * edition that records them and the editions that place markers at them use this one class.
 * Mutable; one per block walk.
 */
public final class PlainOffsets {
    private int offset;
    private boolean afterNewline;

    /** A counter at offset 0. */
    public PlainOffsets() {
    }

    /** Starts counting a new top-level block at offset 0. */
    public void reset() {
        offset = 0;
        afterNewline = false;
    }

    /** Counts the newline that begins a child block or part, unless at the start or after a newline. */
    public void separate() {
        if (offset > 0 && !afterNewline) {
            offset++;
            afterNewline = true;
        }
    }

    /** Counts {@code plain} and returns the offset it starts at. */
    public int advance(String plain) {
        int start = offset;
        if (!plain.isEmpty()) {
            offset += plain.length();
            afterNewline = plain.charAt(plain.length() - 1) == '\n';
        }
        return start;
    }

    /** Counts the plain text of {@code inlines} and returns the offset it starts at. */
    public int advance(List<Inline> inlines) {
        return advance(PlainText.of(inlines));
    }

    /** The characters counted so far in this block. */
    public int offset() {
        return offset;
    }

    /** Whether a separator is due before the next part: text has been counted and does not end a line. */
    static boolean needsSeparator(CharSequence text) {
        return text.length() > 0 && text.charAt(text.length() - 1) != '\n';
    }
}
