package dev.editions.pdf.internal;

/**
 * The structure levels of headings. The title is the one level-1 heading before the text; a heading
 * never goes more than one level deeper than the one before it (PDF/UA forbids skipped levels), so
 * a report that jumps from level 1 to level 3 gets H1 then H2.
 */
final class HeadingLevels {
    private int previous = 1;

    /** The structure level for a heading the model puts at {@code level}. */
    int next(int level) {
        int structural = Math.min(level, previous + 1);
        previous = structural;
        return structural;
    }
}
