package dev.editions.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The tagging of every fixture is consistent, and the checker catches each kind of break. */
class TagStructureTest {
    static List<String> fixtures() {
        return PdfFixtures.names();
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void markedContentAndStructureAgree(String fixture) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(PdfFixtures.pdf(fixture))) {
            assertEquals(List.of(), TagStructure.problems(pdf));
        }
    }

    /** The problems the checker finds in the feature-rich PDF after {@code breakage}. */
    private static List<String> problemsAfter(Consumer<PDDocument> breakage) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument pdf = Loader.loadPDF(PdfFixtures.pdf("feature-rich"))) {
            breakage.accept(pdf);
            pdf.save(out);
        }
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            return TagStructure.problems(pdf);
        }
    }

    /** The first structure element of {@code type}, depth first. */
    private static COSDictionary find(COSBase node, String type) {
        if (node instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                COSDictionary found = find(array.getObject(i), type);
                if (found != null) {
                    return found;
                }
            }
        } else if (node instanceof COSDictionary dictionary && dictionary.containsKey(COSName.S)) {
            if (type.equals(dictionary.getNameAsString(COSName.S))) {
                return dictionary;
            }
            return find(dictionary.getDictionaryObject(COSName.K), type);
        }
        return null;
    }

    private static COSDictionary first(PDDocument pdf, String type) {
        COSDictionary root = pdf.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.STRUCT_TREE_ROOT);
        return find(root.getDictionaryObject(COSName.K), type);
    }

    private static void assertFound(List<String> problems, String expected) {
        assertTrue(problems.stream().anyMatch(problem -> problem.contains(expected)),
                () -> "expected a problem with '" + expected + "' in " + problems);
    }

    @Test
    void findsContentThatNoElementClaims() throws IOException {
        assertFound(problemsAfter(pdf -> first(pdf, "H2").setItem(COSName.K, new COSArray())),
                "belongs to no structure element");
    }

    @Test
    void findsAnElementClaimingContentThatIsNotThere() throws IOException {
        assertFound(problemsAfter(pdf -> first(pdf, "H2").setItem(COSName.K, COSInteger.get(999))),
                "claims MCID 999");
    }

    @Test
    void findsALinkAnnotationOutsideTheTree() throws IOException {
        assertFound(problemsAfter(pdf -> {
            try {
                for (PDAnnotation annotation : pdf.getPage(0).getAnnotations()) {
                    annotation.getCOSObject().removeItem(COSName.STRUCT_PARENT);
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }), "link annotation without StructParent");
    }

    @Test
    void findsAFigureWithoutAlternativeText() throws IOException {
        assertFound(problemsAfter(pdf -> first(pdf, "Figure").removeItem(COSName.ALT)), "Figure without alternative text");
    }

    @Test
    void findsAHeaderCellWithoutScope() throws IOException {
        assertFound(problemsAfter(pdf -> first(pdf, "TH").removeItem(COSName.A)), "TH without Scope");
    }

    @Test
    void findsATableWithoutRows() throws IOException {
        assertFound(problemsAfter(pdf -> first(pdf, "Table").setItem(COSName.K,
                first(pdf, "Caption"))), "Table without TR rows");
    }
}
