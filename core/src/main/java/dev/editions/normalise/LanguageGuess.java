package dev.editions.normalise;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Tells the language of a text: from its script when most letters are not Latin ({@link Scripts}),
 * else from the common words of fifteen languages (en, fr, de, es, it, pt, nl, pl, cs, sv, da, no, fi,
 * tr, ru). Only a confident answer is given: at least a fifth of the words, and at least four, must be
 * common words of one language, half as many again as of any other; Danish and Norwegian, which share
 * most of theirs, are then told apart by the words only one of them uses.
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
    /** Languages whose common words overlap so much that only the words one alone uses tell them apart. */
    private static final Set<Set<String>> SIBLINGS = Set.of(Set.of("da", "no"));

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
        COMMON_WORDS.put("pl", Set.of("i", "w", "nie", "na", "się", "z", "do", "że", "to", "jest", "jak", "ale", "po",
                "co", "tak", "od", "przez", "oraz", "dla", "są", "być", "aby", "między", "który", "które", "czy"));
        COMMON_WORDS.put("cs", Set.of("a", "se", "na", "v", "je", "že", "to", "s", "z", "do", "jako", "ale", "pro",
                "by", "jsou", "k", "od", "po", "také", "který", "které", "byl", "není", "nebo", "aby", "co"));
        COMMON_WORDS.put("sv", Set.of("och", "i", "att", "det", "som", "en", "på", "är", "av", "för", "med", "till",
                "den", "har", "de", "inte", "om", "ett", "jag", "men", "också", "eller", "från", "kan", "dem"));
        COMMON_WORDS.put("da", Set.of("og", "i", "at", "det", "en", "den", "til", "er", "som", "på", "de", "med",
                "af", "for", "ikke", "der", "et", "har", "fra", "efter", "eller", "også", "blev", "hvad", "mellem",
                "meget", "nogle", "havde", "dem"));
        COMMON_WORDS.put("no", Set.of("og", "i", "det", "som", "en", "på", "er", "til", "av", "for", "med", "ikke",
                "har", "de", "den", "et", "om", "fra", "ble", "etter", "også", "eller", "mellom", "hva", "noen", "hadde",
                "å", "dem"));
        COMMON_WORDS.put("fi", Set.of("ja", "on", "ei", "että", "se", "hän", "oli", "ovat", "kun", "mutta", "myös",
                "joka", "tai", "sen", "tämä", "ole", "kanssa", "mukaan", "vain", "niin", "kuin", "sekä", "jotka",
                "mikä", "mitä", "siitä", "voi"));
        COMMON_WORDS.put("tr", Set.of("ve", "bir", "bu", "da", "de", "için", "ile", "olarak", "çok", "daha", "gibi",
                "olan", "ne", "ama", "her", "kadar", "sonra", "değil", "var", "veya", "ise", "göre", "arasında"));
        COMMON_WORDS.put("ru", Set.of("и", "в", "не", "на", "что", "с", "по", "как", "это", "к", "для", "из", "от",
                "о", "а", "но", "его", "за", "также", "между", "при", "или", "был", "быть"));
    }

    /** The language of {@code text}, when its letters or words leave no doubt. */
    static Optional<LanguageGuess> of(String text) {
        Optional<String> script = Scripts.language(text);
        if (script.isPresent()) {
            return Optional.of(new LanguageGuess(script.get(), "from the script of its letters"));
        }
        List<String> sample = sample(text);
        int words = sample.size();
        Map<String, Integer> hits = new LinkedHashMap<>();
        for (String word : sample) {
            for (Map.Entry<String, Set<String>> language : COMMON_WORDS.entrySet()) {
                if (language.getValue().contains(word)) {
                    hits.merge(language.getKey(), 1, Integer::sum);
                }
            }
        }
        List<Map.Entry<String, Integer>> ranked = new ArrayList<>(hits.entrySet());
        ranked.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
        if (ranked.isEmpty()) {
            return Optional.empty();
        }
        String best = ranked.get(0).getKey();
        int bestHits = ranked.get(0).getValue();
        int rival = 1;
        if (ranked.size() > 1 && SIBLINGS.contains(Set.of(best, ranked.get(1).getKey()))) {
            Optional<String> told = tellSiblings(sample, best, ranked.get(1).getKey());
            if (told.isEmpty()) {
                return Optional.empty();
            }
            if (!told.get().equals(best)) {
                best = told.get();
                bestHits = ranked.get(1).getValue();
            }
            rival = 2;
        }
        int rivalHits = ranked.size() > rival ? ranked.get(rival).getValue() : 0;
        if (bestHits < MIN_HITS || bestHits * 5 < words || bestHits * 2 < rivalHits * 3) {
            return Optional.empty();
        }
        return Optional.of(new LanguageGuess(best, bestHits + " of " + words + " words are common " + best + " words"));
    }

    /** The first {@value #SAMPLE_WORDS} words of {@code text}, in lower case. */
    private static List<String> sample(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
                if (words.size() == SAMPLE_WORDS) {
                    break;
                }
            }
        }
        return words;
    }

    /**
     * Tells apart two languages that share most of their common words (Danish and Norwegian) by the
     * words only one of them uses: at least two, and twice as many as of the other's.
     */
    private static Optional<String> tellSiblings(List<String> sample, String first, String second) {
        Set<String> onlyFirst = new HashSet<>(COMMON_WORDS.get(first));
        onlyFirst.removeAll(COMMON_WORDS.get(second));
        Set<String> onlySecond = new HashSet<>(COMMON_WORDS.get(second));
        onlySecond.removeAll(COMMON_WORDS.get(first));
        int firstHits = 0;
        int secondHits = 0;
        for (String word : sample) {
            firstHits += onlyFirst.contains(word) ? 1 : 0;
            secondHits += onlySecond.contains(word) ? 1 : 0;
        }
        if (firstHits >= 2 && firstHits >= secondHits * 2) {
            return Optional.of(first);
        }
        if (secondHits >= 2 && secondHits >= firstHits * 2) {
            return Optional.of(second);
        }
        return Optional.empty();
    }
}
