package dev.editions.text;

/** A style a {@link TextRun} carries from the inlines around it. */
public enum TextMark {
    /** Emphasised, set in italics. */
    EMPHASIS,
    /** Strong, set in bold. */
    STRONG,
    /** Code, set in a monospaced font. */
    CODE,
    /** Struck through. */
    STRIKETHROUGH,
    /** Raised above the baseline in a smaller size; with {@link #SUBSCRIPT} too, one inside the other. */
    SUPERSCRIPT,
    /** Lowered below the baseline in a smaller size; with {@link #SUPERSCRIPT} too, one inside the other. */
    SUBSCRIPT,
    /** Keys to press, set in a monospaced font. */
    KEYBOARD
}
