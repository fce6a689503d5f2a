package dev.editions.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a report says about itself: title, authors, language and the rest of its catalogue record.
 *
 * <p>Only the title and language are required; the language is {@link LanguageTag#UNDETERMINED}
 * until a reader or the normaliser knows it. Optional text fields are {@code null} when absent
 * (blank values are stored as {@code null}); lists are empty when absent.
 *
 * @param title the report's title, never blank
 * @param subtitle the subtitle, or {@code null}
 * @param authors the authors in credit order
 * @param publishers the publishing organisations
 * @param language the main language as a BCP 47 tag
 * @param date the publication date, or {@code null}
 * @param identifier a unique identifier such as an ISBN, DOI or URN, or {@code null}
 * @param description a short abstract, or {@code null}
 * @param keywords subject keywords
 * @param rights a copyright or licence statement, or {@code null}
 */
public record Metadata(
        String title,
        String subtitle,
        List<String> authors,
        List<String> publishers,
        String language,
        LocalDate date,
        String identifier,
        String description,
        List<String> keywords,
        String rights) {

    /**
     * Validates and normalises the fields; characters no edition can hold ({@link LegalText}) are left
     * out of every text (readers and settings remove them earlier, with a warning).
     */
    public Metadata {
        title = Check.notBlank(LegalText.strip(Objects.requireNonNull(title, "title must not be null")), "title").strip();
        subtitle = Check.optional(LegalText.strip(subtitle));
        authors = names(authors, "authors");
        publishers = names(publishers, "publishers");
        language = LanguageTag.require(language == null ? LanguageTag.UNDETERMINED : language);
        identifier = Check.optional(LegalText.strip(identifier));
        description = Check.optional(LegalText.strip(description));
        keywords = names(keywords, "keywords");
        rights = Check.optional(LegalText.strip(rights));
    }

    /** Metadata with only a title; the language is undetermined. */
    public static Metadata titled(String title) {
        return new Metadata(title, null, List.of(), List.of(), LanguageTag.UNDETERMINED, null, null, null, List.of(), null);
    }

    /** Whether the language is known. */
    public boolean hasLanguage() {
        return !LanguageTag.UNDETERMINED.equals(language);
    }

    /** A builder holding this metadata's values, to change some of them. */
    public Builder toBuilder() {
        return new Builder().title(title).subtitle(subtitle).authors(authors).publishers(publishers)
                .language(language).date(date).identifier(identifier).description(description)
                .keywords(keywords).rights(rights);
    }

    /** A builder with no values set; {@link Builder#build()} needs at least a title. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link Metadata} one field at a time; validation happens in {@link #build()}. */
    public static final class Builder {
        private String title;
        private String subtitle;
        private List<String> authors = List.of();
        private List<String> publishers = List.of();
        private String language = LanguageTag.UNDETERMINED;
        private LocalDate date;
        private String identifier;
        private String description;
        private List<String> keywords = List.of();
        private String rights;

        private Builder() {
        }

        /** Sets the title. */
        public Builder title(String value) {
            title = value;
            return this;
        }

        /** Sets the subtitle. */
        public Builder subtitle(String value) {
            subtitle = value;
            return this;
        }

        /** Sets the authors. */
        public Builder authors(List<String> value) {
            authors = value;
            return this;
        }

        /** Sets the publishers. */
        public Builder publishers(List<String> value) {
            publishers = value;
            return this;
        }

        /** Sets the language tag. */
        public Builder language(String value) {
            language = value;
            return this;
        }

        /** Sets the publication date. */
        public Builder date(LocalDate value) {
            date = value;
            return this;
        }

        /** Sets the identifier. */
        public Builder identifier(String value) {
            identifier = value;
            return this;
        }

        /** Sets the description. */
        public Builder description(String value) {
            description = value;
            return this;
        }

        /** Sets the keywords. */
        public Builder keywords(List<String> value) {
            keywords = value;
            return this;
        }

        /** Sets the rights statement. */
        public Builder rights(String value) {
            rights = value;
            return this;
        }

        /** Validates the values and returns the metadata. */
        public Metadata build() {
            return new Metadata(title, subtitle, authors, publishers, language, date, identifier, description, keywords, rights);
        }
    }

    private static List<String> names(List<String> values, String what) {
        if (values == null) {
            return List.of();
        }
        return Check.list(values, what).stream().map(LegalText::strip).map(String::strip).filter(s -> !s.isEmpty())
                .toList();
    }
}
