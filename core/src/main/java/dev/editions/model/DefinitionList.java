package dev.editions.model;

import java.util.List;

/**
 * A list of terms and their definitions, such as a glossary of terms written in the report itself.
 *
 * @param definitions the entries in order, never empty
 */
public record DefinitionList(List<Definition> definitions) implements Block {
    /** Copies and checks the entries. */
    public DefinitionList {
        definitions = Check.nonEmptyList(definitions, "definition list");
    }
}
