package dev.editions.benchmarks;

import java.util.ArrayList;
import java.util.List;

/**
 * The times of one step at sizes that double, and whether they grow in proportion to the size. A
 * doubling may multiply the time by at most {@link #LIMIT} on average from the smallest size to the
 * largest: a linear step doubles (within noise), a quadratic one quadruples. A step that takes under
 * {@link #NOISE_FLOOR_MILLIS} at the largest size is too short to judge.
 *
 * @param sizes the sizes, each twice the one before
 * @param millis the time at each size
 */
public record Growth(List<Integer> sizes, List<Double> millis) {
    /** The largest factor by which a doubling may multiply the time. */
    public static final double LIMIT = 2.8;
    /** Below this many milliseconds at the largest size the factors are noise. */
    public static final double NOISE_FLOOR_MILLIS = 100;

    /** Copies the lists, which must have the same length. */
    public Growth {
        sizes = List.copyOf(sizes);
        millis = List.copyOf(millis);
        if (sizes.size() != millis.size()) {
            throw new IllegalArgumentException("one time per size");
        }
    }

    /** The factor by which the time grew from each size to the next. */
    public List<Double> factors() {
        List<Double> factors = new ArrayList<>();
        for (int i = 1; i < millis.size(); i++) {
            factors.add(millis.get(i) / Math.max(millis.get(i - 1), 0.001));
        }
        return factors;
    }

    /**
     * The mean factor per doubling from the smallest size to the largest: the geometric mean of the
     * factors, which one noisy measurement in the middle does not move.
     */
    public double meanFactor() {
        int doublings = millis.size() - 1;
        return doublings < 1 ? 1 : Math.pow(millis.get(doublings) / Math.max(millis.get(0), 0.001), 1.0 / doublings);
    }

    /**
     * Whether the step grows at most linearly: its mean factor per doubling is at most the limit, or
     * its time at the largest size is under the noise floor.
     */
    public boolean linear() {
        return millis.isEmpty() || millis.get(millis.size() - 1) < NOISE_FLOOR_MILLIS || meanFactor() <= LIMIT;
    }
}
