package dev.editions.pdf.internal;

import java.lang.ref.SoftReference;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;
import org.openpdf.text.pdf.BaseFont;

/**
 * OpenPDF's fonts as read from their files, lent to one document at a time and kept for the next
 * once it is written: reading a font (its character map, its widths) costs more than writing a short
 * report in it, a CJK font's tens of milliseconds. A font is never used by two documents at once, as
 * OpenPDF's font objects are not safe to share between threads; what a document adds (the glyphs it
 * used, its subset) is kept by the document's writer, not by the font. Idle fonts are held softly, so
 * memory that a large report needs is taken from them first.
 */
final class FontPool {
    private static final Map<Object, Queue<SoftReference<BaseFont>>> IDLE = new ConcurrentHashMap<>();

    private FontPool() {
    }

    /** An idle font read from {@code file} (a {@link Face} or an installed {@link SfntFile.Face}), else one read now. */
    static BaseFont take(Object file, Supplier<BaseFont> read) {
        Queue<SoftReference<BaseFont>> idle = IDLE.get(file);
        if (idle != null) {
            for (SoftReference<BaseFont> kept = idle.poll(); kept != null; kept = idle.poll()) {
                BaseFont font = kept.get();
                if (font != null) {
                    return font;
                }
            }
        }
        return read.get();
    }

    /** Gives back {@code font}, read from {@code file}, which its document no longer uses. */
    static void giveBack(Object file, BaseFont font) {
        IDLE.computeIfAbsent(file, key -> new ConcurrentLinkedQueue<>()).add(new SoftReference<>(font));
    }
}
