package dev.editions.normalise;

import dev.editions.model.Document;
import java.text.Normalizer;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cleans characters: composes text to NFC, removes soft hyphens and zero-width characters, and
 * collapses runs of spaces and tabs into one space. Typographic quotes, dashes and no-break spaces
 * are kept exactly.
 */
final class CharacterStage implements Stage {
    private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200B\\u2060\\uFEFF]");
    private static final Pattern SPACES = Pattern.compile("[ \\t]{2,}|\\t");

    @Override
    public String name() {
        return "characters";
    }

    @Override
    public StageResult apply(Document document) {
        int[] changed = {0};
        TextMapper mapper = new TextMapper(text -> {
            String clean = clean(text);
            if (!clean.equals(text)) {
                changed[0]++;
            }
            return clean;
        });
        Document cleaned = mapper.document(document);
        return changed[0] == 0 ? StageResult.unchanged(document)
                : new StageResult(cleaned, List.of("cleaned the characters of " + changed[0]
                        + " text runs (NFC, soft hyphens, zero-width characters, repeated spaces)"));
    }

    static String clean(String text) {
        String composed = belowMarks(text) || Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC);
        if (!hasWork(composed)) {
            return composed;
        }
        String visible = INVISIBLE.matcher(composed).replaceAll("");
        return SPACES.matcher(visible).replaceAll(" ");
    }

    /**
     * Whether every character of {@code text} comes before U+0300, where the combining marks begin:
     * such text is in NFC already (each of those characters is NFC on its own and none combines).
     */
    private static boolean belowMarks(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= '\u0300') {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code text} has a character to remove, a tab or two spaces in a row: most text has none. */
    private static boolean hasWork(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t' || c == '\u00AD' || c == '\u200B' || c == '\u2060' || c == '\uFEFF'
                    || c == ' ' && i + 1 < text.length() && text.charAt(i + 1) == ' ') {
                return true;
            }
        }
        return false;
    }
}
