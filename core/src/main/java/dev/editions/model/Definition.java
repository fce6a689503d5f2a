package dev.editions.model;

import java.util.List;

/**
 * One entry of a {@link DefinitionList}: a term and what it means.
 *
 * @param term the term, never empty
 * @param details the term's definitions in order, at least one; each is a list of blocks, never empty
 */
public record Definition(List<Inline> term, List<List<Block>> details) {
    /** Copies and checks the term and the definitions. */
    public Definition {
        term = Check.nonEmptyList(term, "definition term");
        details = Check.nonEmptyList(details, "definition details").stream()
                .map(detail -> Check.nonEmptyList(detail, "definition detail"))
                .toList();
    }

    /** A plain-text term with one plain-text definition. */
    public static Definition of(String term, String detail) {
        return new Definition(List.of(new Text(term)), List.of(List.of(Paragraph.of(detail))));
    }
}
