package dev.editions.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds which of many phrases occur in a text (as substrings, exactly as {@link String#contains}
 * would), in one pass over the text for each distinct phrase length: a rolling hash of every window
 * of that length is looked up among the phrases' hashes, and a hit is confirmed character by
 * character. The time grows with the text times the number of distinct lengths, not with the
 * number of phrases.
 */
final class PhraseFinder {
    private static final long BASE = 1_000_003L;
    private static final long MIX = 0x9E3779B97F4A7C15L;
    private static final int FILTER_BITS = 14;

    /** For each phrase length: the phrases by hash, and a bit set of their hashes' top bits. */
    private final Map<Integer, Phrases> byLength = new TreeMap<>();

    /** Adds a phrase, which must not be empty. */
    void add(String phrase) {
        if (phrase.isEmpty()) {
            throw new IllegalArgumentException("empty phrase");
        }
        byLength.computeIfAbsent(phrase.length(), length -> new Phrases()).add(phrase, hash(phrase, phrase.length()));
    }

    /** Removes a phrase, if it was added. */
    void remove(String phrase) {
        Phrases phrases = byLength.get(phrase.length());
        if (phrases != null && phrases.remove(phrase, hash(phrase, phrase.length()))) {
            byLength.remove(phrase.length());
        }
    }

    /** The phrases added that occur in {@code text}, each once. */
    Set<String> foundIn(String text) {
        Set<String> found = new LinkedHashSet<>();
        for (Map.Entry<Integer, Phrases> entry : byLength.entrySet()) {
            int length = entry.getKey();
            if (length > text.length()) {
                break;
            }
            entry.getValue().find(text, length, found);
        }
        return found;
    }

    private static long hash(CharSequence text, int length) {
        long hash = 0;
        for (int i = 0; i < length; i++) {
            hash = hash * BASE + text.charAt(i);
        }
        return hash;
    }

    /** The phrases of one length. */
    private static final class Phrases {
        private final Map<Long, List<String>> byHash = new HashMap<>();
        private final long[] filter = new long[(1 << FILTER_BITS) / Long.SIZE];

        void add(String phrase, long hash) {
            List<String> same = byHash.computeIfAbsent(hash, h -> new ArrayList<>(1));
            if (!same.contains(phrase)) {
                same.add(phrase);
            }
            int bit = filterBit(hash);
            filter[bit >>> 6] |= 1L << bit;
        }

        void find(String text, int length, Set<String> found) {
            long power = 1;
            for (int i = 1; i < length; i++) {
                power *= BASE;
            }
            long hash = hash(text, length);
            for (int at = 0; ; at++) {
                int bit = filterBit(hash);
                if ((filter[bit >>> 6] & 1L << bit) != 0) {
                    for (String phrase : byHash.getOrDefault(hash, List.of())) {
                        if (text.startsWith(phrase, at)) {
                            found.add(phrase);
                        }
                    }
                }
                if (at + length >= text.length()) {
                    return;
                }
                hash = (hash - text.charAt(at) * power) * BASE + text.charAt(at + length);
            }
        }

        /** Removes a phrase; whether none of this length is left. */
        boolean remove(String phrase, long hash) {
            List<String> same = byHash.get(hash);
            if (same != null && same.remove(phrase) && same.isEmpty()) {
                byHash.remove(hash);
            }
            return byHash.isEmpty();
        }

        private static int filterBit(long hash) {
            return (int) (hash * MIX >>> (Long.SIZE - FILTER_BITS));
        }
    }
}
