package dev.editions.write;

import dev.editions.EditionsException;
import dev.editions.model.Document;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

/**
 * What users tune when writing editions. Immutable; build one with {@link #builder()}.
 *
 * @param pageSize the paper size of paginated editions
 * @param marginMillimetres the page margin of paginated editions, on every side
 * @param justified whether body text is justified (otherwise ragged right, which is easier to read)
 * @param timestamp the fixed "last modified" time written into editions, or {@code null} to take it
 *     from the document (see {@link #modified(Document)})
 * @param certifiedBy who vouches for the accessibility claims, or {@code null} for the first publisher
 * @param pageMap the pages of the paginated edition published in the same run, or {@code null}
 */
public record EditionOptions(
        PageSize pageSize,
        double marginMillimetres,
        boolean justified,
        Instant timestamp,
        String certifiedBy,
        PageMap pageMap) {

    /** The time written when neither the options nor the document give one: 1980-01-01T00:00:00Z. */
    public static final Instant FALLBACK_TIMESTAMP = Instant.parse("1980-01-01T00:00:00Z");

    /** Checks the fields. */
    public EditionOptions {
        java.util.Objects.requireNonNull(pageSize, "pageSize");
        if (!(marginMillimetres >= 5 && marginMillimetres <= 60)) {
            throw new IllegalArgumentException("margin must be between 5 and 60 mm, was " + marginMillimetres);
        }
        certifiedBy = certifiedBy == null || certifiedBy.isBlank() ? null : certifiedBy.strip();
    }

    /** The defaults, with the timestamp taken from {@code SOURCE_DATE_EPOCH} when it is set. */
    public static EditionOptions defaults() {
        return builder().environment(System.getenv()).build();
    }

    /** A builder starting from the defaults, ignoring the environment. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these options. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.pageSize = pageSize;
        builder.marginMillimetres = marginMillimetres;
        builder.justified = justified;
        builder.timestamp = timestamp;
        builder.certifiedBy = certifiedBy;
        builder.pageMap = pageMap;
        return builder;
    }

    /**
     * The "last modified" time to write: the option if set, else the document's date at midnight UTC,
     * else {@link #FALLBACK_TIMESTAMP}. Never the clock, so editions are reproducible.
     */
    public Instant modified(Document document) {
        if (timestamp != null) {
            return timestamp;
        }
        if (document.metadata().date() != null) {
            return document.metadata().date().atStartOfDay().toInstant(ZoneOffset.UTC);
        }
        return FALLBACK_TIMESTAMP;
    }

    /** Who certifies the accessibility claims: the option, else the first publisher, if any. */
    public Optional<String> certifier(Document document) {
        if (certifiedBy != null) {
            return Optional.of(certifiedBy);
        }
        return document.metadata().publishers().stream().findFirst();
    }

    /** The page map, if a paginated edition was published in the same run. */
    public Optional<PageMap> pages() {
        return Optional.ofNullable(pageMap);
    }

    /** Builds {@link EditionOptions}. */
    public static final class Builder {
        private PageSize pageSize = PageSize.A4;
        private double marginMillimetres = 25;
        private boolean justified;
        private Instant timestamp;
        private String certifiedBy;
        private PageMap pageMap;

        private Builder() {
        }

        /** Sets the paper size. */
        public Builder pageSize(PageSize value) {
            pageSize = value;
            return this;
        }

        /** Sets the margin on every side, in millimetres (5 to 60). */
        public Builder marginMillimetres(double value) {
            marginMillimetres = value;
            return this;
        }

        /** Sets whether body text is justified. */
        public Builder justified(boolean value) {
            justified = value;
            return this;
        }

        /** Sets the fixed timestamp ({@code null} to take it from the document). */
        public Builder timestamp(Instant value) {
            timestamp = value;
            return this;
        }

        /** Sets who certifies the accessibility claims. */
        public Builder certifiedBy(String value) {
            certifiedBy = value;
            return this;
        }

        /** Sets the page map of the paginated edition published in the same run. */
        public Builder pageMap(PageMap value) {
            pageMap = value;
            return this;
        }

        /**
         * Takes the timestamp from {@code SOURCE_DATE_EPOCH} (seconds since 1970) when the map has it.
         *
         * @throws EditionsException when the variable is set but not a number of seconds
         */
        public Builder environment(Map<String, String> environment) {
            String epoch = environment.get("SOURCE_DATE_EPOCH");
            if (epoch != null && !epoch.isBlank()) {
                try {
                    timestamp = Instant.ofEpochSecond(Long.parseLong(epoch.strip()));
                } catch (NumberFormatException e) {
                    throw EditionsException.of("SOURCE_DATE_EPOCH",
                            "'" + epoch + "' is not a number of seconds since 1970-01-01", e);
                }
            }
            return this;
        }

        /** Checks the values and returns the options. */
        public EditionOptions build() {
            return new EditionOptions(pageSize, marginMillimetres, justified, timestamp, certifiedBy, pageMap);
        }
    }
}
