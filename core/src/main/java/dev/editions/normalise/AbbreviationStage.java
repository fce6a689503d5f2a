package dev.editions.normalise;

import dev.editions.model.Block;
import dev.editions.model.CodeBlock;
import dev.editions.model.Document;
import dev.editions.model.Glossary;
import dev.editions.text.PlainText;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Learns abbreviations from their definitions into the glossary so that every edition can expand
 * them, in both orders: "Long Form (LF)" and "LF (Long Form)". A short form has two capitals, or a
 * capital and a digit, and may hold {@code &}, digits and lower-case letters ("R&D", "G7",
 * "PM2.5"). The long form is the shortest run of words whose initials, skipping small words such as
 * "for" and "de" and elided articles ("l’", "d’", "dell’"), contain the short form's letters in
 * order, starting with its first letter; a definition whose words do not fit is not learnt.
 */
final class AbbreviationStage implements Stage {
    private static final String SHORT = "\\p{Lu}[\\p{L}\\d&.-]{0,9}[\\p{L}\\d]";
    private static final Pattern LONG_FIRST = Pattern.compile("\\((" + SHORT + ")\\)");
    private static final Pattern SHORT_FIRST = Pattern.compile("(?<![\\p{L}\\d&])(" + SHORT + ")\\s+\\(([^()]{3,120})\\)");
    private static final Pattern ELISION = Pattern.compile("(?iu)^(?:l|d|dell|dall|nell|sull|all|qu|j|n|s|c|m|t)['’]");
    private static final Pattern NOT_WORDS = Pattern.compile("[=<>|/\\\\{}\\[\\]#*+%@]|\\d{3,}");
    private static final Set<String> SMALL_WORDS = Set.of("a", "an", "and", "at", "by", "de", "des", "du", "for",
            "in", "la", "le", "les", "of", "on", "the", "to", "und", "für", "der", "die", "das", "et", "y", "del", "e",
            "di", "della", "delle", "degli", "dei", "per", "pour", "en", "à", "au", "aux", "van", "het", "voor",
            "von", "zur", "zum", "para", "da", "do", "dos", "em", "con", "il", "lo", "los", "las", "el");
    private static final int EXTRA_WORDS = 5;
    /** A long form may have this many more content words than its short form has letters. */
    private static final int EXTRA_CONTENT_WORDS = 3;
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
            if (block instanceof CodeBlock) {
                continue;
            }
            String text = PlainText.of(block);
            if (text.indexOf('(') < 0) {
                continue; // both patterns need a parenthesis
            }
            Matcher definition = LONG_FIRST.matcher(text);
            while (definition.find()) {
                String shortForm = definition.group(1);
                if (!entries.containsKey(shortForm) && isShortForm(shortForm)) {
                    learn(entries, changes, shortForm, longForm(shortForm,
                            text.substring(Math.max(0, definition.start() - LOOK_BACK), definition.start())));
                }
            }
            Matcher reversed = SHORT_FIRST.matcher(text);
            while (reversed.find()) {
                String shortForm = reversed.group(1);
                String inside = reversed.group(2).strip();
                if (!entries.containsKey(shortForm) && isShortForm(shortForm) && Lines.words(inside) >= 2) {
                    String longForm = longForm(shortForm, inside);
                    learn(entries, changes, shortForm, longForm != null && longForm.equals(withoutElision(inside))
                            ? longForm : null);
                }
            }
        }
        return changes.isEmpty() ? StageResult.unchanged(document)
                : new StageResult(document.withGlossary(new Glossary(entries)), changes);
    }

    private static void learn(Map<String, String> entries, List<String> changes, String shortForm, String longForm) {
        if (longForm != null) {
            entries.put(shortForm, longForm);
            changes.add("learnt " + shortForm + " = " + longForm);
        }
    }

    /** Two capitals, or a capital and a digit: "UN", "R&D", "G7", "PM2.5"; not an ordinary capitalised word. */
    static boolean isShortForm(String candidate) {
        long capitals = candidate.chars().filter(Character::isUpperCase).count();
        long digits = candidate.chars().filter(Character::isDigit).count();
        return capitals >= 2 || capitals == 1 && digits >= 1;
    }

    /** The long form ending just before the definition, or null when the words do not fit. */
    static String longForm(String shortForm, String before) {
        if (NOT_WORDS.matcher(before.substring(Math.max(0, before.length() - 80))).find() && !before.contains(",")) {
            return checkedTail(shortForm, before.substring(lastSymbol(before) + 1));
        }
        return checkedTail(shortForm, before);
    }

    private static int lastSymbol(String text) {
        Matcher m = NOT_WORDS.matcher(text);
        int last = -1;
        while (m.find()) {
            last = m.end() - 1;
        }
        return last;
    }

    private static String checkedTail(String shortForm, String before) {
        String[] words = before.strip().split("[\\s\\u00A0]+");
        String letters = fold(shortForm.replaceAll("[^\\p{L}]", ""));
        if (letters.isEmpty() || words.length == 0 || words[0].isEmpty()) {
            return null;
        }
        int limit = Math.max(0, words.length - letters.length() - EXTRA_WORDS - countSmall(words));
        for (int start = words.length - 1; start >= limit; start--) {
            String first = withoutElision(words[start]);
            if (first.isEmpty() || fold(first.substring(0, 1)).charAt(0) != letters.charAt(0)
                    || !Character.isUpperCase(first.charAt(0)) && !Character.isUpperCase(shortForm.charAt(0))
                    || isSmall(first)) {
                continue;
            }
            if (initialsMatch(words, start, letters)) {
                List<String> kept = new ArrayList<>(List.of(words).subList(start, words.length));
                kept.set(0, first);
                String longForm = String.join(" ", kept).replaceAll("[,;:]$", "");
                return NOT_WORDS.matcher(longForm).find() ? null : longForm;
            }
        }
        return null;
    }

    /** Whether the initials of the content words from {@code start} spell the letters in order, using every word. */
    private static boolean initialsMatch(String[] words, int start, String letters) {
        int next = 0;
        int content = 0;
        for (int i = start; i < words.length; i++) {
            String word = withoutElision(words[i]);
            if (word.isEmpty() || isSmall(word)) {
                continue;
            }
            content++;
            String folded = fold(word);
            if (next < letters.length() && !folded.isEmpty() && folded.charAt(0) == letters.charAt(next)) {
                next++;
                for (int j = 1; j < folded.length() && next < letters.length() && isInnerCapital(word, j); j++) {
                    if (folded.charAt(j) == letters.charAt(next)) {
                        next++;
                    }
                }
            }
        }
        return next == letters.length() && content <= letters.length() + EXTRA_CONTENT_WORDS;
    }

    /** A capital inside a word ("PowerPoint"), which may stand for a letter of the short form. */
    private static boolean isInnerCapital(String word, int index) {
        return index < word.length() && Character.isUpperCase(word.charAt(index));
    }

    private static boolean isSmall(String word) {
        return SMALL_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A word without an elided article before it: "l’Agence" → "Agence". */
    private static String withoutElision(String word) {
        return ELISION.matcher(word).replaceFirst("");
    }

    /** Lower case without accents, for comparing letters: "Énergie" → "energie". */
    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }

    private static int countSmall(String[] words) {
        int count = 0;
        for (int i = Math.max(0, words.length - 20); i < words.length; i++) {
            if (isSmall(words[i])) {
                count++;
            }
        }
        return count;
    }
}
