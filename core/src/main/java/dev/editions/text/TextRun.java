package dev.editions.text;

import dev.editions.model.Abbreviation;

/**
 * A stretch of inline text with one set of styles: what a line breaker or a word processor run
 * needs, flattened from the nested inlines by {@link TextRuns}.
 *
 * @param text the characters; {@code "\n"} alone for a line break
 * @param emphasis whether the text is emphasised (italic)
 * @param strong whether the text is strong (bold)
 * @param code whether the text is code (monospaced)
 * @param link the link target the text belongs to, or {@code null}
 * @param linkIndex which link of the block the text belongs to (0-based), or -1; a link broken into
 *     several runs keeps one index
 * @param abbreviation the abbreviation this text is, or {@code null}
 * @param language the BCP 47 tag of a language span the text is in, or {@code null}
 * @param note the id of the note this run refers to, or {@code null}; the run's text is then the id,
 *     and writers show the note's number instead
 */
public record TextRun(
        String text,
        boolean emphasis,
        boolean strong,
        boolean code,
        String link,
        int linkIndex,
        Abbreviation abbreviation,
        String language,
        String note) {

    /** A run that refers to no note. */
    public TextRun(String text, boolean emphasis, boolean strong, boolean code, String link, int linkIndex,
            Abbreviation abbreviation, String language) {
        this(text, emphasis, strong, code, link, linkIndex, abbreviation, language, null);
    }

    /** Whether this run is a reference to a note. */
    public boolean isNoteReference() {
        return note != null;
    }

    /** Whether this run is a forced line break. */
    public boolean isLineBreak() {
        return "\n".equals(text) && !code && note == null;
    }
}
