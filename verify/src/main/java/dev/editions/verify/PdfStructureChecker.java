package dev.editions.verify;

import dev.editions.EditionsException;
import dev.editions.check.EditionChecker;
import dev.editions.check.Finding;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * What veraPDF does not check, read with PDFBox: the tag structure both ways (see
 * {@link PdfTagStructure}) and that the text can be extracted (none of it lost to a missing
 * {@code ToUnicode} map).
 */
public final class PdfStructureChecker implements EditionChecker {
    /** Creates the checker. */
    public PdfStructureChecker() {
    }

    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public String name() {
        return "structure";
    }

    @Override
    public List<Finding> check(Path edition) {
        try (PDDocument pdf = Loader.loadPDF(edition.toFile())) {
            List<Finding> findings = new ArrayList<>(PdfTagStructure.problems(pdf));
            String text = new PDFTextStripper().getText(pdf);
            if (pdf.getNumberOfPages() > 0 && text.isBlank()) {
                findings.add(new Finding("pdf.text-extractable", "", "no text can be extracted from the pages"));
            }
            int replaced = (int) text.chars().filter(c -> c == '\uFFFD').count();
            if (replaced > 0) {
                findings.add(new Finding("pdf.text-extractable", "", replaced + " character(s) of the text "
                        + "cannot be extracted as Unicode"));
            }
            return findings;
        } catch (IOException e) {
            throw EditionsException.of(edition.toString(), "cannot be read as a PDF: " + e.getMessage(), e);
        }
    }
}
