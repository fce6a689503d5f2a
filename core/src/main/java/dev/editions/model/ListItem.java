package dev.editions.model;

import java.util.List;

/**
 * One item of a {@link ListBlock}: its blocks, usually a paragraph and perhaps a nested list.
 *
 * @param blocks the item's content, never empty
 */
public record ListItem(List<Block> blocks) {
    /** Copies and checks the blocks. */
    public ListItem {
        blocks = Check.nonEmptyList(blocks, "list item content");
    }

    /** An item holding one paragraph of plain text. */
    public static ListItem of(String text) {
        return new ListItem(List.of(Paragraph.of(text)));
    }
}
