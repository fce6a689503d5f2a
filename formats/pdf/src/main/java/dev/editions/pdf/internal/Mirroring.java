package dev.editions.pdf.internal;

import dev.editions.model.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * What changes when a block is laid out right to left: alignments are mirrored (a line's start is
 * its right end) and a list label is placed piece by piece from the right, its digits kept as they
 * are. Only positions change; the pieces are drawn in reading order.
 */
final class Mirroring {
    private Mirroring() {
    }

    /** The alignment of a line's start: left, or right in a right-to-left block. */
    static Table.Alignment start(boolean rightToLeft) {
        return rightToLeft ? Table.Alignment.END : Table.Alignment.START;
    }

    /**
     * The alignment as drawn: the model's start and end (a table column's) swap sides in a
     * right-to-left block; centred stays centred.
     */
    static Table.Alignment of(Table.Alignment alignment, boolean rightToLeft) {
        if (!rightToLeft) {
            return alignment;
        }
        return switch (alignment) {
            case START -> Table.Alignment.END;
            case END -> Table.Alignment.START;
            case CENTER -> Table.Alignment.CENTER;
        };
    }

    /**
     * A list label cut into the pieces a right-to-left line sets one after the other from the right:
     * each run of digits whole, every other character alone ({@code "12. ☐"} is {@code 12}, {@code .},
     * space, {@code ☐}), in reading order.
     */
    static List<String> labelPieces(String label) {
        List<String> pieces = new ArrayList<>();
        int i = 0;
        while (i < label.length()) {
            int end = i + Character.charCount(label.codePointAt(i));
            if (Character.isDigit(label.codePointAt(i))) {
                while (end < label.length() && Character.isDigit(label.codePointAt(end))) {
                    end += Character.charCount(label.codePointAt(end));
                }
            }
            pieces.add(label.substring(i, end));
            i = end;
        }
        return pieces;
    }
}
