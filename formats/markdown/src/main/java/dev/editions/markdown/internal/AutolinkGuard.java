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

    /** The indexes in {@code text} of the characters to write as references. */
    static BitSet triggers(String text) {
        BitSet triggers = new BitSet();
        if (text.indexOf(':') < 0 && text.indexOf('.') < 0 && text.indexOf('@') < 0) {
            return triggers;
        }
        mark(SCHEME, text, triggers);
        mark(WWW, text, triggers);
        mark(MAIL, text, triggers);
        return triggers;
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
