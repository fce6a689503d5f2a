package dev.editions.normalise;

import dev.editions.model.Block;
import dev.editions.model.Paragraph;
import dev.editions.model.Text;
import dev.editions.text.PlainText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups a document's removable paragraphs into copies of one another, in one pass in reading order.
 * Every group has a kept variant, the most complete: every other member has the same words, or all
 * of its words are in the kept variant ({@link Containment}).
 *
 * <p>Copies with the same words are found through a map of their hashes, so a paragraph repeated any
 * number of times joins its group in constant time. Near copies are found through fingerprints
 * ({@link DedupeKeys#fingerprints}): each fingerprint remembers the first paragraph that had it, and
 * a paragraph is compared with the kept variants of the groups its fingerprints point to most. Both
 * indexes take memory in proportion to the text, never to the number of repeats.
 */
final class CopyFinder {
    /** Groups compared per paragraph, those sharing the most fingerprints with it. */
    private static final int CANDIDATES = 3;
    /** Kept variants whose words are remembered between comparisons. */
    private static final int CACHED = 64;

    private final List<Block> blocks;
    private final DedupeRules rules;
    private final DedupeKeys keys;
    /** Per block: its group (the index of the group's first member), or -1 when it is in none. */
    private final int[] group;
    /** Per group (indexed by its first member): the kept member. */
    private final int[] kept;
    private final long[] key;
    private final long[] check;
    private final int[] size;
    private final int[] definitions;
    private final Map<Integer, DedupeKeys.Entry> cache = new LinkedHashMap<>(CACHED, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, DedupeKeys.Entry> eldest) {
            return size() > CACHED;
        }
    };

    private CopyFinder(List<Block> blocks, DedupeRules rules, DedupeKeys keys) {
        this.blocks = blocks;
        this.rules = rules;
        this.keys = keys;
        int n = blocks.size();
        group = new int[n];
        kept = new int[n];
        key = new long[n];
        check = new long[n];
        size = new int[n];
        definitions = new int[n];
    }

    /** The groups of copies among {@code blocks}. */
    static CopyFinder find(List<Block> blocks, DedupeRules rules, DedupeKeys keys) {
        CopyFinder finder = new CopyFinder(blocks, rules, keys);
        finder.run();
        return finder;
    }

    private void run() {
        LongIntMap exact = new LongIntMap(blocks.size());
        LongIntMap firstWithFingerprint = new LongIntMap(rules.nearCopies() ? expectedFingerprints() : 0);
        for (int j = 0; j < blocks.size(); j++) {
            group[j] = -1;
            Block block = blocks.get(j);
            if (!rules.isProse(block)) {
                continue;
            }
            DedupeKeys.Entry entry = keys.entry(text(block));
            if (!rules.longEnough(entry)) {
                continue;
            }
            key[j] = entry.key();
            check[j] = entry.check();
            size[j] = entry.size();
            definitions[j] = entry.definitions();
            int first = exact.putIfAbsent(entry.key(), j);
            if (first >= 0 && check[first] == entry.check()) {
                joinSameWords(group[first], j);
            } else if (!rules.nearCopies() || !joinNear(j, entry, firstWithFingerprint)) {
                group[j] = j;
                kept[j] = j;
            }
        }
    }

    /** About how many fingerprints the paragraphs will have: one for every few words of text. */
    private long expectedFingerprints() {
        long characters = 0;
        for (Block block : blocks) {
            if (block instanceof Paragraph paragraph) {
                for (dev.editions.model.Inline inline : paragraph.content()) {
                    characters += inline instanceof Text run ? run.text().length() : 8;
                }
            }
        }
        return characters / (6 * (DedupeKeys.WINDOW + 1) / 2);
    }

    /** Adds {@code j}, which has the same words as a member of group {@code g}. */
    private void joinSameWords(int g, int j) {
        group[j] = g;
        int k = kept[g];
        if (sameWords(j, k) && definitions[j] > definitions[k]) {
            kept[g] = j;
        }
    }

    /** Adds {@code j} to the group it is a near copy of, if any; indexes its fingerprints either way. */
    private boolean joinNear(int j, DedupeKeys.Entry entry, LongIntMap firstWithFingerprint) {
        Votes votes = new Votes();
        for (long fingerprint : DedupeKeys.fingerprints(entry.words())) {
            int holder = firstWithFingerprint.putIfAbsent(fingerprint, j);
            if (holder >= 0 && group[holder] >= 0) {
                votes.add(group[holder]);
            }
        }
        for (int rank = 0; rank < CANDIDATES; rank++) {
            int g = votes.takeBest();
            if (g < 0) {
                return false;
            }
            DedupeKeys.Entry keptEntry = entryOf(kept[g]);
            if (Containment.contains(keptEntry.words(), keptEntry.starts(), entry.words())) {
                group[j] = g;
                return true;
            }
            if (Containment.contains(entry.words(), entry.starts(), keptEntry.words())) {
                group[j] = g;
                kept[g] = j;
                return true;
            }
        }
        return false;
    }

    /** Counts of shared fingerprints by group, for the few groups a paragraph shares any with. */
    private static final class Votes {
        private int[] groups = new int[8];
        private int[] counts = new int[8];
        private int size;

        void add(int group) {
            for (int i = 0; i < size; i++) {
                if (groups[i] == group) {
                    counts[i]++;
                    return;
                }
            }
            if (size == groups.length) {
                groups = java.util.Arrays.copyOf(groups, size * 2);
                counts = java.util.Arrays.copyOf(counts, size * 2);
            }
            groups[size] = group;
            counts[size++] = 1;
        }

        /** The group with the most votes (the first such on a tie), removed from the count; -1 if none is left. */
        int takeBest() {
            int best = -1;
            for (int i = 0; i < size; i++) {
                if (counts[i] > 0 && (best < 0 || counts[i] > counts[best]
                        || counts[i] == counts[best] && groups[i] < groups[best])) {
                    best = i;
                }
            }
            if (best < 0) {
                return -1;
            }
            counts[best] = 0;
            return groups[best];
        }
    }

    private DedupeKeys.Entry entryOf(int i) {
        return cache.computeIfAbsent(i, b -> keys.entry(text(blocks.get(b))));
    }

    /** The plain text of a block; that of a paragraph of one run of text (all plain text is) without a copy. */
    private static String text(Block block) {
        return block instanceof Paragraph paragraph && paragraph.content().size() == 1
                && paragraph.content().get(0) instanceof Text run ? run.text() : PlainText.of(block);
    }

    /** The group of block {@code i}, or -1. */
    int group(int i) {
        return group[i];
    }

    /** The kept member of group {@code g}. */
    int kept(int g) {
        return kept[g];
    }

    /** Whether blocks {@code a} and {@code b}, both in groups, have the same words. */
    boolean sameWords(int a, int b) {
        return key[a] == key[b] && check[a] == check[b];
    }

    /** How much of the kept variant {@code member} holds: 1 for the same words, else its share of the words. */
    double similarity(int member, int keptMember) {
        return sameWords(member, keptMember) ? 1 : (double) size[member] / size[keptMember];
    }
}
