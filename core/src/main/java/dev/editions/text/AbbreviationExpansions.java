package dev.editions.text;

import dev.editions.model.Abbreviation;
import dev.editions.model.Glossary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
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
    private final Map<String, String> pending = new HashMap<>();
    private final Set<String> introduced = new HashSet<>();
    /** The lower-case long forms of the pending abbreviations, and the short forms of each. */
    private final PhraseFinder longForms = new PhraseFinder();
    private final Map<String, List<String>> shortForms = new HashMap<>();

    /** Follows a document whose abbreviations are defined in {@code glossary}. */
    public AbbreviationExpansions(Glossary glossary) {
        glossary.entries().forEach((shortForm, longForm) -> {
            String lower = longForm.toLowerCase(Locale.ROOT);
            pending.put(shortForm, lower);
            longForms.add(lower);
            shortForms.computeIfAbsent(lower, key -> new ArrayList<>(1)).add(shortForm);
        });
    }

    /** Notes text written in reading order; a long form written out in full counts as introduced. */
    public void seeText(String text) {
        if (pending.isEmpty()) {
            return;
        }
        for (String longForm : longForms.foundIn(text.toLowerCase(Locale.ROOT))) {
            for (String shortForm : shortForms.get(longForm)) {
                if (pending.remove(shortForm) != null) {
                    introduced.add(shortForm);
                }
            }
            longForms.remove(longForm);
        }
    }

    /**
     * Whether this use should be written as "Long Form (LF)": true the first time an abbreviation is
     * met, unless its long form has already been written.
     */
    public boolean expandHere(Abbreviation abbreviation) {
        String longForm = pending.remove(abbreviation.shortForm());
        if (longForm != null && shortForms.get(longForm).stream().noneMatch(pending::containsKey)) {
            longForms.remove(longForm);
        }
        return introduced.add(abbreviation.shortForm());
    }

    /** The text to write for a use: "Long Form (LF)" where {@link #expandHere} says so, else "LF". */
    public String textFor(Abbreviation abbreviation) {
        return expandHere(abbreviation) ? abbreviation.longForm() + " (" + abbreviation.shortForm() + ")"
                : abbreviation.shortForm();
    }
}
