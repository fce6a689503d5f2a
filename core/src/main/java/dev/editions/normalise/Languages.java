package dev.editions.normalise;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Language names as front matter writes them ("English", "Français"), to BCP 47 tags. */
final class Languages {
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("english", "en"), Map.entry("french", "fr"), Map.entry("français", "fr"),
            Map.entry("german", "de"), Map.entry("deutsch", "de"), Map.entry("spanish", "es"),
            Map.entry("español", "es"), Map.entry("italian", "it"), Map.entry("italiano", "it"),
            Map.entry("portuguese", "pt"), Map.entry("português", "pt"), Map.entry("dutch", "nl"),
            Map.entry("nederlands", "nl"), Map.entry("russian", "ru"), Map.entry("latin", "la"),
            Map.entry("greek", "el"), Map.entry("chinese", "zh"), Map.entry("japanese", "ja"),
            Map.entry("finnish", "fi"), Map.entry("swedish", "sv"), Map.entry("danish", "da"),
            Map.entry("norwegian", "no"), Map.entry("polish", "pl"), Map.entry("hungarian", "hu"));

    private Languages() {
    }

    /** The tag of the first language named in {@code value} ("English", "French and English"). */
    static Optional<String> code(String value) {
        String first = value.strip().split("[\\s,;/]+", 2)[0].toLowerCase(Locale.ROOT);
        return Optional.ofNullable(NAMES.get(first));
    }
}
