package dev.editions.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.editions.fixtures.Fixtures;
import dev.editions.model.CodeBlock;
import dev.editions.model.Document;
import dev.editions.write.EditionOptions;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Code blocks read back from the PDF line by line, with their spaces, tabs (as spaces to the next stop
 * of four), empty lines and over-long lines (wrapped, each continuation starting with the mark) intact,
 * and the PDF stays conforming and consistently tagged.
 */
class CodeBlockTest {
    private static final byte[] PDF = PdfFixtures.pdf(Fixtures.code(), EditionOptions.builder().build());

    @Test
    void theCodeReadsBackExactlyWithTabsExpanded() throws IOException {
        CodeBlock code = (CodeBlock) Fixtures.code().blocks().get(1);
        List<String> lines;
        try (PDDocument pdf = Loader.loadPDF(PDF)) {
            lines = new Lines().read(pdf);
        }
        int start = lines.indexOf("Before the code.") + 1;
        int end = lines.indexOf("•An item with code:");
        List<String> drawn = lines.subList(start, end);
        assertTrue(drawn.stream().anyMatch(line -> line.startsWith("↪")), "the long line is wrapped: " + drawn);
        assertEquals(expandTabs(code.text()), String.join("\n", drawn).replaceAll("\n↪ ?", ""));
    }

    @Test
    void eachBlockCarriesItsExactSourceForReadersOfTheStructure() throws IOException {
        List<String> sources = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(PDF)) {
            collectCode(pdf.getDocumentCatalog().getStructureTreeRoot().getKids(), sources);
        }
        List<String> expected = Fixtures.code().blocks().stream().filter(CodeBlock.class::isInstance)
                .map(block -> ((CodeBlock) block).text()).toList();
        assertTrue(expected.get(0).contains("\t"), "the fixture has a tab");
        assertTrue(sources.containsAll(expected), sources + " lacks one of " + expected);
    }

    private static void collectCode(List<Object> kids, List<String> sources) {
        for (Object kid : kids) {
            if (kid instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement e) {
                if (e.getActualText() != null && "P".equals(e.getStructureType())) {
                    sources.add(e.getActualText());
                }
                collectCode(e.getKids(), sources);
            }
        }
    }

    @Test
    void theEditionConforms() throws Exception {
        for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_2_A)) {
            assertEquals(List.of(), VeraPdfValidator.validate(PDF, flavour).failures(), flavour.toString());
        }
    }

    private static String expandTabs(String text) {
        StringBuilder out = new StringBuilder();
        int column = 0;
        for (char c : text.toCharArray()) {
            if (c == '\t') {
                do {
                    out.append(' ');
                    column++;
                } while (column % 4 != 0);
            } else {
                out.append(c);
                column = c == '\n' ? 0 : column + 1;
            }
        }
        return out.toString();
    }

    /**
     * The text of the first page as lines in reading order, with an empty line wherever the distance
     * between two baselines leaves room for one.
     */
    private static final class Lines extends PDFTextStripper {
        private final List<String> lines = new ArrayList<>();
        private final List<Float> baselines = new ArrayList<>();
        private final List<Float> sizes = new ArrayList<>();

        Lines() throws IOException {
            setStartPage(1);
            setEndPage(1);
        }

        List<String> read(PDDocument pdf) throws IOException {
            getText(pdf);
            List<String> out = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                if (i > 0 && baselines.get(i) - baselines.get(i - 1) > 2.2f * sizes.get(i)) {
                    int blank = Math.round((baselines.get(i) - baselines.get(i - 1)) / (sizes.get(i) * 12.5f / 9f)) - 1;
                    for (int b = 0; b < blank && sizes.get(i) < 10f && sizes.get(i - 1) < 10f; b++) {
                        out.add("");
                    }
                }
                out.add(lines.get(i));
            }
            return out;
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            TextPosition first = positions.get(0);
            if (!baselines.isEmpty() && Math.abs(baselines.get(baselines.size() - 1) - first.getYDirAdj()) < 1) {
                lines.set(lines.size() - 1, lines.get(lines.size() - 1) + text);
                return;
            }
            lines.add(text);
            baselines.add(first.getYDirAdj());
            sizes.add(first.getFontSizeInPt());
        }
    }
}
