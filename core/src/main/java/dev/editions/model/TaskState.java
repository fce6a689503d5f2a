package dev.editions.model;

/** Whether a task list item is still to do or done. */
public enum TaskState {
    /** Still to do: an empty box. */
    UNCHECKED,
    /** Done: a ticked box. */
    CHECKED;

    /** The box glyph every edition shows for the state: U+2610 or U+2611. */
    public String box() {
        return this == CHECKED ? "\u2611" : "\u2610";
    }
}
