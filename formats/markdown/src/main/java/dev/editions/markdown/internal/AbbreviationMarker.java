package dev.editions.markdown.internal;

import dev.editions.model.Abbreviation;
import dev.editions.model.Inline;
import dev.editions.model.Text;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Marks the uses of defined abbreviations in text, as Markdown abbreviation definitions mean: every
 * occurrence of a short form, anywhere in the document except code, that is not part of a longer word.
 * A short form that starts (ends) with a letter or digit must not follow (be followed by) one. Where
 * short forms overlap, the longest wins.
 */
public final class AbbreviationMarker {
    private final Map<String, String> definitions;
    /** The short forms by their first character, longest first. */
    private final Map<Character, List<String>> byFirst = new HashMap<>();

    /** A marker for the abbreviations {@code definitions} defines (short form to long form). */
    public AbbreviationMarker(Map<String, String> definitions) {
        this.definitions = Map.copyOf(definitions);
        for (String shortForm : definitions.keySet()) {
            if (!shortForm.isEmpty()) {
                byFirst.computeIfAbsent(shortForm.charAt(0), c -> new ArrayList<>()).add(shortForm);
            }
        }
        byFirst.values().forEach(forms -> forms.sort(
                Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder())));
    }

    /** Adds {@code text} to {@code out}, with each use of a defined abbreviation as an {@link Abbreviation}. */
    public void mark(String text, List<Inline> out) {
        int copied = 0;
        int at = 0;
        while (at < text.length()) {
            String found = shortFormAt(text, at);
            if (found == null) {
                at++;
                continue;
            }
            if (at > copied) {
                out.add(new Text(text.substring(copied, at)));
            }
            out.add(new Abbreviation(found, definitions.get(found)));
            at += found.length();
            copied = at;
        }
        if (copied < text.length()) {
            out.add(new Text(text.substring(copied)));
        }
    }

    /** The longest short form used at {@code at}, or null. */
    private String shortFormAt(String text, int at) {
        List<String> candidates = byFirst.get(text.charAt(at));
        if (candidates == null || at > 0 && isWordCharacter(text.charAt(at)) && isWordCharacter(text.charAt(at - 1))) {
            return null;
        }
        for (String candidate : candidates) {
            int end = at + candidate.length();
            if (text.startsWith(candidate, at) && (end == text.length()
                    || !(isWordCharacter(candidate.charAt(candidate.length() - 1)) && isWordCharacter(text.charAt(end))))) {
                return candidate;
            }
        }
        return null;
    }

    private static boolean isWordCharacter(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
