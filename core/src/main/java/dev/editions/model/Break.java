package dev.editions.model;

/** A thematic break between parts of the text (a rule or a page break, as the format prefers). */
public record Break() implements Block {
}
