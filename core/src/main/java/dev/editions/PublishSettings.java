package dev.editions;

import dev.editions.model.Metadata;
import dev.editions.normalise.Normaliser;
import dev.editions.read.ReadOptions;
import dev.editions.model.LegalText;
import dev.editions.write.EditionOptions;
import dev.editions.write.OptionKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a front end was told, in one place: the command line and the Maven plugin fill one of these
 * from their flags and parameters ({@link Setting}) and let it configure {@link Editions} and the
 * metadata, so both validate and apply every setting the same way. Mutable; use one per run.
 */
public final class PublishSettings {
    private final List<String> formats = new ArrayList<>();
    private final List<String> disabledStages = new ArrayList<>();
    private final Map<String, String> options = new LinkedHashMap<>();
    private String title;
    private String language;
    private List<String> authors = List.of();
    private List<String> publishers = List.of();
    private boolean keepDuplicates;
    private boolean strict;
    private boolean allOrNothing;
    private Instant timestamp;
    private Long maxImagePixels;

    /** Settings with every field at its default: every format, every stage, no overrides. */
    public PublishSettings() {
    }

    /** Sets the formats to write; none means every format available. */
    public PublishSettings formats(List<String> values) {
        formats.clear();
        if (values != null) {
            values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).forEach(formats::add);
        }
        return this;
    }

    /** Sets the title that replaces the one found (null or blank: keep it). */
    public PublishSettings title(String value) {
        title = blankToNull(value);
        return this;
    }

    /** Sets the language that replaces the one found (null or blank: keep it). */
    public PublishSettings language(String value) {
        language = blankToNull(value);
        return this;
    }

    /** Sets the authors that replace those found (null or empty: keep them). */
    public PublishSettings authors(List<String> values) {
        authors = values == null ? List.of() : List.copyOf(values);
        return this;
    }

    /** Sets the publishers that replace those found (null or empty: keep them). */
    public PublishSettings publishers(List<String> values) {
        publishers = values == null ? List.of() : List.copyOf(values);
        return this;
    }

    /** Adds normaliser stages to leave out. */
    public PublishSettings disableStages(List<String> names) {
        if (names != null) {
            names.stream().filter(n -> n != null && !n.isBlank()).map(String::strip).forEach(disabledStages::add);
        }
        return this;
    }

    /** Keeps repeated paragraphs: leaves out the {@code dedupe} stage. */
    public PublishSettings keepDuplicates(boolean value) {
        keepDuplicates = value;
        return this;
    }

    /** Turns diagnostics into errors. */
    public PublishSettings strict(boolean value) {
        strict = value;
        return this;
    }

    /** Writes none of a report's editions when any of them fails. */
    public PublishSettings allOrNothing(boolean value) {
        allOrNothing = value;
        return this;
    }

    /** Sets the most pixels a picture may have (null: {@link ReadOptions#DEFAULT_MAX_IMAGE_PIXELS}). */
    public PublishSettings maxImagePixels(Long value) {
        maxImagePixels = value;
        return this;
    }

    /** Sets the fixed modification time (null: {@code SOURCE_DATE_EPOCH} or the time of the run). */
    public PublishSettings timestamp(Instant value) {
        timestamp = value;
        return this;
    }

    /** Sets a writer option by name, as text; null or blank text leaves it unset. */
    public PublishSettings option(String name, String text) {
        if (name != null && text != null && !text.isBlank()) {
            options.put(name.strip(), text);
        }
        return this;
    }

    /** Sets the writer option a shorthand {@link Setting} stands for; null leaves it unset. */
    public PublishSettings option(Setting setting, Object value) {
        if (setting.option() == null) {
            throw new IllegalArgumentException(setting + " is not a writer option");
        }
        return value == null ? this : option(setting.option(), String.valueOf(value));
    }

    /** Sets writer options given as {@code NAME=VALUE} text. */
    public PublishSettings options(Map<String, String> values) {
        if (values != null) {
            values.forEach(this::option);
        }
        return this;
    }

    /** The formats to write with {@code editions}: those set, else every format available. */
    public List<String> formats(Editions editions) {
        return formats.isEmpty() ? editions.formats() : List.copyOf(formats);
    }

    /**
     * {@code base} configured with these settings.
     *
     * @throws EditionsException naming an unknown option or stage, or a value out of range
     */
    public Editions configure(Editions base) {
        EditionOptions.Builder builder = base.options().toBuilder();
        if (timestamp != null) {
            builder.timestamp(timestamp);
        }
        options.forEach((name, text) -> {
            OptionKey<?> key = base.writers().option(name).orElseThrow(() -> EditionsException.of(null,
                    "there is no option '" + name + "'; the options are " + String.join(", ",
                            base.writers().options().stream().map(OptionKey::name).toList())));
            builder.parse(key, text);
        });
        List<String> skipped = new ArrayList<>(disabledStages);
        if (keepDuplicates && !skipped.contains("dedupe")) {
            skipped.add("dedupe");
        }
        Normaliser normaliser;
        try {
            normaliser = base.normaliser().without(skipped.toArray(String[]::new));
        } catch (IllegalArgumentException e) {
            throw EditionsException.of(null, e.getMessage(), e);
        }
        ReadOptions reading = base.readOptions();
        if (maxImagePixels != null) {
            try {
                reading = new ReadOptions(maxImagePixels);
            } catch (IllegalArgumentException e) {
                throw EditionsException.of(null, e.getMessage(), e);
            }
        }
        return base.withOptions(builder.build()).withNormaliser(normaliser).strict(strict).allOrNothing(allOrNothing)
                .withReadOptions(reading);
    }

    /**
     * {@code draft} with its title, language, authors and publishers replaced where set. Characters
     * no edition can hold ({@link LegalText}) are removed from the replacements, with a warning added
     * to the draft's diagnostics.
     *
     * @throws EditionsException when a replacement is not valid metadata (a bad language tag)
     */
    public Draft applyTo(Draft draft) {
        Diagnostics warnings = new Diagnostics(draft.source().name());
        Metadata metadata = overrides(draft.document().metadata(), warnings);
        return draft.withDocument(draft.document().withMetadata(metadata)).withMoreDiagnostics(warnings.list());
    }

    /**
     * {@code found} with the title, language, authors and publishers replaced where set, without the
     * characters no edition can hold; prefer {@link #applyTo(Draft)}, which reports them.
     *
     * @throws EditionsException when a replacement is not valid metadata (a bad language tag)
     */
    public Metadata overrides(Metadata found) {
        return overrides(found, new Diagnostics("settings"));
    }

    private Metadata overrides(Metadata found, Diagnostics warnings) {
        Metadata.Builder builder = found.toBuilder();
        try {
            if (title != null) {
                builder.title(legal(title, "the title given in the settings", warnings));
            }
            if (language != null) {
                builder.language(legal(language, "the language given in the settings", warnings));
            }
            if (!authors.isEmpty()) {
                builder.authors(authors.stream().map(a -> legal(a, "an author given in the settings", warnings)).toList());
            }
            if (!publishers.isEmpty()) {
                builder.publishers(publishers.stream()
                        .map(p -> legal(p, "a publisher given in the settings", warnings)).toList());
            }
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw EditionsException.of(null, e.getMessage(), e);
        }
    }

    private static String legal(String value, String where, Diagnostics warnings) {
        LegalText.Cleaned cleaned = LegalText.clean(value);
        if (cleaned.changed()) {
            warnings.warn("text.illegal-character", LegalText.removedMessage(cleaned.removed(), where));
        }
        return cleaned.text();
    }

    /** Every setting in a stable textual form, for up-to-date checks. */
    public String fingerprint() {
        return List.of(formats, disabledStages, options, String.valueOf(title), String.valueOf(language), authors,
                publishers, keepDuplicates, strict, allOrNothing, String.valueOf(timestamp),
                String.valueOf(maxImagePixels)).toString();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
