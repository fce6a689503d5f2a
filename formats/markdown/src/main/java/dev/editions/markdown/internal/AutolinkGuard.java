package dev.editions.markdown.internal;

import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the characters that would make a GFM reader take plain text for a bare address: the colon of
 * {@code scheme://}, the dot of {@code www.} and the {@code @} of an e-mail address. Written as
 * character references, they read back as the same text and never as a link. It errs on the side of
 * marking: a needless reference reads back just the same.
 */
final class AutolinkGuard {
    private static final Pattern SCHEME = Pattern.compile("[A-Za-z0-9](:)//");
    private static final Pattern WWW = Pattern.compile("(?i)www(\\.)");
    private static final Pattern MAIL = Pattern.compile("[^\\s@](@)[A-Za-z0-9]");

    private AutolinkGuard() {
    }

    /**
     * The indexes in {@code text} of the characters to write as references. Each pattern runs only
     * on text holding what it cannot match without ({@code ://}, {@code www.}, {@code @}), as most
     * sentences hold a dot and none of these.
     */
    static BitSet triggers(String text) {
        BitSet triggers = new BitSet();
        if (text.contains("://")) {
            mark(SCHEME, text, triggers);
        }
        if (holdsWww(text)) {
            mark(WWW, text, triggers);
        }
        if (text.indexOf('@') >= 0) {
            mark(MAIL, text, triggers);
        }
        return triggers;
    }

    /** Whether {@code text} holds {@code www.} in any case. */
    private static boolean holdsWww(String text) {
        for (int dot = text.indexOf('.', 3); dot >= 0; dot = text.indexOf('.', dot + 1)) {
            if (text.regionMatches(true, dot - 3, "www", 0, 3)) {
                return true;
            }
        }
        return false;
    }

    private static void mark(Pattern pattern, String text, BitSet triggers) {
        Matcher matcher = pattern.matcher(text);
        int from = 0;
        while (from < text.length() && matcher.find(from)) {
            triggers.set(matcher.start(1));
            from = matcher.start(1) + 1;
        }
    }
}
