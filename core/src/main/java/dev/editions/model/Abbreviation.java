package dev.editions.model;

/**
 * A use of an abbreviation that writers can expand (PDF {@code /E}, EPUB {@code <abbr title>},
 * DOCX first-use expansion, Markdown abbreviation definitions).
 *
 * @param shortForm the abbreviation as written, e.g. {@code RUSI}
 * @param longForm its expansion, e.g. {@code Royal United Services Institute}
 */
public record Abbreviation(String shortForm, String longForm) implements Inline {
    /** Checks that both forms are given. */
    public Abbreviation {
        shortForm = Check.notBlank(shortForm, "abbreviation").strip();
        longForm = Check.notBlank(longForm, "expansion of " + shortForm).strip();
    }
}
