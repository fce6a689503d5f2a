package dev.editions.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.editions.fixtures.DedupeCorpus;
import dev.editions.fixtures.DedupeCorpus.Score;
import dev.editions.fixtures.Fixtures;
import dev.editions.model.Block;
import dev.editions.model.Document;
import dev.editions.model.Paragraph;
import dev.editions.model.Removal;
import dev.editions.read.SourceKind;
import dev.editions.text.PlainText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of the dedupe stage on real documents read through the plain-text reader and
 * the whole normaliser: no removal from documents that repeat themselves on purpose, and every copy
 * pasted into documents of prose removed, the most complete variant kept where the first stood.
 */
@Tag("slow")
class DedupeCorpusTest {
    /** How many times one paragraph of each recall document occurs, 3 to 10,000. */
    private static final int[] REPEATS = {3, 10, 100, 1_000, 10_000, 4, 25, 150, 3, 50, 500};
    /** How many times copies are pasted into each document, each time at other places. */
    private static final int ROUNDS = 3;

    @Test
    void removesEveryPastedCopyAndNothingElse() throws IOException {
        Result result = measure(Normaliser.standard());
        System.out.println(result.score.line("dedupe corpus"));
        result.variants.forEach((variant, counts) -> System.out.println("  " + variant + ": " + counts[1] + " of "
                + counts[0] + " removed"));
        assertEquals(List.of(), result.falseRemovals);
        assertEquals(1.0, result.score.precision());
        assertTrue(result.score.recall() >= DedupeCorpus.MIN_RECALL, result.score.line("dedupe corpus"));
        assertEquals(List.of(), result.misplaced, "documents whose result is not the expected one");
    }

    @Test
    void theMeasureCatchesAStageThatDeletesDeliberateRepeats() {
        Normaliser careless = Normaliser.standard().without("dedupe").withBefore("language", new CarelessDedupe());
        Score score = precision(careless);
        System.out.println(score.line("careless dedupe on the precision corpus"));
        assertTrue(score.precision() < 1, score.line("careless"));
        assertTrue(score.falseRemovals() > 10, score.line("careless"));
    }

    @Test
    void theMeasureCatchesAStageThatRemovesNothing() throws IOException {
        Score score = measure(Normaliser.standard().without("dedupe")).score;
        assertTrue(score.recall() < DedupeCorpus.MIN_RECALL, score.line("no dedupe"));
    }

    /** Precision on the precision corpus and on the recall corpus as written, before any copy is pasted. */
    private static Score precision(Normaliser normaliser) {
        Score score = new Score(0, 0, 0, 0, 0);
        List<String> texts = new ArrayList<>();
        DedupeCorpus.PRECISION_TEXT.forEach(name -> texts.add(DedupeCorpus.precision(name)));
        DedupeCorpus.RECALL_TEXT.forEach(name -> texts.add(DedupeCorpus.recall(name)));
        for (String text : texts) {
            Document document = normalise(normaliser, text);
            score = score.plus(new Score(1, document.blocks().size(), removals(document).size(), 0, 0));
        }
        return score;
    }

    private static Result measure(Normaliser normaliser) throws IOException {
        Result result = new Result();
        for (String name : DedupeCorpus.PRECISION_TEXT) {
            Document document = normalise(normaliser, DedupeCorpus.precision(name));
            removals(document).forEach(removal -> result.falseRemovals.add(name + ": " + removal.text()));
            result.add(new Score(1, document.blocks().size(), removals(document).size(), 0, 0));
        }
        for (int d = 0; d < DedupeCorpus.RECALL_TEXT.size(); d++) {
            String name = DedupeCorpus.RECALL_TEXT.get(d);
            String original = DedupeCorpus.recall(name);
            int blocks = normalise(normaliser, original).blocks().size();
            for (int round = 0; round < ROUNDS; round++) {
                CopyInjector.Injected injected = CopyInjector.inject(original, d + 100L * round,
                        round == 0 ? REPEATS[d] : 1);
                measure(normaliser, name, injected, round == 0 ? blocks : -1, result);
            }
        }
        byte[] sample = Files.readAllBytes(Path.of("../samples/defining-dialogue.txt"));
        Document document = normalise(normaliser, new String(sample, StandardCharsets.UTF_8));
        boolean right = document.blocks().equals(Fixtures.sample().blocks());
        int removed = removals(document).size();
        result.add(new Score(1, Fixtures.sample().blocks().size(), right ? 0 : removed, 4, right ? removed : 0));
        return result;
    }

    /** Scores one document with copies pasted in; {@code blocks} is -1 when the document was counted already. */
    private static void measure(Normaliser normaliser, String name, CopyInjector.Injected injected, int blocks,
            Result result) {
        Document document = normalise(normaliser, injected.text());
        int[] left = injected.groups().stream().mapToInt(CopyInjector.Group::copies).toArray();
        int found = 0;
        int wrong = 0;
        for (Removal removal : removals(document)) {
            int group = groupOf(injected.groups(), left, CopyInjector.loose(removal.text()));
            if (group < 0) {
                wrong++;
                result.falseRemovals.add(name + ": " + removal.text());
            } else {
                left[group]--;
                found++;
            }
        }
        for (int g = 0; g < left.length; g++) {
            CopyInjector.Group group = injected.groups().get(g);
            int[] counts = result.variants.computeIfAbsent(group.kind(), k -> new int[2]);
            counts[0] += group.copies();
            counts[1] += group.copies() - left[g];
        }
        if (found == injected.copies() && wrong == 0
                && !texts(document).equals(texts(normalise(normaliser, injected.expected())))) {
            result.misplaced.add(name);
        }
        result.add(new Score(blocks < 0 ? 0 : 1, Math.max(0, blocks), wrong, injected.copies(), found));
    }

    /** The first group with copies left that has a variant of compared form {@code key}, or -1. */
    private static int groupOf(List<CopyInjector.Group> groups, int[] left, String key) {
        for (int g = 0; g < groups.size(); g++) {
            if (left[g] > 0 && groups.get(g).variants().contains(key)) {
                return g;
            }
        }
        return -1;
    }

    private static Document normalise(Normaliser normaliser, String text) {
        return normaliser.normalise(CopyInjector.read(text), SourceKind.PLAIN_TEXT).document();
    }

    private static List<Removal> removals(Document document) {
        return document.removals().stream().filter(r -> r.stage().equals("dedupe")).toList();
    }

    /**
     * The blocks' texts without spaces and hyphens: whether the hard-wrap stage keeps the hyphen of a
     * word broken at a line end depends on whether the whole document spells it so elsewhere.
     */
    private static List<String> texts(Document document) {
        return document.blocks().stream().map(block -> PlainText.of(block).replaceAll("[\\s\u00AD-]", "")).toList();
    }

    /** The scores of a run and what went wrong in it. */
    private static final class Result {
        Score score = new Score(0, 0, 0, 0, 0);
        final List<String> falseRemovals = new ArrayList<>();
        final List<String> misplaced = new ArrayList<>();
        final Map<String, int[]> variants = new TreeMap<>();

        void add(Score more) {
            score = score.plus(more);
        }
    }

    /**
     * A deliberately wrong stage, as de-duplication is often written: every paragraph whose letters
     * match an earlier one's is removed, whatever its length or shape.
     */
    private static final class CarelessDedupe implements Stage {
        @Override
        public String name() {
            return "dedupe";
        }

        @Override
        public StageResult apply(Document document) {
            Set<String> seen = new HashSet<>();
            List<Block> kept = new ArrayList<>();
            List<Removal> removals = new ArrayList<>(document.removals());
            for (Block block : document.blocks()) {
                String key = CopyInjector.loose(PlainText.of(block));
                if (block instanceof Paragraph && !seen.add(key)) {
                    removals.add(new Removal(name(), PlainText.of(block), 0, 1, "same letters"));
                } else {
                    kept.add(block);
                }
            }
            return new StageResult(document.withBlocks(kept).withRemovals(removals), List.of());
        }
    }
}
