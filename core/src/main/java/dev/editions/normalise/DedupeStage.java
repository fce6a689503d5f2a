package dev.editions.normalise;

import dev.editions.model.Block;
import dev.editions.model.Document;
import dev.editions.model.Paragraph;
import dev.editions.model.Removal;
import dev.editions.text.PlainText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Removes repeated paragraphs, keeping the most complete variant at the place of the first. Two
 * paragraphs are copies when their word 5-shingles overlap (Jaccard at least 0.5, or one contained
 * in the other at 0.8), compared after case, punctuation and abbreviations are folded, so "held by
 * RUSI" and "held by Royal United Services Institute … (RUSI)" match. The variant kept is the one
 * that defines the most abbreviations, then the longest, then the first. Candidates are found through
 * an index of shingles, so long reports take linear time.
 */
final class DedupeStage implements Stage {
    private static final double MIN_JACCARD = 0.5;
    private static final double MIN_CONTAINMENT = 0.8;
    /** Paragraphs shorter than this are only removed when they are exact copies. */
    private static final int MIN_NEAR_WORDS = 8;
    /** Shingles shared by more paragraphs than this are boilerplate and do not suggest candidates. */
    private static final int MAX_POSTINGS = 64;

    @Override
    public String name() {
        return "dedupe";
    }

    @Override
    public StageResult apply(Document document) {
        List<Block> blocks = document.blocks();
        DedupeKeys keys = new DedupeKeys(document.glossary());
        Map<Integer, DedupeKeys.Entry> entries = new HashMap<>();
        Map<Long, List<Integer>> index = new HashMap<>();
        int[] parent = new int[blocks.size()];
        double[] similarity = new double[blocks.size()];
        for (int j = 0; j < blocks.size(); j++) {
            parent[j] = j;
            if (!(blocks.get(j) instanceof Paragraph)) {
                continue;
            }
            DedupeKeys.Entry entry = keys.entry(PlainText.of(blocks.get(j)));
            entries.put(j, entry);
            Map<Integer, Integer> shared = new HashMap<>();
            for (long shingle : entry.shingles()) {
                List<Integer> postings = index.computeIfAbsent(shingle, s -> new ArrayList<>());
                if (postings.size() <= MAX_POSTINGS) {
                    for (int i : postings) {
                        shared.merge(i, 1, Integer::sum);
                    }
                    postings.add(j);
                }
            }
            int best = -1;
            double bestScore = 0;
            for (Map.Entry<Integer, Integer> candidate : shared.entrySet()) {
                double score = score(entries.get(candidate.getKey()), entry, candidate.getValue());
                if (score > bestScore || score == bestScore && best >= 0 && candidate.getKey() < best) {
                    best = candidate.getKey();
                    bestScore = score;
                }
            }
            if (best >= 0 && bestScore > 0) {
                parent[j] = root(parent, best);
                similarity[j] = bestScore;
            }
        }
        return rebuild(document, entries, parent, similarity);
    }

    /** The similarity of two paragraphs sharing {@code shared} shingles, or 0 when they are not copies. */
    private static double score(DedupeKeys.Entry a, DedupeKeys.Entry b, int shared) {
        if (a.key().equals(b.key())) {
            return 1;
        }
        if (Math.min(a.words(), b.words()) < MIN_NEAR_WORDS) {
            return 0;
        }
        int union = a.shingles().length + b.shingles().length - shared;
        double jaccard = (double) shared / union;
        double containment = (double) shared / Math.min(a.shingles().length, b.shingles().length);
        return jaccard >= MIN_JACCARD || containment >= MIN_CONTAINMENT ? Math.max(jaccard, containment) : 0;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            i = parent[i];
        }
        return i;
    }

    private StageResult rebuild(Document document, Map<Integer, DedupeKeys.Entry> entries, int[] parent,
            double[] similarity) {
        List<Block> blocks = document.blocks();
        Map<Integer, Integer> keptOf = new HashMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            int group = root(parent, i);
            if (group != i) {
                Integer kept = keptOf.getOrDefault(group, group);
                if (better(entries.get(i), entries.get(kept))) {
                    kept = i;
                }
                keptOf.put(group, kept);
            }
        }
        if (keptOf.isEmpty()) {
            return StageResult.unchanged(document);
        }
        List<Block> out = new ArrayList<>();
        List<Removal> removals = new ArrayList<>(document.removals());
        List<String> changes = new ArrayList<>();
        Map<Integer, Integer> outputIndex = new HashMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            int group = root(parent, i);
            int kept = keptOf.getOrDefault(group, group);
            if (group == i) {
                outputIndex.put(group, out.size());
                out.add(blocks.get(kept));
            }
            if (i != kept) {
                double score = Math.min(1, i == group ? similarity[kept] : similarity[i]);
                String reason = reason(blocks.get(i), blocks.get(kept), score);
                removals.add(new Removal(name(), PlainText.of(blocks.get(i)), outputIndex.get(group), score, reason));
                changes.add("removed block " + (i + 1) + ", " + reason + " as block " + (outputIndex.get(group) + 1));
            }
        }
        return new StageResult(document.withBlocks(out).withRemovals(removals), changes);
    }

    private static String reason(Block removed, Block kept, double score) {
        if (score < 1) {
            return String.format(Locale.ROOT, "near copy (similarity %.2f); the more complete variant was kept", score);
        }
        return removed.equals(kept) ? "exact copy"
                : "copy that differs only in how abbreviations, case or punctuation are written";
    }

    /** Whether {@code candidate} is a more complete variant than {@code kept}. */
    private static boolean better(DedupeKeys.Entry candidate, DedupeKeys.Entry kept) {
        if (candidate.definitions() != kept.definitions()) {
            return candidate.definitions() > kept.definitions();
        }
        return candidate.words() > kept.words();
    }
}
