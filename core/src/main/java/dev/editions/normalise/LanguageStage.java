package dev.editions.normalise;

import dev.editions.model.Block;
import dev.editions.model.Document;
import dev.editions.model.LanguageTag;
import dev.editions.text.PlainText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Sets the language of a report that does not declare one. Text mostly in a script other than Latin
 * gets the language its letters show ({@link Scripts}); Latin text gets the language whose most
 * common words make up its words. Only a confident answer is used: at least a fifth of the words,
 * and at least four, must be common words of one language, half as many again as of any other;
 * otherwise the language stays undetermined.
 */
final class LanguageStage implements Stage {
    private static final int SAMPLE_WORDS = 5_000;
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

    @Override
    public String name() {
        return "language";
    }

    /** The text of the first blocks, enough to tell the script. */
    private static String sample(Document document) {
        StringBuilder text = new StringBuilder();
        for (Block block : document.blocks()) {
            if (text.length() > SAMPLE_WORDS * 6) {
                break;
            }
            text.append(PlainText.of(block)).append('\n');
        }
        return text.toString();
    }

    @Override
    public StageResult apply(Document document) {
        if (!LanguageTag.UNDETERMINED.equals(document.metadata().language())) {
            return StageResult.unchanged(document);
        }
        String sample = sample(document);
        Optional<String> script = Scripts.language(sample);
        if (script.isPresent()) {
            return new StageResult(document.withMetadata(document.metadata().toBuilder().language(script.get()).build()),
                    List.of("language: " + script.get() + " (from the script of its letters)"));
        }
        Map<String, Integer> hits = new LinkedHashMap<>();
        int words = 0;
        for (Block block : document.blocks()) {
            for (String word : PlainText.of(block).toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                if (word.isEmpty() || words >= SAMPLE_WORDS) {
                    continue;
                }
                words++;
                for (Map.Entry<String, Set<String>> language : COMMON_WORDS.entrySet()) {
                    if (language.getValue().contains(word)) {
                        hits.merge(language.getKey(), 1, Integer::sum);
                    }
                }
            }
            if (words >= SAMPLE_WORDS) {
                break;
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
            return StageResult.unchanged(document);
        }
        return new StageResult(document.withMetadata(document.metadata().toBuilder().language(best).build()),
                List.of("language: " + best + " (" + bestHits + " of " + words + " words are common " + best + " words)"));
    }
}
