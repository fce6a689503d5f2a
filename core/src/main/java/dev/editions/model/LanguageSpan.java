package dev.editions.model;

import java.util.List;

/**
 * Content in a language other than the document's, so that assistive technology pronounces it right.
 *
 * @param language the span's language as a BCP 47 tag
 * @param content the inlines in that language, never empty
 */
public record LanguageSpan(String language, List<Inline> content) implements Inline {
    /** Checks the language tag and content. */
    public LanguageSpan {
        language = LanguageTag.require(language);
        content = Check.nonEmptyList(content, "language span content");
    }
}
