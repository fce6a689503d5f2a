package dev.editions.epub.internal;

import dev.editions.text.PlainOffsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Follows the plain-text offset inside one top-level block while its markup is written, and writes
 * each page-break marker just before the first character of its page. Offsets count characters as
 * {@link dev.editions.text.PlainOffsets} counts them, the count the PDF edition records them in.
 */
final class PageCursor {
    private final Markup out;
    private final Deque<PageMarkers.Marker> pending = new ArrayDeque<>();
    private final PlainOffsets plain = new PlainOffsets();

    PageCursor(Markup out) {
        this.out = out;
    }

    /** Starts a block whose markers are {@code markers}; those at offset 0 are written at once. */
    void startBlock(Iterable<PageMarkers.Marker> markers) {
        pending.clear();
        markers.forEach(pending::add);
        plain.reset();
        writeDue(0);
    }

    /** Writes the markers left once the block's markup is closed. */
    void endBlock() {
        writeDue(Integer.MAX_VALUE);
    }

    /** Counts the newline that separates two child blocks. */
    void separate() {
        plain.separate();
    }

    /** Writes text, with any marker that falls inside it. */
    void text(String text) {
        int written = 0;
        int offset = plain.offset();
        while (!pending.isEmpty() && pending.peekFirst().offset() < offset + text.length()) {
            int cut = Math.max(pending.peekFirst().offset() - offset, written);
            out.text(text.substring(written, cut));
            written = cut;
            write(pending.removeFirst());
        }
        out.text(text.substring(written));
        plain.advance(text);
    }

    /**
     * Counts {@code plain} as one unit that is written in another form (an abbreviation, a line
     * break): markers due within it are written before it.
     */
    void unit(String text) {
        writeDue(plain.offset() + text.length());
        plain.advance(text);
    }

    private void writeDue(int limit) {
        while (!pending.isEmpty() && (pending.peekFirst().offset() <= plain.offset() || pending.peekFirst().offset() < limit)) {
            write(pending.removeFirst());
        }
    }

    private void write(PageMarkers.Marker marker) {
        out.empty("span", "id", marker.id(), "epub:type", "pagebreak", "role", "doc-pagebreak",
                "aria-label", marker.label());
    }
}
