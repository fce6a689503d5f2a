package dev.editions.normalise;

import java.util.Arrays;

/**
 * A map from {@code long} to non-negative {@code int} in two flat arrays (open addressing, linear
 * probing), for indexes of millions of hashes where boxed maps would need ten times the memory.
 */
final class LongIntMap {
    private static final int ABSENT = -1;
    private static final int MAX_CAPACITY = 1 << 30;

    private long[] keys;
    private int[] values;
    private int size;

    /** An empty map sized for about {@code expected} entries. */
    LongIntMap(long expected) {
        long wanted = Math.max(16, Math.min(MAX_CAPACITY, expected * 4 / 3 + 1));
        int capacity = Long.highestOneBit(wanted - 1) == 0 ? 16 : (int) Long.highestOneBit(wanted - 1) << 1;
        keys = new long[capacity];
        values = new int[capacity];
        Arrays.fill(values, ABSENT);
    }

    /** The value of {@code key}, or -1. */
    int get(long key) {
        int mask = keys.length - 1;
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            if (values[i] == ABSENT) {
                return ABSENT;
            }
            if (keys[i] == key) {
                return values[i];
            }
        }
    }

    /** The value of {@code key} if there is one; otherwise maps it to {@code value} and returns -1. */
    int putIfAbsent(long key, int value) {
        if (value < 0) {
            throw new IllegalArgumentException("values must not be negative: " + value);
        }
        int mask = keys.length - 1;
        int i = slot(key, mask);
        for (; values[i] != ABSENT; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return values[i];
            }
        }
        keys[i] = key;
        values[i] = value;
        if (++size * 4L > keys.length * 3L) {
            grow();
        }
        return ABSENT;
    }

    /** The number of entries. */
    int size() {
        return size;
    }

    private static int slot(long key, int mask) {
        return (int) (key ^ key >>> 32) * 0x9e3779b9 >>> 1 & mask;
    }

    private void grow() {
        if (keys.length == MAX_CAPACITY) {
            throw new IllegalStateException("index full");
        }
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldValues.length * 2];
        Arrays.fill(values, ABSENT);
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldValues[j] != ABSENT) {
                int i = slot(oldKeys[j], mask);
                while (values[i] != ABSENT) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                values[i] = oldValues[j];
            }
        }
    }
}
