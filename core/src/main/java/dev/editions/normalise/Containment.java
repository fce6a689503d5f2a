package dev.editions.normalise;

/**
 * Whether one paragraph's words (as {@link DedupeKeys} hashes them) are all in another, in the same order, the other only adding whole
 * sentences (a sentence added, or cut from the first). A word changed or inserted is not a copy:
 * "did approve" is not contained in "did not approve", nor "in 2019" in "in 2020", nor "the drum
 * major salutes" in "the drum major, marching in review, salutes".
 */
final class Containment {
    /** The fewest words of a sentence a copy may add or cut. */
    static final int MIN_RUN = 3;
    /** The part must hold at least this share of the whole's words. */
    static final double MIN_SHARE = 0.5;
    /** Words matched at once when looking for where the part goes on after an added run. */
    private static final int ANCHOR = 4;
    /** Copies add a few runs; more than this many is rewriting, and bounds the work. */
    private static final int MAX_RUNS = 8;

    private Containment() {
    }

    /**
     * Whether every word of {@code part} is in {@code whole}, in order, {@code whole} adding only
     * whole sentences: runs of words that start where {@code wholeStarts} marks a sentence start and
     * end before another or at the end.
     */
    static boolean contains(long[] whole, boolean[] wholeStarts, long[] part) {
        if (part.length > whole.length || part.length < MIN_SHARE * whole.length) {
            return false;
        }
        int runs = 0;
        int w = 0;
        int p = 0;
        while (p < part.length) {
            if (w < whole.length && whole[w] == part[p]) {
                w++;
                p++;
                continue;
            }
            int resume = w < whole.length && wholeStarts[w] ? find(whole, wholeStarts, w + 1, part, p) : -1;
            if (resume < 0 || resume - w < MIN_RUN || ++runs > MAX_RUNS) {
                return false;
            }
            w = resume;
        }
        int tail = whole.length - w;
        return tail == 0 || tail >= MIN_RUN && wholeStarts[w] && runs < MAX_RUNS;
    }

    /** The first sentence start from {@code from} where {@code whole} goes on with the next words of {@code part}. */
    private static int find(long[] whole, boolean[] wholeStarts, int from, long[] part, int at) {
        int length = Math.min(ANCHOR, part.length - at);
        for (int i = from; i + length <= whole.length; i++) {
            if (wholeStarts[i] && matches(whole, i, part, at, length)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean matches(long[] whole, int i, long[] part, int at, int length) {
        for (int k = 0; k < length; k++) {
            if (whole[i + k] != part[at + k]) {
                return false;
            }
        }
        return true;
    }
}
