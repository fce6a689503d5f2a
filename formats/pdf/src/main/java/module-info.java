/** The tagged PDF edition (PDF/UA-1, PDF/A-2a), laid out on OpenPDF. */
module dev.editions.pdf {
    requires transitive dev.editions.core;
    requires com.github.librepdf.openpdf;
    requires java.desktop;

    exports dev.editions.pdf;

    provides dev.editions.write.EditionWriter with dev.editions.pdf.PdfWriter;
}
