package dev.editions;

import dev.editions.model.Blocks;
import dev.editions.model.Document;
import dev.editions.model.Text;
import java.util.Locale;

/**
 * Whether a report's editions may be written side by side in the memory Java may use, or must be
 * written one after another. Each writer holds, at its peak, a multiple of the report's text (the
 * PDF's pages and structure tree, the DOCX's XML tree); side by side those peaks add up. When the
 * estimate for side by side does not fit in {@link Runtime#maxMemory()}, the editions are written one
 * after another, which costs time but not the run.
 */
final class MemoryPlan {
    /**
     * Bytes of heap per character of text the writers need side by side, measured on the generated
     * benchmark report (see the README's Performance section), with room to spare.
     */
    static final long SIDE_BY_SIDE_BYTES_PER_CHARACTER = 150;

    private final long characters;
    private final long pictureBytes;

    private MemoryPlan(long characters, long pictureBytes) {
        this.characters = characters;
        this.pictureBytes = pictureBytes;
    }

    /** The plan for {@code document}: its characters of text and the bytes of its pictures. */
    static MemoryPlan of(Document document) {
        long[] counts = new long[2];
        Blocks.forEachInline(Blocks.withNotes(document), inline -> {
            if (inline instanceof Text text) {
                counts[0] += text.text().length();
            }
        });
        java.util.Set<Object> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        Blocks.forEachImage(Blocks.withNotes(document), image -> counts[1] += seen.add(image) ? image.size() : 0);
        return new MemoryPlan(counts[0], counts[1]);
    }

    /** The memory the editions need when written side by side, estimated. */
    long sideBySide() {
        return characters * SIDE_BY_SIDE_BYTES_PER_CHARACTER + 2 * pictureBytes;
    }

    /** Whether editions may be written side by side within {@code maxMemory} bytes. */
    boolean fitsSideBySide(long maxMemory) {
        return sideBySide() <= maxMemory;
    }

    /** The line that says the editions are written one after another, and why. */
    static String oneAfterAnotherNote(long maxMemory) {
        return String.format(Locale.ROOT, "the report is large for the memory Java may use (%,d MB), so its editions"
                + " are written one after another; give Java more memory (e.g. EDITIONS_JAVA_OPTS=-Xmx4g) to write"
                + " them side by side", maxMemory >> 20);
    }
}
