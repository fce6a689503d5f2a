package dev.editions.verify;

import dev.editions.EditionsException;
import dev.editions.check.CheckResult;
import dev.editions.check.EditionChecker;
import dev.editions.check.Finding;
import dev.editions.model.Blocks;
import dev.editions.model.Document;
import dev.editions.model.InlineImage;
import dev.editions.model.InlineRewriter;
import dev.editions.model.Note;
import dev.editions.model.Text;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * What veraPDF does not check, read with PDFBox: the tag structure both ways (see
 * {@link PdfTagStructure}) and that the text can be extracted (none of it lost to a missing
 * {@code ToUnicode} map); given the document the PDF was written from, that its text holds every
 * word of the document, in order (the body's, and each note's wherever it is), but for the alt text of pictures in lines, which are drawn: each of
 * those must be a {@code Figure}'s {@code /Alt} instead.
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
        return findings(edition, null);
    }

    /**
     * Also checks that the text holds every word of {@code model}'s body in order, and of each of its
     * notes in order, and that each picture in a line is a figure with its alt text (rule
     * {@code pdf.model-text}).
     */
    @Override
    public CheckResult run(Path edition, Document model) {
        return CheckResult.of(this, -1, findings(edition, model));
    }

    /** {@code model} with its pictures in lines left out, as the PDF draws them rather than writing their alt text. */
    private static Document withoutPicturesInLines(Document model) {
        return new InlineRewriter(inline -> inline instanceof InlineImage ? List.of(new Text(" ")) : List.of(inline))
                .document(model);
    }

    /** The alt texts of the informative pictures in lines of {@code model}, white space collapsed. */
    private static List<String> altsOfPicturesInLines(Document model) {
        List<String> alts = new ArrayList<>();
        Blocks.forEachInline(Blocks.withNotes(model), inline -> {
            if (inline instanceof InlineImage image && !image.decorative()) {
                alts.add(image.alt().strip().replaceAll("\\s+", " "));
            }
        });
        return alts;
    }

    /** The {@code /Alt} of every {@code Figure} element, white space collapsed, in the tree's order. */
    private static List<String> figureAlts(PDDocument pdf) {
        List<String> alts = new ArrayList<>();
        PDStructureTreeRoot root = pdf.getDocumentCatalog().getStructureTreeRoot();
        if (root != null) {
            collectAlts(root.getKids(), alts);
        }
        return alts;
    }

    private static void collectAlts(List<Object> kids, List<String> alts) {
        for (Object kid : kids) {
            if (kid instanceof PDStructureElement element) {
                if ("Figure".equals(element.getStructureType()) && element.getAlternateDescription() != null) {
                    alts.add(element.getAlternateDescription().strip().replaceAll("\\s+", " "));
                }
                collectAlts(element.getKids(), alts);
            }
        }
    }

    private List<Finding> findings(Path edition, Document model) {
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
            if (model != null) {
                // A code line too long for the page goes on after a break and a continuation mark.
                List<String> words = ModelWords.of(text.replaceAll("\\R\u21aa ?", ""));
                // The body in order, then each note in order: a note may be at the foot of any page.
                Document checked = withoutPicturesInLines(model);
                ModelWords.Missing missing = ModelWords.missing(ModelWords.of(checked.blocks()), words, 8);
                for (Note note : checked.notes()) {
                    missing = missing.plus(ModelWords.missing(ModelWords.of(note.blocks()), words, 8), 8);
                }
                if (missing.count() > 0) {
                    findings.add(new Finding("pdf.model-text", "", missing.count() + " of the report's "
                            + missing.total() + " words are not in the text, in order; the first: "
                            + String.join(", ", missing.first())));
                }
                List<String> alts = figureAlts(pdf);
                for (String alt : altsOfPicturesInLines(model)) {
                    if (!alts.remove(alt)) {
                        findings.add(new Finding("pdf.model-text", "", "the picture in a line with the alt text '"
                                + alt + "' is no Figure with that /Alt"));
                    }
                }
            }
            return findings;
        } catch (IOException e) {
            throw EditionsException.of(edition.toString(), "cannot be read as a PDF: " + e.getMessage(), e);
        }
    }
}
