package dev.editions.normalise;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Tells the language of a text: from its script when most letters are not Latin ({@link Scripts}),
 * else from the common words of eight languages. Only a confident answer is given: at least a fifth of
 * the words, and at least four, must be common words of one language, half as many again as of any
 * other.
 *
 * @param language the BCP 47 primary language, e.g. {@code fr}
 * @param reason how it was told, for the normaliser's report
 */
record LanguageGuess(String language, String reason) {
    /** The most words looked at. */
    static final int SAMPLE_WORDS = 5_000;
    /** Two sentences hold at least this many common words of their language. */
    private static final int MIN_HITS = 4;
    private static final Map<String, Set<String>> COMMON_WORDS = new LinkedHashMap<>();

    static {
        COMMON_WORDS.put("en", Set.of("the", "of", "and", "to", "in", "a", "is", "that", "for", "it", "with", "as",
                "was", "on", "by", "be", "this", "are", "from", "have", "has", "between", "their", "which"));
        COMMON_WORDS.put("fr", Set.of("le", "la", "les", "de", "des", "et", "en", "un", "une", "du", "est", "que",
                "qui", "dans", "pour", "par", "sur", "au", "aux", "pas", "avec", "ce", "il", "sont"));
        COMMON_WORDS.put("de", Set.of("der", "die", "das", "und", "in", "zu", "den", "von", "mit", "ist", "des",
                "sich", "nicht", "auf", "für", "ein", "eine", "dem", "auch", "es", "im", "wird", "bei", "sind"));
        COMMON_WORDS.put("es", Set.of("el", "la", "de", "que", "y", "en", "los", "del", "se", "las", "por", "un",
                "para", "con", "una", "su", "al", "es", "lo", "como", "más", "pero", "sus", "entre"));
        COMMON_WORDS.put("it", Set.of("il", "di", "che", "e", "la", "per", "un", "in", "del", "della", "non", "una",
                "sono", "le", "si", "con", "da", "dei", "nel", "alla", "gli", "anche", "come", "più"));
        COMMON_WORDS.put("pt", Set.of("o", "de", "que", "e", "do", "da", "em", "um", "para", "com", "não", "uma",
                "os", "no", "se", "na", "por", "mais", "as", "dos", "como", "mas", "ao", "das"));
        COMMON_WORDS.put("nl", Set.of("de", "het", "een", "van", "en", "in", "is", "dat", "op", "te", "voor", "met",
                "zijn", "niet", "aan", "er", "om", "ook", "als", "bij", "door", "wordt", "naar", "worden"));
        COMMON_WORDS.put("ru", Set.of("и", "в", "не", "на", "что", "с", "по", "как", "это", "к", "для", "из", "от",
                "о", "а", "но", "его", "за", "также", "между", "при", "или", "был", "быть"));
    }

    /** The language of {@code text}, when its letters or words leave no doubt. */
    static Optional<LanguageGuess> of(String text) {
        Optional<String> script = Scripts.language(text);
        if (script.isPresent()) {
            return Optional.of(new LanguageGuess(script.get(), "from the script of its letters"));
        }
        Map<String, Integer> hits = new LinkedHashMap<>();
        int words = 0;
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (++words > SAMPLE_WORDS) {
                words = SAMPLE_WORDS;
                break;
            }
            for (Map.Entry<String, Set<String>> language : COMMON_WORDS.entrySet()) {
                if (language.getValue().contains(word)) {
                    hits.merge(language.getKey(), 1, Integer::sum);
                }
            }
        }
        String best = null;
        int bestHits = 0;
        int secondHits = 0;
        for (Map.Entry<String, Integer> hit : hits.entrySet()) {
            if (hit.getValue() > bestHits) {
                secondHits = bestHits;
                best = hit.getKey();
                bestHits = hit.getValue();
            } else if (hit.getValue() > secondHits) {
                secondHits = hit.getValue();
            }
        }
        if (best == null || bestHits < MIN_HITS || bestHits * 5 < words || bestHits * 2 < secondHits * 3) {
            return Optional.empty();
        }
        return Optional.of(new LanguageGuess(best, bestHits + " of " + words + " words are common " + best + " words"));
    }
}
