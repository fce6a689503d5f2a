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

    /**
     * Folders to look for fallback fonts in before the system's font folders, separated by the
     * platform's path separator or commas; searched in the order given.
     */
    public static final OptionKey<String> FONT_DIRS = OptionKey.text("pdf.font-dirs",
            "Folders with fonts for characters the PDF edition's own fonts lack, searched before the system's"
                    + " font folders (separated by '" + java.io.File.pathSeparator + "' or ',').");

    /** Whether the system's font folders are searched for fallback fonts. */
    public static final OptionKey<Boolean> SYSTEM_FONTS = OptionKey.flag("pdf.system-fonts", true,
            "Look for fallback fonts in the system's font folders too (default: true).");

    private PdfOptions() {
    }
}
