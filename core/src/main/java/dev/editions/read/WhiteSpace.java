package dev.editions.read;

/** What counts as blank text for every reader: text that shows nothing when printed. */
public final class WhiteSpace {
    private WhiteSpace() {
    }

    /**
     * Whether {@code text} shows nothing: only white space, no-break and other Unicode spaces, and
     * invisible format characters (zero-width spaces, soft hyphens, byte order marks).
     */
    public static boolean isBlank(CharSequence text) {
        return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                || Character.getType(c) == Character.FORMAT);
    }
}
