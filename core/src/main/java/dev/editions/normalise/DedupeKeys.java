package dev.editions.normalise;

import dev.editions.model.Glossary;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The comparison form of a paragraph for de-duplication: its words after NFKC, case folding and
 * punctuation dropped, with every abbreviation's long form folded into its short form. Two
 * paragraphs with the same words are copies that differ at most in case, punctuation and how
 * abbreviations are written. The output text is never built from it.
 *
 * <p>Words are kept as 64-bit hashes, never as strings, so that a long report is compared without
 * allocating a string per word. Words of scripts written without spaces (Han, kana, Thai, Lao,
 * Khmer, Myanmar, Tibetan) count one letter each, so that such text can be compared at all.
 */
final class DedupeKeys {
    /** Words per shingle. */
    static final int SHINGLE = 5;
    /** Winnowing window: every run of this many shingles shared by two paragraphs yields a shared fingerprint. */
    static final int WINDOW = 6;
    /** Characters that end a sentence. */
    static final String SENTENCE_ENDS = ".!?…。！？";
    /** Only so many glossary entries are folded, which bounds the memory of the fold table. */
    private static final int MAX_FOLDED = 1_000;

    /**
     * A paragraph's comparison form.
     *
     * @param words the hashes of the words after folding
     * @param starts which words start a sentence
     * @param lettered how many of the words have a letter (not only digits)
     * @param letterShare the share of letters among the characters that are not spaces
     * @param sentences how many sentences the text has: full stops, question or exclamation marks
     *     followed by a word that does not start in lower case, or ending the text
     * @param key a 64-bit hash of the words
     * @param check a second hash of the words, from other bits of each word; equal {@code key} and
     *     {@code check} mean equal words
     * @param definitions how many abbreviation definitions ("Long Form (LF)") the paragraph holds
     */
    record Entry(long[] words, boolean[] starts, int lettered, double letterShare, int sentences, long key,
            long check, int definitions) {
        /** The number of words. */
        int size() {
            return words.length;
        }

        /** Whether the two entries have the same words. */
        boolean sameWords(Entry other) {
            return key == other.key && check == other.check;
        }
    }

    /** Words as the tokenizer finds them: two hashes each, whether it has a letter, whether it starts a sentence. */
    private static final class Words {
        long[] hashes;
        int[] seconds;
        boolean[] lettered;
        boolean[] starts;
        int size;
        int letters;
        int visible;
        boolean endsSentence;

        Words(int capacity) {
            hashes = new long[capacity];
            seconds = new int[capacity];
            lettered = new boolean[capacity];
            starts = new boolean[capacity];
        }

        void add(long hash, int second, boolean letter, boolean start) {
            if (size == hashes.length) {
                int capacity = Math.max(8, size * 2);
                hashes = Arrays.copyOf(hashes, capacity);
                seconds = Arrays.copyOf(seconds, capacity);
                lettered = Arrays.copyOf(lettered, capacity);
                starts = Arrays.copyOf(starts, capacity);
            }
            hashes[size] = hash;
            seconds[size] = second;
            lettered[size] = letter;
            starts[size++] = start;
        }

        void add(Words words, int from, int to, boolean start) {
            for (int i = from; i < to; i++) {
                add(words.hashes[i], words.seconds[i], words.lettered[i], i == from ? start : words.starts[i]);
            }
        }
    }

    /** An abbreviation: the words of its long form and of the short form it folds into. */
    private record Fold(long[] longForm, Words shortForm) {
    }

    /** Folds by the first word of their long form, longest long form first. */
    private final Map<Long, List<Fold>> folds = new HashMap<>();

    DedupeKeys(Glossary glossary) {
        int count = 0;
        for (Map.Entry<String, String> entry : glossary.entries().entrySet()) {
            Words shortForm = words(entry.getKey());
            Words longForm = words(entry.getValue());
            long[] longHashes = Arrays.copyOf(longForm.hashes, longForm.size);
            if (shortForm.size == 0 || longForm.size == 0
                    || Arrays.equals(Arrays.copyOf(shortForm.hashes, shortForm.size), longHashes)) {
                continue;
            }
            if (count++ == MAX_FOLDED) {
                break;
            }
            List<Fold> sameStart = folds.computeIfAbsent(longHashes[0], w -> new ArrayList<>());
            sameStart.add(new Fold(longHashes, shortForm));
            sameStart.sort((a, b) -> b.longForm.length - a.longForm.length);
        }
    }

    /** The comparison form of {@code text}. */
    Entry entry(String text) {
        Words raw = words(text);
        Words out = raw;
        int definitions = 0;
        if (!folds.isEmpty()) {
            out = new Words(raw.size);
            int at = 0;
            while (at < raw.size) {
                Fold fold = foldAt(raw, at);
                if (fold == null) {
                    out.add(raw, at, at + 1, raw.starts[at]);
                    at++;
                    continue;
                }
                boolean start = raw.starts[at];
                at += fold.longForm.length;
                if (endsWith(out, fold.shortForm)) {
                    definitions++; // "LF (Long Form)"
                } else {
                    if (startsAt(raw, at, fold.shortForm.hashes, fold.shortForm.size)) {
                        definitions++; // "Long Form (LF)"
                        at += fold.shortForm.size;
                    }
                    out.add(fold.shortForm, 0, fold.shortForm.size, start);
                }
            }
        }
        long[] words = Arrays.copyOf(out.hashes, out.size);
        int sentences = raw.endsSentence ? 1 : 0;
        for (int i = 1; i < raw.size; i++) {
            sentences += raw.starts[i] ? 1 : 0;
        }
        double letterShare = raw.visible == 0 ? 0 : (double) raw.letters / raw.visible;
        long key = 0;
        long check = 0x9e3779b97f4a7c15L;
        int lettered = 0;
        for (int i = 0; i < out.size; i++) {
            key = Long.rotateLeft(key, 29) ^ out.hashes[i];
            check = (check + out.seconds[i]) * 0x100000001b3L;
            lettered += out.lettered[i] ? 1 : 0;
        }
        return new Entry(words, Arrays.copyOf(out.starts, out.size), lettered, letterShare, sentences,
                mix(key ^ out.size), mix(check), definitions);
    }

    private Fold foldAt(Words words, int at) {
        List<Fold> candidates = folds.get(words.hashes[at]);
        if (candidates != null) {
            for (Fold fold : candidates) {
                if (startsAt(words, at, fold.longForm, fold.longForm.length)) {
                    return fold;
                }
            }
        }
        return null;
    }

    private static boolean startsAt(Words words, int at, long[] part, int length) {
        if (at + length > words.size) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (words.hashes[at + i] != part[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsWith(Words words, Words part) {
        int from = words.size - part.size;
        return from >= 0 && startsAt(words, from, part.hashes, part.size);
    }

    /**
     * The words of {@code text}: NFKC, lower case, split at everything but letters, digits and marks.
     * A word starts a sentence when it opens the text, or follows a full stop, question or exclamation
     * mark and a space and does not start in lower case.
     */
    private static Words words(String text) {
        String folded = Normalizer.isNormalized(text, Normalizer.Form.NFKC) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFKC);
        Words out = new Words(folded.length() / 6 + 8);
        boolean inWord = false;
        boolean single = false;
        boolean letter = false;
        boolean ended = true;
        boolean spaced = true;
        boolean start = false;
        long hash = 0;
        int second = 0;
        for (int i = 0; i < folded.length(); ) {
            char ch = folded.charAt(i);
            int c = Character.isHighSurrogate(ch) ? folded.codePointAt(i) : ch;
            i += Character.charCount(c);
            boolean ascii = c < 0x80;
            boolean isLetter = ascii ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
            boolean space = ascii ? c <= ' ' : Character.isWhitespace(c) || Character.isSpaceChar(c);
            out.letters += isLetter ? 1 : 0;
            out.visible += space ? 0 : 1;
            if (isLetter || (ascii ? c >= '0' && c <= '9' : Character.isDigit(c))) {
                boolean unspaced = !ascii && isUnspaced(c);
                if (inWord && (unspaced || single)) {
                    out.add(mix(hash), second, letter, start);
                    inWord = false;
                }
                if (!inWord) {
                    inWord = true;
                    start = ended && spaced && !(ascii ? c >= 'a' && c <= 'z' : Character.isLowerCase(c));
                    ended = false;
                    spaced = false;
                    letter = false;
                    hash = 0xcbf29ce484222325L;
                    second = 0;
                }
                int lower = ascii ? (isLetter ? c | 0x20 : c) : Character.toLowerCase(c);
                hash = (hash ^ lower) * 0x100000001b3L;
                second = 31 * second + lower;
                letter |= isLetter;
                single = unspaced;
            } else if (inWord && !ascii && isMark(c)) {
                hash = (hash ^ c) * 0x100000001b3L;
                second = 31 * second + c;
            } else {
                if (inWord) {
                    out.add(mix(hash), second, letter, start);
                    inWord = false;
                }
                if (space) {
                    spaced = ended;
                } else if (ascii ? c == '.' || c == '!' || c == '?' : SENTENCE_ENDS.indexOf(c) >= 0) {
                    ended = true;
                }
            }
        }
        if (inWord) {
            out.add(mix(hash), second, letter, start);
        }
        out.endsSentence = ended && !inWord && out.size > 0;
        return out;
    }

    /** Whether {@code c} belongs to a script written without spaces between words. */
    static boolean isUnspaced(int c) {
        if (c < 0x0E00) {
            return false;
        }
        return switch (Character.UnicodeScript.of(c)) {
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
     * {@code SHINGLE + WINDOW - 1} words share a fingerprint. A repeated phrase may give the same
     * fingerprint twice.
     */
    static long[] fingerprints(long[] words) {
        int count = Math.max(1, words.length - SHINGLE + 1);
        long[] shingles = new long[count];
        for (int i = 0; i < count; i++) {
            long h = 0;
            for (int k = i; k < Math.min(words.length, i + SHINGLE); k++) {
                h = Long.rotateLeft(h, 23) ^ words[k];
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
        return Arrays.copyOf(chosen, size);
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
