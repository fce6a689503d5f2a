package dev.editions.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The abbreviations a document defines, each short form mapped to its long form, in the order they
 * were learnt.
 *
 * @param entries short form to long form; iteration follows definition order
 */
public record Glossary(Map<String, String> entries) {
    /** A glossary with no entries. */
    public static final Glossary EMPTY = new Glossary(Map.of());

    /** Copies the entries, keeping their order, and checks that none is blank. */
    public Glossary {
        Objects.requireNonNull(entries, "glossary entries must not be null");
        Map<String, String> copy = new LinkedHashMap<>();
        entries.forEach((shortForm, longForm) -> copy.put(
                Check.notBlank(shortForm, "abbreviation").strip(),
                Check.notBlank(longForm, "expansion of " + shortForm).strip()));
        entries = Collections.unmodifiableMap(copy);
    }

    /** The long form of {@code shortForm}, if defined. */
    public Optional<String> longForm(String shortForm) {
        return Optional.ofNullable(entries.get(shortForm));
    }

    /** Whether there are no entries. */
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** A copy with one more entry; an existing definition of the same short form is kept. */
    public Glossary with(String shortForm, String longForm) {
        Map<String, String> copy = new LinkedHashMap<>(entries);
        copy.putIfAbsent(shortForm, longForm);
        return new Glossary(copy);
    }
}
