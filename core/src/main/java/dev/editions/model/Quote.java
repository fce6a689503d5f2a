package dev.editions.model;

import java.util.List;

/**
 * A block quotation.
 *
 * @param blocks the quoted blocks, never empty
 */
public record Quote(List<Block> blocks) implements Block {
    /** Copies and checks the blocks. */
    public Quote {
        blocks = Check.nonEmptyList(blocks, "quote content");
    }
}
