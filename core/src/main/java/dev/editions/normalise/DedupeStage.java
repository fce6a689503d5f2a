package dev.editions.normalise;

import dev.editions.model.Block;
import dev.editions.model.Document;
import dev.editions.model.Removal;
import dev.editions.read.SourceKind;
import dev.editions.text.PlainText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Removes the paragraphs a careless export or copy-paste repeated, keeping the most complete variant
 * where the first copy stood. An author's deliberate repetition is content, so the stage is careful:
 *
 * <ul>
 *   <li>Only prose paragraphs are ever removed ({@link DedupeRules}): never headings, list items,
 *       table cells, quotes, code, verse or other text whose lines were kept as lines, nor short
 *       paragraphs, even exact copies of them.
 *   <li>Copies are compared after case, punctuation and abbreviations are folded ({@link DedupeKeys}),
 *       so "held by RUSI" matches "held by Royal United Services Institute … (RUSI)". From plain text,
 *       a copy with whole sentences added or cut also counts ({@link Containment}); from a source a
 *       person wrote (Markdown), only one with the same words.
 *   <li>A repeat is removed only when it looks mechanical: the copy follows its original directly, or
 *       belongs to a passage pasted again in the same order (three paragraphs or more, or pasted right
 *       after itself), or the paragraph occurs three times or more (boilerplate). A paragraph that
 *       occurs twice, far apart, among different text, is how regulations, contracts and design
 *       documents restate a rule, and is kept; so is a pair of paragraphs restated together.
 * </ul>
 *
 * <p>The variant kept is the one that holds every other (with the most abbreviation definitions
 * among equals). The work is linear in the length of the document.
 */
final class DedupeStage implements Stage {
    /** The stage's name. */
    static final String NAME = "dedupe";
    /** A paragraph that occurs this many times is boilerplate, wherever its copies are. */
    private static final int BOILERPLATE = 3;

    @Override
    public String name() {
        return NAME;
    }

    /** Applies the careful rules for a source a person wrote, as nothing says where the text came from. */
    @Override
    public StageResult apply(Document document) {
        return apply(document, SourceKind.MARKUP);
    }

    @Override
    public StageResult apply(Document document, SourceKind kind) {
        List<Block> blocks = document.blocks();
        DedupeKeys keys = new DedupeKeys(document.glossary());
        CopyFinder copies = CopyFinder.find(blocks, DedupeRules.of(kind), keys);
        Map<Integer, List<Integer>> members = new HashMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (copies.group(i) >= 0) {
                members.computeIfAbsent(copies.group(i), g -> new ArrayList<>()).add(i);
            }
        }
        Map<Integer, Integer> removedGroups = new HashMap<>();
        Neighbours neighbours = new Neighbours(blocks.size(), copies, members);
        for (Map.Entry<Integer, List<Integer>> group : members.entrySet()) {
            if (mechanical(group.getValue(), neighbours)) {
                removedGroups.put(group.getKey(), copies.kept(group.getKey()));
            }
        }
        if (removedGroups.isEmpty()) {
            return StageResult.unchanged(document);
        }
        return rebuild(document, copies, removedGroups, members);
    }

    /** Whether the copies of a group look made by a machine rather than meant by the author. */
    private static boolean mechanical(List<Integer> members, Neighbours neighbours) {
        if (members.size() >= BOILERPLATE) {
            return true;
        }
        return members.size() == 2 && neighbours.pasted(members.get(0), members.get(1));
    }

    private StageResult rebuild(Document document, CopyFinder copies, Map<Integer, Integer> removedGroups,
            Map<Integer, List<Integer>> members) {
        List<Block> blocks = document.blocks();
        List<Block> out = new ArrayList<>();
        List<Removal> removals = new ArrayList<>(document.removals());
        List<String> changes = new ArrayList<>();
        Map<Integer, Integer> outputIndex = new HashMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            int group = copies.group(i);
            Integer kept = group < 0 ? null : removedGroups.get(group);
            if (kept == null) {
                out.add(blocks.get(i));
                continue;
            }
            if (group == i) {
                outputIndex.put(group, out.size());
                out.add(blocks.get(kept));
            }
            if (i != kept) {
                int at = outputIndex.get(group);
                double similarity = copies.similarity(i, kept);
                String reason = reason(blocks.get(i), blocks.get(kept), similarity, members.get(group).size());
                removals.add(new Removal(NAME, PlainText.of(blocks.get(i)), at, similarity, reason));
                changes.add("removed block " + (i + 1) + ", " + reason + " of block " + (at + 1));
            }
        }
        return new StageResult(document.withBlocks(out).withRemovals(removals), changes);
    }

    private static String reason(Block removed, Block kept, double similarity, int occurrences) {
        String what;
        if (similarity < 1) {
            what = String.format(Locale.ROOT, "near copy (similarity %.2f): every word of it is in the more"
                    + " complete variant kept", similarity);
        } else if (removed.equals(kept)) {
            what = "exact copy";
        } else {
            what = "copy that differs only in how abbreviations, case or punctuation are written";
        }
        return occurrences >= BOILERPLATE ? what + ", one of " + occurrences + " occurrences" : what;
    }

    /**
     * The removable paragraphs around two copies, to tell a pasted passage from a lone repeat. A
     * passage pasted again has its paragraphs copied in the same order around both copies; an author
     * who restates a rule, or a paragraph or two of an earlier section, does not paste a whole passage.
     * Other blocks (a short line, a heading) and boilerplate between the paragraphs are passed over.
     */
    private static final class Neighbours {
        /** The fewest prose paragraphs of a passage pasted far from where it first stood. */
        private static final int PASSAGE = 3;
        /** How many other blocks may stand between two paragraphs of a passage. */
        private static final int REACH = 3;
        /** How many blocks, boilerplate included, may stand between two paragraphs of a passage. */
        private static final int BOILERPLATE_REACH = 64;

        private final int count;
        private final CopyFinder copies;
        private final Map<Integer, List<Integer>> members;

        Neighbours(int count, CopyFinder copies, Map<Integer, List<Integer>> members) {
            this.count = count;
            this.copies = copies;
            this.members = members;
        }

        /**
         * Whether {@code copy} repeats {@code first} as part of a pasted passage: one of at least
         * {@link #PASSAGE} paragraphs, or one pasted right after the passage it copies.
         */
        boolean pasted(int first, int copy) {
            int[] before = extend(first, copy, -1);
            int[] after = extend(first, copy, 1);
            if (1 + before[0] + after[0] >= PASSAGE) {
                return true;
            }
            return next(after[1], 1) == before[2];
        }

        /**
         * Walks from {@code first} and {@code copy} in one direction over paragraphs that are copies of
         * each other. Returns the number of such pairs and where the walk stopped on each side.
         */
        private int[] extend(int first, int copy, int direction) {
            int pairs = 0;
            int a = first;
            int b = copy;
            while (pairs < PASSAGE) {
                int x = next(a, direction);
                int y = next(b, direction);
                if (x < 0 || y < 0 || x >= copy || y <= first || copies.group(x) != copies.group(y)) {
                    break;
                }
                pairs++;
                a = x;
                b = y;
            }
            return new int[] {pairs, a, b};
        }

        /**
         * The next paragraph from {@code i} in {@code direction} that may be removed as a copy and is
         * not boilerplate, past at most {@link #REACH} other blocks and {@link #BOILERPLATE_REACH}
         * blocks in all; -1 if there is none.
         */
        private int next(int i, int direction) {
            for (int step = 1, skipped = 0; skipped <= REACH && step <= BOILERPLATE_REACH; step++) {
                int at = i + direction * step;
                if (at < 0 || at >= count) {
                    return -1;
                }
                int group = copies.group(at);
                if (group >= 0 && members.get(group).size() < BOILERPLATE) {
                    return at;
                }
                if (group < 0) {
                    skipped++;
                }
            }
            return -1;
        }
    }
}
