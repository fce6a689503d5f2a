package dev.editions.model;

/**
 * A block of a document: something set on its own lines, in reading order.
 *
 * <p>Writers switch over the permitted types with pattern matching.
 */
public sealed interface Block permits Heading, Paragraph, ListBlock, Quote, Table, Figure, CodeBlock, Break,
        DefinitionList, Admonition {
    /**
     * What kind of block this is, as one lower-case word for messages and listings: heading,
     * paragraph, list, quote, table, figure, code, break,
     * definitions or admonition.
     */
    default String kind() {
        return switch (this) {
            case Heading h -> "heading";
            case Paragraph p -> "paragraph";
            case ListBlock l -> "list";
            case Quote q -> "quote";
            case Table t -> "table";
            case Figure f -> "figure";
            case CodeBlock c -> "code";
            case Break b -> "break";
            case DefinitionList d -> "definitions";
            case Admonition a -> "admonition";
        };
    }
}
