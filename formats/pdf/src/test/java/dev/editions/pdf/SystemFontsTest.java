package dev.editions.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.editions.model.Document;
import dev.editions.model.Metadata;
import dev.editions.model.Paragraph;
import dev.editions.write.EditionOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Characters the bundled fonts lack are drawn in fonts found in the system's font folders or in a
 * folder the user names. Tests that need a system font skip, naming the package, when it is absent.
 */
class SystemFontsTest {
    static final Path NOTO_CJK = Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc");
    static final Path NOTO_THAI = Path.of("/usr/share/fonts/truetype/noto/NotoSansThai-Regular.ttf");

    @TempDir
    Path folder;

    static void assumeFont(Path file, String debianPackage) {
        assumeTrue(Files.isRegularFile(file), file + " is absent: install the Debian package " + debianPackage
                + " (.ci/install-fonts does) to run this test");
    }

    static Document document(String language, String... paragraphs) {
        return Document.of(Metadata.builder().title("Fonts").language(language).build(),
                java.util.Arrays.stream(paragraphs).<dev.editions.model.Block>map(Paragraph::of).toList());
    }

    static List<String> fonts(PDDocument pdf) throws IOException {
        List<String> fonts = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            for (COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                fonts.add(font.getName().substring(font.getName().indexOf('+') + 1));
            }
        }
        return fonts;
    }

    static String text(PDDocument pdf) throws IOException {
        return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
    }

    @Test
    @org.junit.jupiter.api.Tag("slow")
    void chineseIsDrawnInTheNotoCjkFontOfTheReportsLanguage() throws Exception {
        assumeFont(NOTO_CJK, "fonts-noto-cjk");
        for (String[] expected : List.of(new String[] {"zh-Hans", "NotoSansCJKsc"}, new String[] {"ja", "NotoSansCJKjp"})) {
            byte[] pdf = PdfFixtures.pdf(document(expected[0], "东京和北京。"), EditionOptions.builder().build());
            try (PDDocument read = Loader.loadPDF(pdf)) {
                assertTrue(text(read).contains("东京和北京。"), text(read));
                assertTrue(fonts(read).stream().anyMatch(f -> f.startsWith(expected[1])), expected[0] + ": " + fonts(read));
            }
            for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_2_A)) {
                assertEquals(List.of(), VeraPdfValidator.validate(pdf, flavour).failures(), expected[0] + " " + flavour);
            }
        }
    }

    @Test
    void aFontFolderOptionIsSearchedWithoutTheSystemFolders() throws Exception {
        assumeFont(NOTO_THAI, "fonts-noto-core");
        Document thai = document("th", "สวัสดี ครับ");
        EditionOptions none = EditionOptions.builder().set(PdfOptions.SYSTEM_FONTS, false).build();
        dev.editions.EditionsException refused = org.junit.jupiter.api.Assertions.assertThrows(
                dev.editions.EditionsException.class, () -> PdfFixtures.pdf(thai, none));
        assertTrue(refused.getMessage().contains("U+0E2A") && refused.getMessage().contains("fonts-noto-core"),
                refused.getMessage());
        Files.copy(NOTO_THAI, folder.resolve("NotoSansThai-Regular.ttf"));
        EditionOptions named = EditionOptions.builder().set(PdfOptions.SYSTEM_FONTS, false)
                .set(PdfOptions.FONT_DIRS, folder.toString()).build();
        try (PDDocument read = Loader.loadPDF(PdfFixtures.pdf(thai, named))) {
            assertTrue(fonts(read).stream().anyMatch(f -> f.startsWith("NotoSansThai")), fonts(read).toString());
        }
    }
}
