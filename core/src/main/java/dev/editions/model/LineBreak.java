package dev.editions.model;

/** A forced line break inside a block. */
public record LineBreak() implements Inline {
    /** The one line break; all instances are equal. */
    public static final LineBreak INSTANCE = new LineBreak();
}
