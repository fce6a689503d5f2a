package dev.editions.normalise;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The link at the end of a teaser ("… Read more", "[Lire la suite]", "Weiterlesen ›"), in the
 * languages the language stage knows. Finding it is a pattern anchored at the end of the text; a
 * check of the text's last characters first spares running it over every paragraph that cannot end
 * with such a link.
 */
final class TeaserLinks {
    private static final List<String> PHRASES = List.of("read more", "continue reading", "lire la suite",
            "en savoir plus", "weiterlesen", "mehr lesen", "leer más", "seguir leyendo", "leggi tutto", "leggi di più",
            "continua a leggere", "ler mais", "continuar a ler", "lees meer", "verder lezen");
    /** What may follow the link's words: a closing bracket, then spaces, dots, ellipses and arrows. */
    private static final String TRAILING = " \t\n\u000B\f\r.…›»→";
    static final Pattern PATTERN = Pattern.compile("(?iu)[\\s.…|–—-]*[\\[(]?(?:" + String.join("|", PHRASES)
            + ")[\\])]?[\\s.…›»→]*$");

    private TeaserLinks() {
    }

    /** Where the teaser link {@code text} ends with starts, or -1 when it ends without one. */
    static int start(String text) {
        if (!mayEnd(text)) {
            return -1;
        }
        Matcher link = PATTERN.matcher(text);
        return link.find() ? link.start() : -1;
    }

    /** Whether {@code text} ends with one of the phrases, before what may follow it: needed for a match. */
    private static boolean mayEnd(String text) {
        int end = Lines.endBeforeClosing(text, TRAILING);
        for (String phrase : PHRASES) {
            int start = end - phrase.length();
            if (start >= 0 && text.regionMatches(true, start, phrase, 0, phrase.length())) {
                return true;
            }
        }
        return false;
    }
}
