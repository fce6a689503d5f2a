package dev.editions.model;

import java.util.List;
import java.util.Objects;

/**
 * One item of a {@link ListBlock}: its blocks, usually a paragraph and perhaps a nested list, and for
 * an item of a task list whether the task is done.
 *
 * @param blocks the item's content, never empty; a task item's first block is a paragraph
 * @param task the task state, or {@code null} for an item that is not a task
 */
public record ListItem(List<Block> blocks, TaskState task) {
    /** Copies and checks the blocks. */
    public ListItem {
        blocks = Check.nonEmptyList(blocks, "list item content");
        if (task != null && !(blocks.get(0) instanceof Paragraph)) {
            throw new IllegalArgumentException("a task list item must start with a paragraph, not a "
                    + blocks.get(0).kind());
        }
    }

    /** An item that is not a task. */
    public ListItem(List<Block> blocks) {
        this(blocks, null);
    }

    /** An item holding one paragraph of plain text. */
    public static ListItem of(String text) {
        return new ListItem(List.of(Paragraph.of(text)));
    }

    /** A task item holding one paragraph of plain text. */
    public static ListItem task(TaskState state, String text) {
        return new ListItem(List.of(Paragraph.of(text)), Objects.requireNonNull(state, "task state"));
    }

    /** Whether the item is a task. */
    public boolean isTask() {
        return task != null;
    }
}
