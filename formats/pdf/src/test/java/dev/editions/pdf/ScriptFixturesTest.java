package dev.editions.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.editions.markdown.MarkdownReader;
import dev.editions.model.Block;
import dev.editions.model.Blocks;
import dev.editions.model.Document;
import dev.editions.model.Heading;
import dev.editions.model.Paragraph;
import dev.editions.normalise.Normaliser;
import dev.editions.read.Source;
import dev.editions.read.SourceKind;
import dev.editions.text.PlainText;
import dev.editions.write.EditionOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * A report per script family (in {@code src/test/resources/scripts}), published as PDF with the
 * fonts installed: it passes veraPDF's PDF/UA-1 and PDF/A-2a profiles, every font is embedded, and
 * the text PDFBox extracts holds every heading and paragraph of the model, in logical order (read by
 * position for the fixtures that read right to left, as their lines are drawn in visual order).
 * A fixture whose fonts are not installed is skipped, naming the package that has them.
 */
@Tag("slow")
class ScriptFixturesTest {
    private static final Path NOTO = Path.of("/usr/share/fonts/truetype/noto");

    /** Each fixture with a font file it needs, the package of that file and whether its text reads left to right. */
    static Stream<Arguments> fixtures() {
        return Stream.of(
                Arguments.of("chinese-simplified", SystemFontsTest.NOTO_CJK, "fonts-noto-cjk", true),
                Arguments.of("japanese", SystemFontsTest.NOTO_CJK, "fonts-noto-cjk", true),
                Arguments.of("korean", SystemFontsTest.NOTO_CJK, "fonts-noto-cjk", true),
                Arguments.of("thai", NOTO.resolve("NotoSansThai-Regular.ttf"), "fonts-noto-core", true),
                Arguments.of("devanagari", NOTO.resolve("NotoSansDevanagari-Regular.ttf"), "fonts-noto-core", true),
                Arguments.of("greek-cyrillic-georgian", NOTO.resolve("NotoSansGeorgian-Regular.ttf"), "fonts-noto-core",
                        true),
                Arguments.of("emoji-symbols", Path.of("/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf"),
                        "fonts-symbola", true),
                Arguments.of("arabic", NOTO.resolve("NotoSansArabic-Regular.ttf"), "fonts-noto-core", false),
                Arguments.of("hebrew", NOTO.resolve("NotoSansHebrew-Regular.ttf"), "fonts-noto-core", false),
                Arguments.of("mixed", SystemFontsTest.NOTO_CJK, "fonts-noto-cjk", false));
    }

    static Document read(String name) throws IOException {
        try (InputStream in = ScriptFixturesTest.class.getResourceAsStream("/scripts/" + name + ".md")) {
            return Normaliser.standard().normalise(new MarkdownReader().read(Source.of(name + ".md",
                    in.readAllBytes())), SourceKind.MARKUP).document();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void passesPdfUaAndPdfAAndKeepsItsText(String name, Path font, String debianPackage, boolean leftToRight)
            throws Exception {
        SystemFontsTest.assumeFont(font, debianPackage);
        Document document = read(name);
        byte[] pdf = PdfFixtures.pdf(document, EditionOptions.builder().build());
        // Kept for a look: target/scripts/NAME.pdf.
        java.nio.file.Files.write(java.nio.file.Files.createDirectories(Path.of("target", "scripts"))
                .resolve(name + ".pdf"), pdf);
        List<String> fonts;
        try (PDDocument read = Loader.loadPDF(pdf)) {
            fonts = embedded(read);
            // Right-to-left text is drawn in visual order; PDFBox, reading by position, puts it back in logical order.
            org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
            stripper.setSortByPosition(!leftToRight);
            String text = stripper.getText(read).replaceAll("\\s+", "");
            for (String expected : texts(document)) {
                assertTrue(text.contains(expected), name + ": the extracted text lacks \"" + expected + "\"\n" + text);
            }
        }
        for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_2_A)) {
            VeraPdfValidator.Outcome outcome = VeraPdfValidator.validate(pdf, flavour);
            System.out.printf(Locale.ROOT, "scripts %-24s %-6s %6d checks, %d failed rules; %d bytes; fonts %s%n",
                    name, flavour.getId(), outcome.checks(), outcome.failures().size(), pdf.length,
                    fonts);
            assertEquals(List.of(), outcome.failures(), name + " " + flavour);
        }
    }

    /** Each embedded font's name (without subset tag) and the size of its compressed font program. */
    private static List<String> embedded(PDDocument pdf) throws IOException {
        java.util.Map<String, Integer> sizes = new java.util.TreeMap<>();
        for (org.apache.pdfbox.pdmodel.PDPage page : pdf.getPages()) {
            for (org.apache.pdfbox.cos.COSName key : page.getResources().getFontNames()) {
                org.apache.pdfbox.pdmodel.font.PDFont font = page.getResources().getFont(key);
                assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                org.apache.pdfbox.pdmodel.font.PDFontDescriptor descriptor =
                        font instanceof org.apache.pdfbox.pdmodel.font.PDType0Font type0
                                ? type0.getDescendantFont().getFontDescriptor() : font.getFontDescriptor();
                org.apache.pdfbox.pdmodel.common.PDStream program = descriptor.getFontFile2() != null
                        ? descriptor.getFontFile2() : descriptor.getFontFile3();
                sizes.put(font.getName().substring(font.getName().indexOf('+') + 1),
                        program.getCOSObject().getInt(org.apache.pdfbox.cos.COSName.LENGTH));
            }
        }
        List<String> out = new ArrayList<>();
        sizes.forEach((name, size) -> out.add(name + " " + size / 1024 + " KiB"));
        return out;
    }

    /** The text of every heading and paragraph, without white space (lines may break anywhere in CJK). */
    private static List<String> texts(Document document) {
        List<String> texts = new ArrayList<>();
        texts.add(document.metadata().title().replaceAll("\\s+", ""));
        Blocks.forEachBlock(document.blocks(), block -> {
            if (block instanceof Heading || block instanceof Paragraph) {
                texts.add(PlainText.of((Block) block).replaceAll("\\s+", ""));
            }
        });
        return texts;
    }
}
