package dev.editions.normalise;

import dev.editions.model.Document;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How many repeated paragraphs the {@code dedupe} stage removed from one source, and the line that
 * tells the user so, e.g. {@code report.txt: removed 4 repeated paragraphs; 'editions inspect
 * report.txt' lists them}.
 *
 * @param source the source as the user named it, e.g. the path given on the command line
 * @param removed the number of paragraphs removed, 0 or more
 */
public record DedupeSummary(String source, int removed) {
    /** Characters a shell passes through unquoted. */
    private static final Pattern PLAIN = Pattern.compile("[\\w./:@%+=,-]+");

    /** Checks the fields. */
    public DedupeSummary {
        Objects.requireNonNull(source, "source");
        if (removed < 0) {
            throw new IllegalArgumentException("removed must not be negative, was " + removed);
        }
    }

    /** The summary of what the dedupe stage removed from {@code document}, read from {@code source}. */
    public static DedupeSummary of(String source, Document document) {
        return new DedupeSummary(source, removedRepeats(document));
    }

    /** The number of paragraphs the dedupe stage recorded as removed from {@code document}. */
    public static int removedRepeats(Document document) {
        return (int) document.removals().stream().filter(r -> r.stage().equals(DedupeStage.NAME)).count();
    }

    /** Whether anything was removed, that is, whether the line should be shown. */
    public boolean removedAny() {
        return removed > 0;
    }

    /**
     * The line to print on standard error: {@code report.txt: removed 1 repeated paragraph; 'editions
     * inspect report.txt' lists it}, or with several, {@code … removed 4 repeated paragraphs; …
     * lists them}. A source name a shell would split is quoted in the command.
     */
    public String line() {
        boolean one = removed == 1;
        return source + ": removed " + removed + " repeated paragraph" + (one ? "" : "s") + "; 'editions inspect "
                + shellWord(source) + "' lists " + (one ? "it" : "them");
    }

    @Override
    public String toString() {
        return line();
    }

    private static String shellWord(String word) {
        if (PLAIN.matcher(word).matches()) {
            return word;
        }
        return '"' + word.replaceAll("([\"\\\\$`])", "\\\\$1") + '"';
    }
}
