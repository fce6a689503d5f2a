package dev.editions.markdown.internal;

import dev.editions.model.Abbreviation;
import dev.editions.model.Inline;
import dev.editions.model.Text;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Marks the uses of defined abbreviations in text, as Markdown abbreviation definitions mean: every
 * whole-word occurrence of a short form, anywhere in the document except code. flexmark marks most of
 * them itself but misses text that follows an autolink in the same paragraph; this catches the rest.
 */
public final class AbbreviationMarker {
    private final Map<String, String> definitions;
    private final Pattern shortForms;

    /** A marker for the abbreviations {@code definitions} defines (short form to long form). */
    public AbbreviationMarker(Map<String, String> definitions) {
        this.definitions = Map.copyOf(definitions);
        List<String> keys = new ArrayList<>(definitions.keySet());
        keys.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        StringBuilder alternatives = new StringBuilder();
        for (String key : keys) {
            if (!alternatives.isEmpty()) {
                alternatives.append('|');
            }
            alternatives.append(boundary(key.charAt(0))).append(Pattern.quote(key)).append(boundary(key.charAt(key.length() - 1)));
        }
        shortForms = keys.isEmpty() ? null : Pattern.compile(alternatives.toString());
    }

    /** Adds {@code text} to {@code out}, with each use of a defined abbreviation as an {@link Abbreviation}. */
    public void mark(String text, List<Inline> out) {
        if (text.isEmpty()) {
            return;
        }
        if (shortForms == null) {
            out.add(new Text(text));
            return;
        }
        Matcher matcher = shortForms.matcher(text);
        int at = 0;
        while (matcher.find()) {
            if (matcher.start() > at) {
                out.add(new Text(text.substring(at, matcher.start())));
            }
            out.add(new Abbreviation(matcher.group(), definitions.get(matcher.group())));
            at = matcher.end();
        }
        if (at < text.length()) {
            out.add(new Text(text.substring(at)));
        }
    }

    private static String boundary(char edge) {
        return Character.isLetterOrDigit(edge) ? "\\b" : "";
    }
}
