package dev.editions.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.editions.model.Document;
import dev.editions.write.EditionOptions;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The first page of each script fixture, rendered at screen resolution (PDFBox, 72 dpi, grey), looks as
 * its checked-in reference does ({@code src/test/resources/scripts/renders/NAME.png}): at most
 * {@value #MAX_CHANGED} of the inked pixels differ by more than a quarter of the grey scale. So a change in
 * shaping, joining, line order or line breaking is seen even when the extracted text stays right.
 * The fonts are embedded, so the rendering does not depend on the machine's fonts. After an intended
 * change, run with {@code -Deditions.renders.update=true} to write the references anew, and look at them.
 */
@Tag("slow")
class ScriptRendersTest {
    /** The largest share of pixels that may differ from the reference. */
    static final double MAX_CHANGED = 0.01;
    private static final Path REFERENCES = Path.of("src", "test", "resources", "scripts", "renders");
    private static final float DPI = 72;

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.editions.pdf.ScriptFixturesTest#fixtures")
    void theFirstPageLooksAsItsReferenceDoes(String name, Path font, String debianPackage, boolean leftToRight)
            throws IOException {
        SystemFontsTest.assumeFont(font, debianPackage);
        BufferedImage page = render(ScriptFixturesTest.read(name));
        Path reference = REFERENCES.resolve(name + ".png");
        if (Boolean.getBoolean("editions.renders.update")) {
            ImageIO.write(page, "png", Files.createDirectories(REFERENCES).resolve(name + ".png").toFile());
        }
        assertTrue(Files.isRegularFile(reference), reference + " is missing; write it with"
                + " -Deditions.renders.update=true and check it by eye");
        BufferedImage expected = ImageIO.read(reference.toFile());
        double changed = changedShare(expected, page);
        assertTrue(changed <= MAX_CHANGED, String.format("%s: %.3f %% of the inked pixels differ from %s (at most %.3f %%)",
                name, changed * 100, reference, MAX_CHANGED * 100));
    }

    @Test
    void aPageWithTwoWordsSwappedIsSeen() throws IOException {
        SystemFontsTest.assumeFont(Path.of("/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf"),
                "fonts-noto-core");
        Document arabic = ScriptFixturesTest.read("arabic");
        BufferedImage page = render(arabic);
        assertEquals(0.0, changedShare(page, render(arabic)), "the rendering is the same every time");
        String first = dev.editions.text.PlainText.of(arabic.blocks().get(1));
        String[] words = first.split(" ");
        String swapped = first.replaceFirst(java.util.regex.Pattern.quote(words[0] + " " + words[1]),
                java.util.regex.Matcher.quoteReplacement(words[1] + " " + words[0]));
        java.util.List<dev.editions.model.Block> blocks = new java.util.ArrayList<>(arabic.blocks());
        blocks.set(1, dev.editions.model.Paragraph.of(swapped));
        double changed = changedShare(page, render(arabic.withBlocks(blocks)));
        assertTrue(changed > MAX_CHANGED, String.format("two words swapped changed only %.3f %%", changed * 100));
    }

    private static BufferedImage render(Document document) throws IOException {
        byte[] pdf = PdfFixtures.pdf(document, EditionOptions.builder().build());
        try (PDDocument read = Loader.loadPDF(pdf)) {
            return new PDFRenderer(read).renderImageWithDPI(0, DPI, ImageType.GRAY);
        }
    }

    /**
     * The share of the inked pixels (darker than white in either image) whose grey differs by more
     * than a quarter; everything when the sizes differ.
     */
    static double changedShare(BufferedImage expected, BufferedImage actual) {
        if (expected.getWidth() != actual.getWidth() || expected.getHeight() != actual.getHeight()) {
            return 1.0;
        }
        long changed = 0;
        long inked = 0;
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                int a = expected.getRaster().getSample(x, y, 0);
                int b = actual.getRaster().getSample(x, y, 0);
                inked += a < 250 || b < 250 ? 1 : 0;
                changed += Math.abs(a - b) > 64 ? 1 : 0;
            }
        }
        return inked == 0 ? 0.0 : (double) changed / inked;
    }
}
