package dev.editions.normalise;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers whether a text contains a word form, for the hard-wrap stage's question "is this word
 * spelled with its hyphen elsewhere?". A form with a hyphen inside is looked for only where the text
 * has a hyphen between the same two characters (the text's hyphens are indexed once); every answer
 * is remembered. Asking for each hyphen at a line end so costs time in proportion to the few places
 * that could match, not to the whole text.
 */
final class HyphenIndex {
    private final String text;
    private final Map<String, Boolean> answers = new HashMap<>();
    /** The positions of the text's hyphens by the characters around them; built at the first question. */
    private Map<Integer, List<Integer>> hyphens;

    HyphenIndex(String text) {
        this.text = text;
    }

    /** Whether the text contains {@code form}, as {@link String#contains} would answer. */
    boolean contains(String form) {
        return answers.computeIfAbsent(form, this::find);
    }

    private boolean find(String form) {
        int hyphen = form.indexOf('-', 1);
        if (hyphen < 0 || hyphen + 1 >= form.length()) {
            return text.contains(form);
        }
        for (int at : hyphens().getOrDefault(key(form, hyphen), List.of())) {
            if (at >= hyphen && text.startsWith(form, at - hyphen)) {
                return true;
            }
        }
        return false;
    }

    private Map<Integer, List<Integer>> hyphens() {
        if (hyphens == null) {
            hyphens = new HashMap<>();
            for (int at = text.indexOf('-', 1); at > 0 && at + 1 < text.length(); at = text.indexOf('-', at + 1)) {
                hyphens.computeIfAbsent(key(text, at), k -> new ArrayList<>()).add(at);
            }
        }
        return hyphens;
    }

    private static int key(String text, int hyphen) {
        return text.charAt(hyphen - 1) << Character.SIZE | text.charAt(hyphen + 1);
    }
}
