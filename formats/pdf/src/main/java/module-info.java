/**
 * The tagged PDF edition (PDF/UA-1, PDF/A-2a): {@link dev.editions.pdf.PdfWriter} and its options.
 * The layout and tagging stay inside the module.
 */
module dev.editions.pdf {
    requires transitive dev.editions.core;
    requires com.github.librepdf.openpdf;
    requires java.desktop;

    exports dev.editions.pdf;

    provides dev.editions.write.EditionWriter with dev.editions.pdf.PdfWriter;
}
