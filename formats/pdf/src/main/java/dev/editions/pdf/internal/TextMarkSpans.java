package dev.editions.pdf.internal;

import dev.editions.text.TextMark;
import dev.editions.text.TextRun;
import java.util.StringJoiner;

/**
 * How the marks that change a run's look without a font of their own (strikethrough, superscript,
 * subscript, keys) are set and tagged: their sizes and baseline shifts, and the layout attributes of
 * the {@code Span} each stretch of them gets.
 */
final class TextMarkSpans {
    /** How much smaller superscript and subscript are than the text around them. */
    static final float SCRIPT_SCALE = 0.7f;
    /** Where a line through struck text is drawn, as a share of the font size above the baseline. */
    static final float STRIKE_HEIGHT = 0.28f;
    private static final float SUPERSCRIPT_RISE = 0.33f;
    private static final float SUBSCRIPT_DROP = 0.15f;
    /**
     * Where a script inside another (superscript in subscript or the other way round) sits: between
     * the two, so it stays on the line for text extraction and each keeps its side of the other.
     */
    private static final float NESTED_RISE = 0.12f;
    private static final TextMark[] SPAN_MARKS = {TextMark.STRIKETHROUGH, TextMark.SUPERSCRIPT, TextMark.SUBSCRIPT,
        TextMark.KEYBOARD};

    private TextMarkSpans() {
    }

    /** The marks of {@code run} that need a span of their own, as a key, empty for none. */
    static String key(TextRun run) {
        StringJoiner key = new StringJoiner("+", "marks ", "").setEmptyValue("");
        for (TextMark mark : SPAN_MARKS) {
            if (run.has(mark)) {
                key.add(mark.name());
            }
        }
        return key.toString();
    }

    /** The font size of {@code run} in text of {@code size}. */
    static float size(TextRun run, float size) {
        float scaled = run.monospaced() ? size * Typography.CODE_SCALE : size;
        if (nested(run)) {
            return scaled * SCRIPT_SCALE * SCRIPT_SCALE;
        }
        return raised(run) ? scaled * SCRIPT_SCALE : scaled;
    }

    /** How far {@code run} sits above the baseline of text of {@code size} (below when negative). */
    static float rise(TextRun run, float size) {
        if (nested(run)) {
            return size * NESTED_RISE;
        }
        if (run.has(TextMark.SUPERSCRIPT)) {
            return size * SUPERSCRIPT_RISE;
        }
        return run.has(TextMark.SUBSCRIPT) ? -size * SUBSCRIPT_DROP : 0;
    }

    /** Gives {@code span} the layout attributes of the marks of {@code run} in text of {@code size}. */
    static void describe(TextRun run, Tag span, float size) {
        if (run.has(TextMark.STRIKETHROUGH)) {
            span.lineThrough();
        }
        if (raised(run)) {
            span.baselineShift(rise(run, size));
        }
    }

    private static boolean nested(TextRun run) {
        return run.has(TextMark.SUPERSCRIPT) && run.has(TextMark.SUBSCRIPT);
    }

    private static boolean raised(TextRun run) {
        return run.has(TextMark.SUPERSCRIPT) || run.has(TextMark.SUBSCRIPT);
    }
}
