package dev.editions.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;

/**
 * The characters every edition can hold: those legal in XML 1.0 that a PDF can show as text. Control
 * characters (C0 but tab and line feed, DEL, C1), non-characters (U+FDD0 to U+FDEF and the last two
 * code points of every plane, such as U+FFFE) and lone surrogates are not; readers remove them, with
 * a warning, before anything is built from the text.
 */
public final class LegalText {
    private LegalText() {
    }

    /** What was removed from one text: the clean text and the code points left out, in order. */
    public record Cleaned(String text, List<Integer> removed) {
        /** Copies the list. */
        public Cleaned {
            removed = List.copyOf(removed);
        }

        /** Whether anything was removed. */
        public boolean changed() {
            return !removed.isEmpty();
        }

        /** The removed code points as {@code U+0001, U+FFFE}, each named once, in order of first use. */
        public String describe() {
            return LegalText.describe(removed);
        }
    }

    /** Whether {@code codePoint} may stand in an edition's text. */
    public static boolean isLegal(int codePoint) {
        if (codePoint == '\t' || codePoint == '\n') {
            return true;
        }
        if (codePoint < 0x20 || codePoint >= 0x7F && codePoint <= 0x9F) {
            return false;
        }
        if (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE) {
            return false;
        }
        if (codePoint >= 0xFDD0 && codePoint <= 0xFDEF) {
            return false;
        }
        return (codePoint & 0xFFFE) != 0xFFFE;
    }

    /** Whether every character of {@code text} is legal. */
    public static boolean isLegal(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c >= 0x7F && (c <= 0x9F || c >= Character.MIN_SURROGATE)) {
                return clean(text.toString()).removed().isEmpty();
            }
        }
        return true;
    }

    /** {@code text} without its illegal characters; null stays null. */
    public static String strip(String text) {
        return text == null ? null : clean(text).text();
    }

    /** {@code text} without its illegal characters, with what was removed. */
    public static Cleaned clean(String text) {
        List<Integer> removed = new ArrayList<>();
        StringBuilder out = null;
        int i = 0;
        while (i < text.length()) {
            int codePoint = codePointAt(text, i);
            int width = codePoint > 0xFFFF ? 2 : 1;
            if (isLegal(codePoint)) {
                if (out != null) {
                    out.appendCodePoint(codePoint);
                }
            } else {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                removed.add(codePoint);
            }
            i += width;
        }
        return new Cleaned(out == null ? text : out.toString(), removed);
    }

    /**
     * {@code text} without its illegal characters: {@code removedOnLine} hears the 1-based line and
     * the code points removed from it, once per line that changed. Form feeds are kept, as readers
     * take them for page breaks.
     */
    public static String cleanLines(String text, BiConsumer<Integer, List<Integer>> removedOnLine) {
        if (isLegalOrFormFeed(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        List<Integer> removed = new ArrayList<>();
        int line = 1;
        int i = 0;
        while (i < text.length()) {
            int codePoint = codePointAt(text, i);
            if (codePoint == '\n') {
                report(line++, removed, removedOnLine);
            }
            if (codePoint == '\f' || isLegal(codePoint)) {
                out.appendCodePoint(codePoint);
            } else {
                removed.add(codePoint);
            }
            i += Character.charCount(codePoint);
        }
        report(line, removed, removedOnLine);
        return out.toString();
    }

    /** The warning text for the code points removed from a place, e.g. {@code the title}. */
    public static String removedMessage(List<Integer> removed, String where) {
        int count = removed.size();
        return "removed " + count + (count == 1 ? " character" : " characters") + " no edition can hold ("
                + describe(removed) + ") from " + where;
    }

    /** The code points as {@code U+0001, U+FFFE}, each named once, in order of first use. */
    public static String describe(List<Integer> codePoints) {
        return codePoints.stream().distinct().map(LegalText::codeOf).reduce((a, b) -> a + ", " + b).orElse("");
    }

    private static void report(int line, List<Integer> removed, BiConsumer<Integer, List<Integer>> removedOnLine) {
        if (!removed.isEmpty()) {
            removedOnLine.accept(line, List.copyOf(removed));
            removed.clear();
        }
    }

    /** A code point as {@code U+XXXX}. */
    public static String codeOf(int codePoint) {
        return String.format(Locale.ROOT, "U+%04X", codePoint);
    }

    private static boolean isLegalOrFormFeed(String text) {
        return text.indexOf('\f') < 0 ? isLegal(text) : isLegal(text.replace('\f', '\n'));
    }

    /** The code point at {@code i}; a lone surrogate is returned as itself. */
    private static int codePointAt(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
            return Character.toCodePoint(c, text.charAt(i + 1));
        }
        return c;
    }
}
