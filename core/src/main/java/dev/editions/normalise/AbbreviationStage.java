package dev.editions.normalise;

import dev.editions.model.Block;
import dev.editions.model.Document;
import dev.editions.model.Glossary;
import dev.editions.text.PlainText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Learns abbreviations from their definitions, "Long Form (LF)", into the glossary so that every
 * edition can expand them. The long form is the shortest run of words before the parenthesis whose
 * initials, skipping small words such as "for" and "and", contain the short form's letters in order,
 * starting with its first letter.
 */
final class AbbreviationStage implements Stage {
    private static final Pattern DEFINITION = Pattern.compile("\\(([\\p{Lu}][\\p{L}\\d&]{1,9})\\)");
    private static final Set<String> SMALL_WORDS = Set.of("a", "an", "and", "at", "by", "de", "des", "du", "for",
            "in", "la", "le", "of", "on", "the", "to", "und", "für", "der", "die", "das", "et", "y", "del");
    private static final int EXTRA_WORDS = 5;
    /** How many characters before a definition can hold its long form. */
    private static final int LOOK_BACK = 300;

    @Override
    public String name() {
        return "abbreviations";
    }

    @Override
    public StageResult apply(Document document) {
        Map<String, String> entries = new LinkedHashMap<>(document.glossary().entries());
        List<String> changes = new ArrayList<>();
        for (Block block : document.blocks()) {
            String text = PlainText.of(block);
            Matcher definition = DEFINITION.matcher(text);
            while (definition.find()) {
                String shortForm = definition.group(1);
                if (entries.containsKey(shortForm) || shortForm.chars().filter(Character::isUpperCase).count() < 2) {
                    continue;
                }
                String longForm = longForm(shortForm,
                        text.substring(Math.max(0, definition.start() - LOOK_BACK), definition.start()));
                if (longForm != null) {
                    entries.put(shortForm, longForm);
                    changes.add("learnt " + shortForm + " = " + longForm);
                }
            }
        }
        return changes.isEmpty() ? StageResult.unchanged(document)
                : new StageResult(document.withGlossary(new Glossary(entries)), changes);
    }

    /** The long form ending just before the definition, or null when the words do not fit. */
    static String longForm(String shortForm, String before) {
        String[] words = before.strip().split("[\\s\\u00A0]+");
        String letters = shortForm.replaceAll("[^\\p{L}]", "").toLowerCase(Locale.ROOT);
        if (letters.isEmpty() || words.length == 0) {
            return null;
        }
        int limit = Math.max(0, words.length - letters.length() - EXTRA_WORDS - countSmall(words));
        for (int start = words.length - 1; start >= limit; start--) {
            String first = words[start];
            if (first.isEmpty() || Character.toLowerCase(first.charAt(0)) != letters.charAt(0)
                    || !Character.isUpperCase(first.charAt(0)) && !Character.isUpperCase(shortForm.charAt(0))) {
                continue;
            }
            if (initialsContain(words, start, letters)) {
                return String.join(" ", List.of(words).subList(start, words.length)).replaceAll("[,;:]$", "");
            }
        }
        return null;
    }

    private static boolean initialsContain(String[] words, int start, String letters) {
        int next = 0;
        for (int i = start; i < words.length && next < letters.length(); i++) {
            String word = words[i];
            if (word.isEmpty() || SMALL_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (Character.toLowerCase(word.charAt(0)) == letters.charAt(next)) {
                next++;
            }
        }
        return next == letters.length();
    }

    private static int countSmall(String[] words) {
        int count = 0;
        for (int i = Math.max(0, words.length - 20); i < words.length; i++) {
            if (SMALL_WORDS.contains(words[i].toLowerCase(Locale.ROOT))) {
                count++;
            }
        }
        return count;
    }
}
