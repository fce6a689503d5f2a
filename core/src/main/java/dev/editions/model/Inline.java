package dev.editions.model;

/**
 * Inline content inside a block: text and the marks around it.
 *
 * <p>Writers switch over the permitted types with pattern matching.
 */
public sealed interface Inline permits Text, Emphasis, Strong, Code, Link, Abbreviation, LanguageSpan, LineBreak,
        Strikethrough, Superscript, Subscript, Keyboard, NoteReference, InlineImage {
}
