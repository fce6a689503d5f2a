package dev.editions.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * veraPDF finds no failed rule of PDF/UA-1 or PDF/A-2a in the PDF editions of the sample report,
 * the feature-rich report and the generated 100-page report.
 */
@Tag("slow")
class ConformanceTest {
    static Stream<Arguments> editions() {
        return PdfFixtures.names().stream().flatMap(name -> Stream.of(
                Arguments.of(name, PDFAFlavour.PDFUA_1), Arguments.of(name, PDFAFlavour.PDFA_2_A)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("editions")
    void passesEveryRule(String fixture, PDFAFlavour flavour) throws Exception {
        VeraPdfValidator.Outcome outcome = VeraPdfValidator.validate(PdfFixtures.pdf(fixture), flavour);
        assertEquals(java.util.List.of(), outcome.failures(), fixture + " against " + flavour);
        assertTrue(outcome.checks() > 1000, "veraPDF ran " + outcome.checks() + " checks");
    }

    @Test
    void theValidatorFailsAPdfWithoutItsLanguage() throws Exception {
        byte[] broken;
        try (PDDocument pdf = Loader.loadPDF(PdfFixtures.pdf("sample"))) {
            pdf.getDocumentCatalog().getCOSObject().removeItem(COSName.LANG);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            broken = out.toByteArray();
        }
        VeraPdfValidator.Outcome outcome = VeraPdfValidator.validate(broken, PDFAFlavour.PDFUA_1);
        assertTrue(outcome.failures().stream().anyMatch(failure -> failure.startsWith("7.2-")),
                outcome.failures().toString());
    }
}
