package dev.editions.pdf.internal;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * Joins Arabic letters: each letter becomes its isolated, initial, medial or final presentation
 * form (Unicode's Arabic Presentation Forms A and B) as its neighbours join it, and lam followed by
 * alef becomes their ligature. The forms are read from the Unicode names and compatibility
 * decompositions Java knows, so no table is kept by hand. Text stays in logical order.
 */
final class ArabicShaping {
    private static final int ISOLATED = 0;
    private static final int FINAL = 1;
    private static final int INITIAL = 2;
    private static final int MEDIAL = 3;
    private static final char LAM = '\u0644';
    private static final char TATWEEL = '\u0640';
    private static final char ZWJ = '\u200D';

    /** For each letter (or lam-alef pair), its forms by {@link #ISOLATED} … {@link #MEDIAL}; 0 where none. */
    private static final Map<String, char[]> FORMS = forms();

    private ArabicShaping() {
    }

    /** Whether {@code text} has a letter this class would change. */
    static boolean applies(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // Every letter with forms is in the Arabic block, U+0600 to U+06FF.
            if (c >= '\u0600' && c <= '\u06FF' && FORMS.containsKey(String.valueOf(c))) {
                return true;
            }
        }
        return false;
    }

    /** {@code text} with its Arabic letters in their joined forms; other characters are kept. */
    static String shape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            char[] forms = FORMS.get(String.valueOf(c));
            if (forms == null) {
                out.append(c);
                continue;
            }
            int next = nextLetter(text, i);
            boolean joinsBefore = joinsForward(previousLetter(text, i) < 0 ? 0 : text.charAt(previousLetter(text, i)))
                    && (forms[FINAL] != 0 || forms[MEDIAL] != 0);
            if (c == LAM && next >= 0) {
                char[] ligature = FORMS.get("" + c + text.charAt(next));
                if (ligature != null) {
                    char form = joinsBefore && ligature[FINAL] != 0 ? ligature[FINAL] : ligature[ISOLATED];
                    out.append(form);
                    // The marks between lam and alef follow the ligature.
                    out.append(text, i + 1, next);
                    i = next;
                    continue;
                }
            }
            boolean joinsAfter = joinsForward(c) && next >= 0 && joinsBackward(text.charAt(next));
            int form = joinsBefore ? joinsAfter ? MEDIAL : FINAL : joinsAfter ? INITIAL : ISOLATED;
            char shaped = forms[form];
            if (shaped == 0) {
                shaped = forms[joinsBefore && forms[FINAL] != 0 ? FINAL : ISOLATED];
            }
            out.append(shaped == 0 ? c : shaped);
        }
        return out.toString();
    }

    /** Whether {@code text} holds presentation forms, as {@link #shape} makes. */
    static boolean isShaped(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isPresentationForm(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** {@code text} with presentation forms turned back into the letters they show. */
    static String unshape(String text) {
        if (!isShaped(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(isPresentationForm(c) ? Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC) : c);
        }
        return out.toString();
    }

    private static boolean isPresentationForm(char c) {
        return c >= 0xFB50 && c <= 0xFDFF || c >= 0xFE70 && c <= 0xFEFF;
    }

    /** Whether {@code c} joins the letter after it: a dual-joining letter, tatweel or ZWJ. */
    private static boolean joinsForward(char c) {
        if (c == TATWEEL || c == ZWJ) {
            return true;
        }
        char[] forms = FORMS.get(String.valueOf(c));
        return forms != null && (forms[INITIAL] != 0 || forms[MEDIAL] != 0);
    }

    /** Whether {@code c} joins the letter before it: a dual- or right-joining letter, tatweel or ZWJ. */
    private static boolean joinsBackward(char c) {
        if (c == TATWEEL || c == ZWJ) {
            return true;
        }
        char[] forms = FORMS.get(String.valueOf(c));
        return forms != null && (forms[FINAL] != 0 || forms[MEDIAL] != 0);
    }

    private static int previousLetter(String text, int at) {
        for (int i = at - 1; i >= 0; i--) {
            if (!transparent(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static int nextLetter(String text, int at) {
        for (int i = at + 1; i < text.length(); i++) {
            if (!transparent(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Marks (harakat) do not break the joining of the letters around them. */
    private static boolean transparent(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    private static Map<String, char[]> forms() {
        Map<String, char[]> forms = new HashMap<>();
        for (int c = 0xFB50; c <= 0xFEFC; c++) {
            if (c > 0xFDFF && c < 0xFE70) {
                continue;
            }
            String name = Character.getName(c);
            if (name == null) {
                continue;
            }
            int form = name.endsWith(" ISOLATED FORM") ? ISOLATED : name.endsWith(" FINAL FORM") ? FINAL
                    : name.endsWith(" INITIAL FORM") ? INITIAL : name.endsWith(" MEDIAL FORM") ? MEDIAL : -1;
            String base = Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFKC);
            boolean letter = base.length() == 1 && Character.isLetter(base.charAt(0))
                    && Character.UnicodeBlock.of(base.charAt(0)) == Character.UnicodeBlock.ARABIC;
            boolean lamAlef = base.length() == 2 && base.charAt(0) == LAM && name.contains("LIGATURE LAM WITH ALEF");
            if (form < 0 || !letter && !lamAlef) {
                continue;
            }
            char[] slots = forms.computeIfAbsent(base, b -> new char[4]);
            if (slots[form] == 0) {
                slots[form] = (char) c;
            }
        }
        return Map.copyOf(forms);
    }
}
