package dev.editions.model;

/**
 * A block of a document: something set on its own lines, in reading order.
 *
 * <p>Writers switch over the permitted types with pattern matching.
 */
public sealed interface Block permits Heading, Paragraph, ListBlock, Quote, Table, Figure, Break {
}
