package dev.editions.text;

import dev.editions.model.Abbreviation;
import dev.editions.model.InlineImage;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * A stretch of inline text with one set of styles: what a line breaker or a word processor run
 * needs, flattened from the nested inlines by {@link TextRuns}.
 *
 * @param text the characters; {@code "\n"} alone for a line break
 * @param marks the styles of the text (emphasis, strong, code, strikethrough, …)
 * @param link the link target the text belongs to, or {@code null}
 * @param linkIndex which link of the block the text belongs to (0-based), or -1; a link broken into
 *     several runs keeps one index
 * @param abbreviation the abbreviation this text is, or {@code null}
 * @param language the BCP 47 tag of a language span the text is in, or {@code null}
 * @param note the id of the note this run refers to, or {@code null}; the run's text is then the id,
 *     and writers show the note's number instead
 * @param image the picture this run is, or {@code null}; the run's text is then the picture's
 *     alternative text (empty when decorative), which writers that cannot show the picture use
 */
public record TextRun(
        String text,
        Set<TextMark> marks,
        String link,
        int linkIndex,
        Abbreviation abbreviation,
        String language,
        String note,
        InlineImage image) {

    /** Copies the marks into an unmodifiable set. */
    public TextRun {
        marks = marks.isEmpty() ? Collections.unmodifiableSet(EnumSet.noneOf(TextMark.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(marks));
    }

    /** A run that is no picture. */
    public TextRun(String text, Set<TextMark> marks, String link, int linkIndex, Abbreviation abbreviation,
            String language, String note) {
        this(text, marks, link, linkIndex, abbreviation, language, note, null);
    }

    /** A run that refers to no note. */
    public TextRun(String text, Set<TextMark> marks, String link, int linkIndex, Abbreviation abbreviation,
            String language) {
        this(text, marks, link, linkIndex, abbreviation, language, null);
    }

    /** A run marked only as emphasised, strong or code, as each of the flags says, referring to no note. */
    public TextRun(String text, boolean emphasis, boolean strong, boolean code, String link, int linkIndex,
            Abbreviation abbreviation, String language) {
        this(text, flags(emphasis, strong, code), link, linkIndex, abbreviation, language, null);
    }

    /** A run marked only as emphasised, strong or code, as each of the flags says. */
    public TextRun(String text, boolean emphasis, boolean strong, boolean code, String link, int linkIndex,
            Abbreviation abbreviation, String language, String note) {
        this(text, flags(emphasis, strong, code), link, linkIndex, abbreviation, language, note);
    }

    private static Set<TextMark> flags(boolean emphasis, boolean strong, boolean code) {
        Set<TextMark> marks = EnumSet.noneOf(TextMark.class);
        if (emphasis) {
            marks.add(TextMark.EMPHASIS);
        }
        if (strong) {
            marks.add(TextMark.STRONG);
        }
        if (code) {
            marks.add(TextMark.CODE);
        }
        return marks;
    }

    /** Whether the run carries {@code mark}. */
    public boolean has(TextMark mark) {
        return marks.contains(mark);
    }

    /** Whether the text is emphasised (italic). */
    public boolean emphasis() {
        return has(TextMark.EMPHASIS);
    }

    /** Whether the text is strong (bold). */
    public boolean strong() {
        return has(TextMark.STRONG);
    }

    /** Whether the text is code (monospaced). */
    public boolean code() {
        return has(TextMark.CODE);
    }

    /** Whether the text is set in a monospaced font: code or keys. */
    public boolean monospaced() {
        return has(TextMark.CODE) || has(TextMark.KEYBOARD);
    }

    /** Whether this run is a reference to a note. */
    public boolean isNoteReference() {
        return note != null;
    }

    /** Whether this run is a picture. */
    public boolean isImage() {
        return image != null;
    }

    /** Whether this run is a forced line break. */
    public boolean isLineBreak() {
        return "\n".equals(text) && !code() && note == null && image == null;
    }
}
