package dev.editions.text;

import dev.editions.model.Abbreviation;
import dev.editions.model.Glossary;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Decides where an abbreviation is spelled out: at its first use, unless the text has already
 * written its long form. Editions write "Long Form (LF)" at that point (WCAG technique G97) and the
 * short form after it.
 *
 * <p>One instance follows one document in reading order and is not thread-safe: the writer passes it
 * every text it writes ({@link #seeText(String)}) and asks it at every abbreviation
 * ({@link #textFor(Abbreviation)}).
 */
public final class AbbreviationExpansions {
    private final Map<String, String> pending = new LinkedHashMap<>();
    private final Set<String> introduced = new HashSet<>();

    /** Follows a document whose abbreviations are defined in {@code glossary}. */
    public AbbreviationExpansions(Glossary glossary) {
        glossary.entries().forEach((shortForm, longForm) -> pending.put(shortForm, longForm.toLowerCase(Locale.ROOT)));
    }

    /** Notes text written in reading order; a long form written out in full counts as introduced. */
    public void seeText(String text) {
        if (pending.isEmpty()) {
            return;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        pending.entrySet().removeIf(entry -> {
            if (lower.contains(entry.getValue())) {
                introduced.add(entry.getKey());
                return true;
            }
            return false;
        });
    }

    /**
     * Whether this use should be written as "Long Form (LF)": true the first time an abbreviation is
     * met, unless its long form has already been written.
     */
    public boolean expandHere(Abbreviation abbreviation) {
        pending.remove(abbreviation.shortForm());
        return introduced.add(abbreviation.shortForm());
    }

    /** The text to write for a use: "Long Form (LF)" where {@link #expandHere} says so, else "LF". */
    public String textFor(Abbreviation abbreviation) {
        return expandHere(abbreviation) ? abbreviation.longForm() + " (" + abbreviation.shortForm() + ")"
                : abbreviation.shortForm();
    }
}
