package dev.editions.benchmarks;

import java.util.ArrayList;
import java.util.List;

/**
 * The times of one step at sizes that double, and whether they grow in proportion to the size. Each
 * doubling may multiply the time by at most {@link #LIMIT}: a linear step doubles (within noise), a
 * quadratic one quadruples. A doubling that ends under {@link #NOISE_FLOOR_MILLIS} is too short to
 * judge.
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
     * Whether the step grows at most linearly: no doubling multiplied the time by more than the limit,
     * leaving out doublings that ended under the noise floor.
     */
    public boolean linear() {
        List<Double> factors = factors();
        for (int i = 0; i < factors.size(); i++) {
            if (millis.get(i + 1) >= NOISE_FLOOR_MILLIS && factors.get(i) > LIMIT) {
                return false;
            }
        }
        return true;
    }
}
