package dev.editions.pdf;

import dev.editions.write.OptionKey;

/** The options of the PDF edition besides the page options it shares with other paged editions. */
public final class PdfOptions {
    /** Whether body text is justified; ragged right, which is easier to read, by default. */
    public static final OptionKey<Boolean> JUSTIFY = OptionKey.flag("pdf.justify", false,
            "Justify body text in the PDF edition (default: ragged right).");

    /** Where the notes go: at the foot of the page of their reference (default), or after the text. */
    public static final OptionKey<NotePlacement> NOTES = OptionKey.choice("pdf.notes", NotePlacement.class,
            NotePlacement.FOOT, "Where the PDF edition prints the notes: foot (of the page of the reference) or end.");

    /** Where the PDF edition prints the notes. */
    public enum NotePlacement {
        /** At the foot of the page that refers to the note, continued on the next page when it does not fit. */
        FOOT,
        /** After the text, under a heading "Notes". */
        END
    }

    private PdfOptions() {
    }
}
