package dev.editions.verify;

import org.verapdf.pdfa.flavours.PDFAFlavour;

/** veraPDF's PDF/UA-1 (ISO 14289-1) profile over a PDF edition. */
public final class PdfUaChecker extends VeraPdfChecker {
    /** Creates the checker; veraPDF itself is set up on first use, once per JVM. */
    public PdfUaChecker() {
        super(PDFAFlavour.PDFUA_1, "PDF/UA-1");
    }
}
