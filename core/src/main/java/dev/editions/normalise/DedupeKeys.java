package dev.editions.normalise;

import dev.editions.model.Glossary;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The comparison form of a paragraph for de-duplication: NFKC, lower case, punctuation dropped and
 * every abbreviation's long form folded into its short form, as a list of words. Two paragraphs
 * whose words are the same are copies that differ at most in case, punctuation and how
 * abbreviations are written. The output text is never built from it.
 *
 * <p>Words of scripts written without spaces (Han, kana, Thai, Lao, Khmer, Myanmar) count one
 * letter each, so that such text can be compared at all.
 */
final class DedupeKeys {
    /** Words per shingle. */
    static final int SHINGLE = 5;
    /** Winnowing window: every run of this many shingles shared by two paragraphs yields a shared fingerprint. */
    static final int WINDOW = 4;
    /** Characters that end a sentence. */
    static final String SENTENCE_ENDS = ".!?…。！？";
    /** Only so many glossary entries are folded, which bounds the memory of the fold table. */
    private static final int MAX_FOLDED = 1_000;

    /**
     * A paragraph's comparison form.
     *
     * @param words the words after folding
     * @param starts which words start a sentence
     * @param key a 64-bit hash of the words
     * @param check a second, independent hash of the words; equal {@code key} and {@code check} mean
     *     equal words
     * @param definitions how many abbreviation definitions ("Long Form (LF)") the paragraph holds
     */
    record Entry(String[] words, boolean[] starts, long key, long check, int definitions) {
        /** The number of words. */
        int size() {
            return words.length;
        }

        /** Whether the two entries have the same words. */
        boolean sameWords(Entry other) {
            return key == other.key && check == other.check;
        }
    }

    /** An abbreviation as words: the long form and the short form it folds into. */
    private record Fold(String[] longForm, String[] shortForm) {
    }

    /** Folds by the first word of their long form, longest long form first. */
    private final Map<String, List<Fold>> folds = new HashMap<>();

    DedupeKeys(Glossary glossary) {
        int count = 0;
        for (Map.Entry<String, String> entry : glossary.entries().entrySet()) {
            String[] shortForm = words(entry.getKey()).words();
            String[] longForm = words(entry.getValue()).words();
            if (shortForm.length == 0 || longForm.length == 0 || Arrays.equals(shortForm, longForm)) {
                continue;
            }
            if (count++ == MAX_FOLDED) {
                break;
            }
            List<Fold> sameStart = folds.computeIfAbsent(longForm[0], w -> new ArrayList<>());
            sameStart.add(new Fold(longForm, shortForm));
            sameStart.sort((a, b) -> b.longForm.length - a.longForm.length);
        }
    }

    /** The comparison form of {@code text}. */
    Entry entry(String text) {
        Words raw = words(text);
        List<String> out = new ArrayList<>(raw.words().length);
        boolean[] starts = new boolean[raw.words().length];
        int definitions = 0;
        int at = 0;
        while (at < raw.words().length) {
            Fold fold = foldAt(raw.words(), at);
            if (fold == null) {
                starts[out.size()] = raw.starts()[at];
                out.add(raw.words()[at++]);
                continue;
            }
            boolean start = raw.starts()[at];
            at += fold.longForm.length;
            if (endsWith(out, fold.shortForm)) {
                definitions++; // "LF (Long Form)"
            } else {
                if (startsAt(raw.words(), at, fold.shortForm)) {
                    definitions++; // "Long Form (LF)"
                    at += fold.shortForm.length;
                }
                starts[out.size()] = start;
                out.addAll(List.of(fold.shortForm));
            }
        }
        String[] words = out.toArray(String[]::new);
        return new Entry(words, Arrays.copyOf(starts, words.length), key(words), check(words), definitions);
    }

    private Fold foldAt(String[] words, int at) {
        List<Fold> candidates = folds.get(words[at]);
        if (candidates != null) {
            for (Fold fold : candidates) {
                if (startsAt(words, at, fold.longForm)) {
                    return fold;
                }
            }
        }
        return null;
    }

    private static boolean startsAt(String[] words, int at, String[] part) {
        if (at + part.length > words.length) {
            return false;
        }
        for (int i = 0; i < part.length; i++) {
            if (!words[at + i].equals(part[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsWith(List<String> words, String[] part) {
        int from = words.size() - part.length;
        if (from < 0) {
            return false;
        }
        for (int i = 0; i < part.length; i++) {
            if (!words.get(from + i).equals(part[i])) {
                return false;
            }
        }
        return true;
    }

    /** Words, and which of them start a sentence. */
    record Words(String[] words, boolean[] starts) {
    }

    /**
     * The words of {@code text}: NFKC, lower case, split at everything but letters, digits and marks.
     * A word starts a sentence when it opens the text, or follows a full stop, question or exclamation
     * mark and a space and does not start in lower case.
     */
    static Words words(String text) {
        String folded = Normalizer.isNormalized(text, Normalizer.Form.NFKC) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFKC);
        List<String> out = new ArrayList<>();
        List<Boolean> starts = new ArrayList<>();
        int start = -1;
        boolean single = false;
        boolean ended = true;
        boolean spaced = true;
        for (int i = 0; i < folded.length(); ) {
            int c = folded.codePointAt(i);
            int next = i + Character.charCount(c);
            if (Character.isLetterOrDigit(c)) {
                boolean unspaced = isUnspaced(c);
                if (start >= 0 && (unspaced || single)) {
                    out.add(folded.substring(start, i).toLowerCase(Locale.ROOT));
                    start = -1;
                }
                if (start < 0) {
                    start = i;
                    starts.add(ended && spaced && !Character.isLowerCase(c));
                    ended = false;
                    spaced = false;
                }
                single = unspaced;
            } else {
                if (start >= 0 && !isMark(c)) {
                    out.add(folded.substring(start, i).toLowerCase(Locale.ROOT));
                    start = -1;
                }
                if (SENTENCE_ENDS.indexOf(c) >= 0) {
                    ended = true;
                } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                    spaced = ended;
                }
            }
            i = next;
        }
        if (start >= 0) {
            out.add(folded.substring(start).toLowerCase(Locale.ROOT));
        }
        boolean[] flags = new boolean[starts.size()];
        for (int i = 0; i < flags.length; i++) {
            flags[i] = starts.get(i);
        }
        return new Words(out.toArray(String[]::new), flags);
    }

    /** Whether {@code c} belongs to a script written without spaces between words. */
    static boolean isUnspaced(int c) {
        if (c < 0x0E00) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return switch (script) {
            case HAN, HIRAGANA, KATAKANA, THAI, LAO, KHMER, MYANMAR, TIBETAN -> true;
            default -> false;
        };
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /**
     * The fingerprints of {@code words}: hashes of word 5-shingles chosen by winnowing (the smallest
     * in every window of {@link #WINDOW} shingles), so that two paragraphs sharing a run of
     * {@code SHINGLE + WINDOW - 1} words share a fingerprint.
     */
    static long[] fingerprints(String[] words) {
        long[] wordHashes = new long[words.length];
        for (int i = 0; i < words.length; i++) {
            wordHashes[i] = hash(words[i]);
        }
        int count = Math.max(1, words.length - SHINGLE + 1);
        long[] shingles = new long[count];
        for (int i = 0; i < count; i++) {
            long h = 0;
            for (int k = i; k < Math.min(words.length, i + SHINGLE); k++) {
                h = Long.rotateLeft(h, 23) ^ wordHashes[k];
            }
            shingles[i] = mix(h);
        }
        long[] chosen = new long[count];
        int size = 0;
        int last = -1;
        for (int start = 0; start + Math.min(WINDOW, count) <= count; start++) {
            int min = start;
            for (int i = start + 1; i < Math.min(count, start + WINDOW); i++) {
                if (shingles[i] <= shingles[min]) {
                    min = i;
                }
            }
            if (min != last) {
                chosen[size++] = shingles[min];
                last = min;
            }
        }
        return Arrays.stream(chosen, 0, size).distinct().toArray();
    }

    private static long key(String[] words) {
        long h = 0;
        for (String word : words) {
            h = Long.rotateLeft(h, 29) ^ hash(word);
        }
        return mix(h ^ words.length);
    }

    /** A hash independent of {@link #key}: built from the words' own {@code hashCode} and lengths. */
    private static long check(String[] words) {
        long h = 0x9e3779b97f4a7c15L;
        for (String word : words) {
            h = (h + word.hashCode()) * 0x100000001b3L + word.length();
        }
        return mix(h);
    }

    /** A 64-bit hash of one word (FNV-1a over its characters). */
    private static long hash(String word) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < word.length(); i++) {
            h = (h ^ word.charAt(i)) * 0x100000001b3L;
        }
        return h;
    }

    /** The 64-bit finaliser of MurmurHash3: spreads every input bit over the output. */
    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
