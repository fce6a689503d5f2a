package dev.editions.normalise;

import dev.editions.model.Glossary;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The comparison form of a paragraph for de-duplication: lower case, NFKC, punctuation dropped and
 * every abbreviation's long form folded into its short form, split into words and hashed 5-word
 * shingles. The output text is never built from it.
 */
final class DedupeKeys {
    private static final int SHINGLE = 5;
    /** Only so many glossary entries are folded, which bounds the work per paragraph. */
    private static final int MAX_FOLDED = 200;

    /** A paragraph's comparison form. */
    record Entry(String key, long[] shingles, int words, int definitions) {
    }

    private final List<String[]> folds = new ArrayList<>();

    DedupeKeys(Glossary glossary) {
        for (Map.Entry<String, String> entry : glossary.entries().entrySet()) {
            if (folds.size() == MAX_FOLDED) {
                break;
            }
            String shortForm = entry.getKey().toLowerCase(Locale.ROOT);
            String longForm = words(entry.getValue().toLowerCase(Locale.ROOT));
            folds.add(new String[] {shortForm, longForm});
        }
    }

    Entry entry(String text) {
        String lower = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        int definitions = 0;
        String key = " " + words(lower) + " ";
        for (String[] fold : folds) {
            String defined = " " + fold[1] + " " + fold[0] + " ";
            if (key.contains(defined)) {
                definitions++;
                key = key.replace(defined, " " + fold[0] + " ");
            }
            key = key.replace(" " + fold[1] + " ", " " + fold[0] + " ");
        }
        key = key.strip();
        String[] tokens = key.isEmpty() ? new String[0] : key.split(" ");
        return new Entry(key, shingles(tokens), tokens.length, definitions);
    }

    private static long[] shingles(String[] tokens) {
        if (tokens.length <= SHINGLE) {
            return new long[] {hash(tokens, 0, tokens.length)};
        }
        long[] hashes = new long[tokens.length - SHINGLE + 1];
        for (int i = 0; i < hashes.length; i++) {
            hashes[i] = hash(tokens, i, i + SHINGLE);
        }
        return Arrays.stream(hashes).distinct().toArray();
    }

    private static long hash(String[] tokens, int from, int to) {
        long hash = 1125899906842597L;
        for (int i = from; i < to; i++) {
            hash = 31 * hash + tokens[i].hashCode();
            hash ^= hash >>> 29;
        }
        return hash;
    }

    /** Letters and digits only, one space between words. */
    private static String words(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(c);
                space = false;
            } else if (!space) {
                out.append(' ');
                space = true;
            }
        }
        return out.toString().strip();
    }
}
