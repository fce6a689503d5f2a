package dev.editions.pdf;

import dev.editions.write.OptionKey;

/** The options of the PDF edition besides the page options it shares with other paged editions. */
public final class PdfOptions {
    /** Whether body text is justified; ragged right, which is easier to read, by default. */
    public static final OptionKey<Boolean> JUSTIFY = OptionKey.flag("pdf.justify", false,
            "Justify body text in the PDF edition (default: ragged right).");

    private PdfOptions() {
    }
}
