package dev.editions;

/**
 * Makes text safe to print on a terminal or in a log: control characters (but tab), bidirectional
 * overrides and isolates, non-characters and lone surrogates are shown as {@code U+XXXX}, so a
 * heading cannot clear a screen or reorder a message.
 */
public final class SafeText {
    private SafeText() {
    }

    /** {@code text} with every unsafe character replaced by its {@code U+XXXX} code; null stays null. */
    public static String escape(String text) {
        if (text == null || isSafe(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, text.charAt(i + 1));
                appendChecked(out, cp);
                i += 2;
            } else {
                appendChecked(out, c);
                i++;
            }
        }
        return out.toString();
    }

    /** Whether {@code codePoint} is unsafe to print: a control, a bidi control, a non-character or a surrogate. */
    public static boolean isUnsafe(int codePoint) {
        if (codePoint == '\t') {
            return false;
        }
        if (Character.isISOControl(codePoint) || Character.isSurrogate((char) codePoint) && codePoint <= 0xFFFF) {
            return true;
        }
        if (codePoint >= 0x202A && codePoint <= 0x202E || codePoint >= 0x2066 && codePoint <= 0x2069
                || codePoint == 0x200E || codePoint == 0x200F || codePoint == 0x061C) {
            return true;
        }
        return codePoint >= 0xFDD0 && codePoint <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;
    }

    private static boolean isSafe(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c >= 0x7F && (c < 0xA0 || c >= 0x2000)) {
                return false;
            }
        }
        return true;
    }

    private static void appendChecked(StringBuilder out, int codePoint) {
        if (isUnsafe(codePoint)) {
            out.append(String.format("U+%04X", codePoint));
        } else {
            out.appendCodePoint(codePoint);
        }
    }
}
