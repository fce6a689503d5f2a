package dev.editions.model;

import java.util.List;

/**
 * A bulleted or numbered list; items hold blocks, so lists nest.
 *
 * @param ordered whether items are numbered
 * @param start the number of the first item of an ordered list (1 for unordered lists)
 * @param items the items, never empty
 */
public record ListBlock(boolean ordered, int start, List<ListItem> items) implements Block {
    /** Checks the start number and items. */
    public ListBlock {
        if (start < 0) {
            throw new IllegalArgumentException("list start must not be negative, was " + start);
        }
        items = Check.nonEmptyList(items, "list items");
    }

    /** An unordered list. */
    public static ListBlock bulleted(List<ListItem> items) {
        return new ListBlock(false, 1, items);
    }

    /** An ordered list numbered from 1. */
    public static ListBlock numbered(List<ListItem> items) {
        return new ListBlock(true, 1, items);
    }
}
