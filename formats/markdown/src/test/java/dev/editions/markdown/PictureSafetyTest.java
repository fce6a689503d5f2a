package dev.editions.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.editions.Diagnostics;
import dev.editions.EditionsException;
import dev.editions.fixtures.Pictures;
import dev.editions.model.Document;
import dev.editions.model.Figure;
import dev.editions.read.ReadOptions;
import dev.editions.read.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pictures are decoded in full before use: one declaring more pixels than the limit is refused from
 * its header without being decoded, and a damaged or truncated PNG or JPEG is refused with its name
 * and line.
 */
class PictureSafetyTest {
    @TempDir
    Path folder;

    @Test
    void aPngDeclaringFourHundredMegapixelsIsRefusedFromItsHeaderAtOnce() throws IOException {
        Files.write(folder.resolve("bomb.png"), Pictures.declaredPng(20_000, 20_000));
        long start = System.nanoTime();
        EditionsException e = refusal("# Bomb\n\n![A chart](bomb.png)\n", ReadOptions.defaults());
        assertTrue(System.nanoTime() - start < 2_000_000_000L, "refused without decoding");
        assertEquals("report.md: line 3: the image 'bomb.png' is 20000×20000 pixels (400 megapixels); pictures of"
                + " at most 100 megapixels are read (--max-image-pixels)", e.getMessage());
    }

    @Test
    void theLimitIsAnOption() throws IOException {
        Files.write(folder.resolve("chart.png"), Pictures.barChartPng("chart.png", 1).bytes());
        Document read = read("# Chart\n\n![A chart](chart.png)\n", ReadOptions.defaults());
        Figure figure = (Figure) read.blocks().get(0);
        long pixels = (long) figure.image().width() * figure.image().height();
        EditionsException e = refusal("# Chart\n\n![A chart](chart.png)\n", new ReadOptions(pixels - 1));
        assertTrue(e.getMessage().startsWith("report.md: line 3: the image 'chart.png' is "), e.getMessage());
    }

    @Test
    void aTruncatedPngIsRefusedWithItsNameAndLine() throws IOException {
        byte[] whole = Pictures.barChartPng("chart.png", 1).bytes();
        Files.write(folder.resolve("cut.png"), Arrays.copyOf(whole, whole.length * 2 / 3));
        EditionsException e = refusal("# Chart\n\nText.\n\n![A chart](cut.png)\n", ReadOptions.defaults());
        assertTrue(e.getMessage().startsWith("report.md: line 5: the image 'cut.png' is damaged or truncated and"
                + " cannot be decoded ("), e.getMessage());
    }

    @Test
    void aJpegWithAFrameHeaderAndNoDataIsRefused() throws IOException {
        byte[] whole = Pictures.gradientJpeg("photo.jpg").bytes();
        int scan = indexOfStartOfScan(whole);
        Files.write(folder.resolve("photo.jpg"), Arrays.copyOf(whole, scan + 20));
        EditionsException e = refusal("![A photo](photo.jpg)\n", ReadOptions.defaults());
        assertTrue(e.getMessage().startsWith("report.md: line 1: the image 'photo.jpg' is damaged or truncated"),
                e.getMessage());
    }

    @Test
    void soundPicturesAreRead() throws IOException {
        Files.write(folder.resolve("chart.png"), Pictures.barChartPng("chart.png", 1).bytes());
        Files.write(folder.resolve("photo.jpg"), Pictures.gradientJpeg("photo.jpg").bytes());
        Document read = read("![A chart](chart.png)\n\n![A photo](photo.jpg)\n", ReadOptions.defaults());
        assertEquals(2, read.blocks().size());
    }

    private Document read(String markdown, ReadOptions options) throws IOException {
        Path report = Files.writeString(folder.resolve("report.md"), markdown);
        return new MarkdownReader().read(Source.of(report), new Diagnostics("report.md"), options);
    }

    private EditionsException refusal(String markdown, ReadOptions options) throws IOException {
        Path report = Files.writeString(folder.resolve("report.md"), markdown);
        EditionsException e = assertThrows(EditionsException.class,
                () -> new MarkdownReader().read(Source.of(report), new Diagnostics("report.md"), options));
        return EditionsException.atLine("report.md", e.line(), e.column(), e.problem());
    }

    private static int indexOfStartOfScan(byte[] jpeg) {
        for (int i = 2; i + 1 < jpeg.length; i++) {
            if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == 0xDA) {
                return i;
            }
        }
        throw new AssertionError("no start of scan");
    }
}
