package dev.editions.write;

import dev.editions.EditionsException;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What users tune when writing editions: the writers' typed options ({@link OptionKey}) and the
 * modification time to record. Immutable; build one with {@link #builder()}.
 *
 * <p>The modification time follows the reproducible-builds convention: {@code SOURCE_DATE_EPOCH}
 * when it is set (see {@link Builder#environment(Map)}), else the timestamp option, else the time of
 * the run.
 */
public final class EditionOptions {
    /** A fixed time for tools and tests that want one and were given none: 1980-01-01T00:00:00Z. */
    public static final Instant FALLBACK_TIMESTAMP = Instant.parse("1980-01-01T00:00:00Z");

    private final Instant sourceDateEpoch;
    private final Instant timestamp;
    private final Map<String, Object> values;

    private EditionOptions(Builder builder) {
        this.sourceDateEpoch = builder.sourceDateEpoch;
        this.timestamp = builder.timestamp;
        this.values = Collections.unmodifiableMap(new TreeMap<>(builder.values));
    }

    /** The defaults, with {@code SOURCE_DATE_EPOCH} read from the environment. */
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
        builder.sourceDateEpoch = sourceDateEpoch;
        builder.timestamp = timestamp;
        builder.values.putAll(values);
        return builder;
    }

    /** The value of {@code key}: the one set, else the key's default. */
    public <T> T get(OptionKey<T> key) {
        Object value = values.get(key.name());
        return value == null ? key.defaultValue() : key.type().cast(value);
    }

    /** The options set, by name, as text {@link OptionKey#parse(String)} reads back; sorted by name. */
    public Map<String, Object> values() {
        return values;
    }

    /** The fixed modification time: {@code SOURCE_DATE_EPOCH} if set, else the timestamp option; empty for "now". */
    public Optional<Instant> timestamp() {
        return Optional.ofNullable(sourceDateEpoch != null ? sourceDateEpoch : timestamp);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EditionOptions o && Objects.equals(sourceDateEpoch, o.sourceDateEpoch)
                && Objects.equals(timestamp, o.timestamp) && values.equals(o.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sourceDateEpoch, timestamp, values);
    }

    @Override
    public String toString() {
        return "EditionOptions" + values + (timestamp().map(t -> " at " + t).orElse(""));
    }

    /** Builds {@link EditionOptions}. */
    public static final class Builder {
        private Instant sourceDateEpoch;
        private Instant timestamp;
        private final Map<String, Object> values = new TreeMap<>();

        private Builder() {
        }

        /**
         * Sets a writer option.
         *
         * @throws EditionsException when the value is outside the option's range
         */
        public <T> Builder set(OptionKey<T> key, T value) {
            values.put(key.name(), key.check(value));
            return this;
        }

        /**
         * Sets a writer option from text, as users write it.
         *
         * @throws EditionsException naming the option when the text is not a value of it
         */
        public Builder parse(OptionKey<?> key, String text) {
            values.put(key.name(), key.parse(text));
            return this;
        }

        /** Sets the fixed modification time ({@code null} for the time of the run); {@code SOURCE_DATE_EPOCH} wins. */
        public Builder timestamp(Instant value) {
            timestamp = value;
            return this;
        }

        /**
         * Takes {@code SOURCE_DATE_EPOCH} (seconds since 1970) from the map when it has it.
         *
         * @throws EditionsException when the variable is set but not a number of seconds
         */
        public Builder environment(Map<String, String> environment) {
            String epoch = environment.get("SOURCE_DATE_EPOCH");
            if (epoch != null && !epoch.isBlank()) {
                try {
                    sourceDateEpoch = Instant.ofEpochSecond(Long.parseLong(epoch.strip()));
                } catch (NumberFormatException | java.time.DateTimeException e) {
                    throw EditionsException.of("SOURCE_DATE_EPOCH",
                            "'" + epoch + "' is not a number of seconds since 1970-01-01", e);
                }
            }
            return this;
        }

        /** Returns the options. */
        public EditionOptions build() {
            return new EditionOptions(this);
        }
    }
}
