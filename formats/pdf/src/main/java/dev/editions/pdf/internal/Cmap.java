package dev.editions.pdf.internal;

import java.nio.ByteBuffer;
import java.util.BitSet;

/**
 * The characters a font's {@code cmap} table maps to a glyph other than the missing glyph, read
 * from its Unicode subtable: format 12 (all planes) when the font has one, else format 4.
 */
final class Cmap {
    private Cmap() {
    }

    /** The code points {@code table} (a whole {@code cmap} table) maps to glyphs. */
    static BitSet coverage(ByteBuffer table) {
        int count = table.getShort(2) & 0xFFFF;
        int best = -1;
        int bestRank = 0;
        for (int i = 0; i < count && 4 + 8 * i + 8 <= table.limit(); i++) {
            int platform = table.getShort(4 + 8 * i) & 0xFFFF;
            int encoding = table.getShort(4 + 8 * i + 2) & 0xFFFF;
            int offset = table.getInt(4 + 8 * i + 4);
            if (offset < 0 || offset + 4 > table.limit()) {
                continue;
            }
            int format = table.getShort(offset) & 0xFFFF;
            int rank = rank(platform, encoding, format);
            if (rank > bestRank) {
                best = offset;
                bestRank = rank;
            }
        }
        BitSet covered = new BitSet();
        if (best < 0) {
            return covered;
        }
        if ((table.getShort(best) & 0xFFFF) == 12) {
            format12(table, best, covered);
        } else {
            format4(table, best, covered);
        }
        return covered;
    }

    private static int rank(int platform, int encoding, int format) {
        boolean unicode = platform == 0 || platform == 3 && (encoding == 1 || encoding == 10);
        if (!unicode) {
            return 0;
        }
        return format == 12 ? 2 : format == 4 ? 1 : 0;
    }

    private static void format12(ByteBuffer table, int at, BitSet covered) {
        long groups = table.getInt(at + 12) & 0xFFFFFFFFL;
        for (long g = 0; g < groups && at + 16 + 12 * g + 12 <= table.limit(); g++) {
            int base = (int) (at + 16 + 12 * g);
            int first = table.getInt(base);
            int last = Math.min(table.getInt(base + 4), Character.MAX_CODE_POINT);
            int glyph = table.getInt(base + 8);
            if (first < 0 || last < first) {
                continue;
            }
            covered.set(glyph == 0 ? first + 1 : first, last + 1);
        }
    }

    private static void format4(ByteBuffer table, int at, BitSet covered) {
        int segments = (table.getShort(at + 6) & 0xFFFF) / 2;
        int ends = at + 14;
        int starts = ends + 2 * segments + 2;
        int deltas = starts + 2 * segments;
        int ranges = deltas + 2 * segments;
        if (ranges + 2 * segments > table.limit()) {
            return;
        }
        for (int s = 0; s < segments; s++) {
            int end = table.getShort(ends + 2 * s) & 0xFFFF;
            int start = table.getShort(starts + 2 * s) & 0xFFFF;
            int delta = table.getShort(deltas + 2 * s);
            int rangeOffset = table.getShort(ranges + 2 * s) & 0xFFFF;
            for (int c = start; c <= end && c != 0xFFFF; c++) {
                int glyph;
                if (rangeOffset == 0) {
                    glyph = (c + delta) & 0xFFFF;
                } else {
                    int address = ranges + 2 * s + rangeOffset + 2 * (c - start);
                    if (address + 2 > table.limit()) {
                        break;
                    }
                    glyph = table.getShort(address) & 0xFFFF;
                    glyph = glyph == 0 ? 0 : (glyph + delta) & 0xFFFF;
                }
                if (glyph != 0) {
                    covered.set(c);
                }
            }
        }
    }
}
