package dev.editions.read;

/** What kind of source a document came from, which decides the normaliser stages that apply. */
public enum SourceKind {
    /** Text without markup: structure, title and hard wraps must be inferred. */
    PLAIN_TEXT,
    /** A markup language (Markdown): structure is explicit, so no plain-text heuristics apply. */
    MARKUP
}
