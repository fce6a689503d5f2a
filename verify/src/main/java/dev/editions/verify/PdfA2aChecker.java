package dev.editions.verify;

import org.verapdf.pdfa.flavours.PDFAFlavour;

/** veraPDF's PDF/A-2a (ISO 19005-2, level A) profile over a PDF edition. */
public final class PdfA2aChecker extends VeraPdfChecker {
    /** Creates the checker; veraPDF itself is set up on first use, once per JVM. */
    public PdfA2aChecker() {
        super(PDFAFlavour.PDFA_2_A, "PDF/A-2a");
    }
}
