package dev.editions.normalise;

import dev.editions.model.Document;
import dev.editions.model.Inline;
import dev.editions.model.InlineRewriter;
import dev.editions.model.LanguageSpan;
import dev.editions.model.Text;
import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Marks a run of words in another script than the report's with the language that script alone is
 * written in, so that editions can announce it ({@code lang} in the EPUB, {@code w:lang} in the
 * DOCX, {@code /Lang} in the PDF): Greek, Hebrew, Thai, Georgian, Armenian, Korean (Hangul),
 * Japanese (kana, with or without Han), and the scripts of India and South-East Asia that serve one
 * language each. Scripts shared by several languages (Latin, Cyrillic, Arabic, Han alone,
 * Devanagari, Bengali) are left alone: a wrong language is worse than none. A run needs at least
 * {@value #MIN_LETTERS} letters of its script, so a symbol such as π is not a passage; text an
 * author already marked keeps its language.
 */
final class ScriptRuns {
    /** The fewest letters a run needs. */
    static final int MIN_LETTERS = 3;
    private static final int PROLONGED_SOUND_MARK = 0x30FC;
    private static final Map<UnicodeScript, String> LANGUAGES = Map.ofEntries(Map.entry(UnicodeScript.GREEK, "el"),
            Map.entry(UnicodeScript.HEBREW, "he"), Map.entry(UnicodeScript.THAI, "th"),
            Map.entry(UnicodeScript.GEORGIAN, "ka"), Map.entry(UnicodeScript.ARMENIAN, "hy"),
            Map.entry(UnicodeScript.HANGUL, "ko"), Map.entry(UnicodeScript.HIRAGANA, "ja"),
            Map.entry(UnicodeScript.KATAKANA, "ja"), Map.entry(UnicodeScript.LAO, "lo"),
            Map.entry(UnicodeScript.KHMER, "km"), Map.entry(UnicodeScript.MYANMAR, "my"),
            Map.entry(UnicodeScript.SINHALA, "si"), Map.entry(UnicodeScript.TAMIL, "ta"),
            Map.entry(UnicodeScript.TELUGU, "te"), Map.entry(UnicodeScript.KANNADA, "kn"),
            Map.entry(UnicodeScript.MALAYALAM, "ml"), Map.entry(UnicodeScript.GUJARATI, "gu"),
            Map.entry(UnicodeScript.GURMUKHI, "pa"));
    /** The first letter of a script above (a Greek one): Latin text before it needs no script lookup. */
    private static final int FIRST_MARKED = firstMarked();

    private final String documentLanguage;
    private final Set<LanguageSpan> created = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<String, Integer> counts = new TreeMap<>();

    private ScriptRuns(String documentLanguage) {
        this.documentLanguage = documentLanguage;
    }

    /** {@code document} with its runs in another script marked; {@code changes} gets one line when any were. */
    static Document mark(Document document, String primaryLanguage, List<String> changes) {
        ScriptRuns runs = new ScriptRuns(primaryLanguage);
        Document marked = new InlineRewriter(runs::rewrite).document(document);
        if (runs.counts.isEmpty()) {
            return document;
        }
        List<String> parts = new ArrayList<>();
        runs.counts.forEach((language, count) -> parts.add(count + " in " + language));
        changes.add("runs in another script marked with their language: " + String.join(", ", parts));
        return marked;
    }

    private List<Inline> rewrite(Inline inline) {
        if (inline instanceof LanguageSpan span) {
            return List.of(new LanguageSpan(span.language(), unwrapOurs(span.content())));
        }
        if (inline instanceof Text text) {
            List<Inline> parts = split(text.text());
            return parts.size() == 1 && parts.get(0).equals(text) ? List.of(text) : parts;
        }
        return List.of(inline);
    }

    /** An author's span keeps its language: runs marked inside it are taken out again. */
    private List<Inline> unwrapOurs(List<Inline> content) {
        List<Inline> out = new ArrayList<>();
        for (Inline inline : content) {
            if (inline instanceof LanguageSpan span && created.remove(span)) {
                counts.computeIfPresent(span.language(), (language, count) -> count == 1 ? null : count - 1);
                out.addAll(span.content());
            } else {
                out.add(inline);
            }
        }
        return out;
    }

    private static int firstMarked() {
        int c = 0;
        while (!Character.isLetter(c) || !LANGUAGES.containsKey(UnicodeScript.of(c))) {
            c++;
        }
        return c;
    }

    private List<Inline> split(String text) {
        List<Inline> out = new ArrayList<>();
        int plainStart = 0;
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            String language = c >= FIRST_MARKED && Character.isLetter(c) ? LANGUAGES.get(UnicodeScript.of(c)) : null;
            if (language == null || language.equals(documentLanguage)) {
                i += Character.charCount(c);
                continue;
            }
            if (language.equals("ja")) {
                i = hanBefore(text, i, plainStart);
            }
            int end = runEnd(text, i, language);
            if (letters(text, i, end) >= MIN_LETTERS) {
                if (i > plainStart) {
                    out.add(new Text(text.substring(plainStart, i)));
                }
                LanguageSpan span = new LanguageSpan(language, List.of(new Text(text.substring(i, end))));
                created.add(span);
                counts.merge(language, 1, Integer::sum);
                out.add(span);
                plainStart = end;
            }
            i = end;
        }
        if (out.isEmpty()) {
            return List.of(new Text(text));
        }
        if (plainStart < text.length()) {
            out.add(new Text(text.substring(plainStart)));
        }
        return out;
    }

    /** Where the run of {@code language} starting at {@code start} ends: after its last letter of that language. */
    private static int runEnd(String text, int start, String language) {
        int end = start;
        int i = start;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            int next = i + Character.charCount(c);
            if (Character.isLetter(c)) {
                if (!belongs(c, language)) {
                    break;
                }
                end = next;
            } else if (Character.getType(c) == Character.NON_SPACING_MARK
                    || Character.getType(c) == Character.COMBINING_SPACING_MARK) {
                end = next;
            } else if (!Character.isWhitespace(c) && !isPunctuationInside(c)) {
                break;
            }
            i = next;
        }
        return end;
    }

    /** Where the Han letters just before {@code kana} start (a Japanese word's kanji before its kana). */
    private static int hanBefore(String text, int kana, int limit) {
        int start = kana;
        while (start > limit) {
            int c = text.codePointBefore(start);
            if (UnicodeScript.of(c) != UnicodeScript.HAN) {
                break;
            }
            start -= Character.charCount(c);
        }
        return start;
    }

    private static boolean belongs(int c, String language) {
        UnicodeScript script = UnicodeScript.of(c);
        return language.equals(LANGUAGES.get(script))
                || language.equals("ja") && (script == UnicodeScript.HAN || c == PROLONGED_SOUND_MARK);
    }

    private static boolean isPunctuationInside(int c) {
        int type = Character.getType(c);
        return type == Character.DASH_PUNCTUATION || type == Character.OTHER_PUNCTUATION
                || c == 0x30FB;
    }

    private static int letters(String text, int start, int end) {
        int letters = 0;
        for (int i = start; i < end; ) {
            int c = text.codePointAt(i);
            letters += Character.isLetter(c) ? 1 : 0;
            i += Character.charCount(c);
        }
        return letters;
    }
}
