package dev.editions.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Objects;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openpdf.text.Image;

/** Pictures read with packed pixels give OpenPDF's own image of the file, pixel for pixel. */
class PictureImagesTest {
    @Test
    void trueColourPicturesMatchOpenPdfsReading() throws Exception {
        for (int type : new int[] {BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_INT_ARGB, BufferedImage.TYPE_BYTE_GRAY,
                BufferedImage.TYPE_BYTE_INDEXED}) {
            for (String alpha : new String[] {"opaque", "one transparent colour", "shades"}) {
                byte[] png = png(type, alpha, 37, 23);
                assertEquals(describe(Image.getInstance(png)), describe(PictureImages.of(png)), type + " " + alpha);
            }
        }
    }

    @Test
    void theComparisonSeesOnePixelChanged() throws Exception {
        byte[] one = png(BufferedImage.TYPE_INT_RGB, "opaque", 8, 8);
        BufferedImage other = ImageIO.read(new java.io.ByteArrayInputStream(one));
        other.setRGB(3, 3, other.getRGB(3, 3) ^ 0x010000);
        assertFalse(describe(Image.getInstance(one)).equals(describe(PictureImages.of(encode(other)))));
    }

    @Test
    void otherFilesAreLeftToOpenPdf() throws Exception {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", jpeg);
        Image read = PictureImages.of(jpeg.toByteArray());
        assertEquals(Image.ORIGINAL_JPEG, read.getOriginalType());
        assertNull(read.getImageMask());
    }

    private static String describe(Image image) {
        if (image == null) {
            return "none";
        }
        return image.getClass().getSimpleName() + " " + image.getWidth() + "x" + image.getHeight() + " bpc "
                + image.getBpc() + " colorspace " + image.getColorspace() + " type " + image.getOriginalType()
                + " transparency " + Arrays.toString(image.getTransparency()) + " additional "
                + Objects.toString(image.getAdditional()) + " mask " + image.isMask() + " data "
                + Arrays.hashCode(image.getRawData()) + "/" + (image.getRawData() == null ? 0 : image.getRawData().length)
                + " smask (" + describe(image.getImageMask()) + ")";
    }

    private static byte[] png(int type, String alpha, int width, int height) throws IOException {
        boolean hasAlpha = type == BufferedImage.TYPE_INT_ARGB;
        BufferedImage image = new BufferedImage(width, height, type);
        SplittableRandom random = new SplittableRandom(width * 31L + type);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int rgb = random.nextInt(0x1000000);
                int a = 0xFF;
                if (hasAlpha && alpha.equals("one transparent colour") && (x + y) % 5 == 0) {
                    a = 0;
                    rgb = 0x123456;
                } else if (hasAlpha && alpha.equals("shades")) {
                    a = random.nextInt(256);
                }
                image.setRGB(x, y, a << 24 | rgb);
            }
        }
        return encode(image);
    }

    private static byte[] encode(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
