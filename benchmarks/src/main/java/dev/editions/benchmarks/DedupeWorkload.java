package dev.editions.benchmarks;

import dev.editions.fixtures.ReportGenerator;
import dev.editions.model.Block;
import dev.editions.model.Document;
import dev.editions.model.Metadata;
import dev.editions.model.Paragraph;
import dev.editions.text.PlainText;
import java.util.ArrayList;
import java.util.List;

/**
 * A document for measuring the dedupe stage on its own: paragraphs in the report generator's style,
 * each one run of text as the plain-text reader gives it, a tenth of them copies as exports make them,
 * and one boilerplate paragraph repeated 1,000 times.
 *
 * <p>Out of every 45 paragraphs one is pasted again right after itself, one is followed by a copy
 * with a sentence added, and a passage of three is pasted again 500 paragraphs later: 5 copies for 45
 * paragraphs, a tenth of the result. The boilerplate is spread evenly through the document.
 */
public final class DedupeWorkload {
    /** How many times the boilerplate paragraph occurs. */
    public static final int BOILERPLATE_REPEATS = 1_000;
    /** The boilerplate paragraph. */
    public static final String BOILERPLATE = "The views expressed in this report are those of the authors alone."
            + " They do not reflect the official policy or position of any agency of the government, nor of"
            + " the publisher, and they are given without any warranty as to their accuracy.";
    private static final int CYCLE = 45;
    private static final int PASSAGE = 3;
    private static final int PASSAGE_DELAY = 500;
    private static final String ADDED = " The figures in this paragraph were revised for the final edition.";

    private final List<Block> blocks = new ArrayList<>();
    private int copies;

    private DedupeWorkload() {
    }

    /** The document of about {@code paragraphs} paragraphs, the same for the same arguments. */
    public static Document document(int paragraphs, long seed) {
        DedupeWorkload workload = new DedupeWorkload();
        workload.build(paragraphs, seed);
        return Document.of(Metadata.titled("Generated report for de-duplication"), workload.blocks);
    }

    /** The number of paragraphs the dedupe stage should remove from {@code document(paragraphs, seed)}. */
    public static int copies(int paragraphs, long seed) {
        DedupeWorkload workload = new DedupeWorkload();
        workload.build(paragraphs, seed);
        return workload.copies;
    }

    private void build(int paragraphs, long seed) {
        int originals = (int) ((long) Math.max(0, paragraphs - BOILERPLATE_REPEATS) * CYCLE / (CYCLE + 5));
        List<Paragraph> base = new ReportGenerator(seed).paragraphs(originals).stream()
                .map(paragraph -> Paragraph.of(PlainText.of(paragraph))).toList();
        int boilerplateEvery = Math.max(1, originals / BOILERPLATE_REPEATS);
        int boilerplates = 0;
        List<List<Paragraph>> pending = new ArrayList<>();
        for (int i = 0; i < originals; i++) {
            Paragraph paragraph = base.get(i);
            blocks.add(paragraph);
            switch (i % CYCLE) {
                case 0 -> copy(paragraph);
                case CYCLE / 3 -> copy(Paragraph.of(PlainText.of(paragraph) + ADDED));
                case 2 * CYCLE / 3 -> pending.add(base.subList(i - PASSAGE + 1, i + 1));
                default -> {
                }
            }
            if (i % CYCLE == CYCLE - 2 && i >= PASSAGE_DELAY && !pending.isEmpty()) {
                pending.remove(0).forEach(this::copy);
            }
            if (i % boilerplateEvery == boilerplateEvery / 2 && boilerplates < BOILERPLATE_REPEATS) {
                blocks.add(Paragraph.of(BOILERPLATE));
                boilerplates++;
            }
        }
        pending.forEach(passage -> passage.forEach(this::copy));
        copies += Math.max(0, boilerplates - 1);
    }

    private void copy(Paragraph paragraph) {
        blocks.add(paragraph);
        copies++;
    }
}
