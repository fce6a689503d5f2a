package dev.editions.normalise;

import dev.editions.model.Block;
import dev.editions.model.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A plain-text stage that turns runs of lines inside the reader's paragraphs into other blocks. */
abstract class LineBlockStage extends PlainTextStage {
    @Override
    public final StageResult apply(Document document) {
        List<Block> blocks = new ArrayList<>();
        List<String> changes = new ArrayList<>();
        for (Block block : prepare(document.blocks())) {
            Optional<List<String>> lines = Lines.of(block);
            if (lines.isEmpty() || lines.get().size() < 2) {
                blocks.add(block);
            } else {
                split(lines.get(), blocks, changes);
            }
        }
        return changes.isEmpty() ? StageResult.unchanged(document)
                : new StageResult(document.withBlocks(blocks), changes);
    }

    /** The blocks to split, as the reader left them unless a stage first groups some of them. */
    List<Block> prepare(List<Block> blocks) {
        return blocks;
    }

    /** Adds the blocks {@code lines} make to {@code out}, describing each one found in {@code changes}. */
    abstract void split(List<String> lines, List<Block> out, List<String> changes);
}
