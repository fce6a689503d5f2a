package dev.editions.pdf.internal;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.PixelInterleavedSampleModel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.openpdf.text.BadElementException;
import org.openpdf.text.Image;

/**
 * Turns a picture's file into an OpenPDF image. OpenPDF reads a PNG file through ImageIO and then
 * asks the decoded image for each pixel's colour one call at a time, which is slow for the byte
 * layouts ImageIO decodes true-colour PNG files into; such a picture is handed over with its pixels
 * already packed as integers, the layout whose pixels OpenPDF takes a row at a time. The pixels, and
 * so the PDF's bytes, are the same. Any other file is left to OpenPDF.
 */
final class PictureImages {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private PictureImages() {
    }

    /** The image of the picture file {@code bytes}. */
    static Image of(byte[] bytes) throws BadElementException, IOException {
        BufferedImage packed = isPng(bytes) ? packed(bytes) : null;
        if (packed == null) {
            return Image.getInstance(bytes);
        }
        Image image = Image.getInstance(packed, null, false);
        image.setOriginalType(Image.ORIGINAL_PNG);
        return image;
    }

    private static boolean isPng(byte[] bytes) {
        return bytes.length >= PNG_SIGNATURE.length
                && Arrays.equals(bytes, 0, PNG_SIGNATURE.length, PNG_SIGNATURE, 0, PNG_SIGNATURE.length);
    }

    /** The decoded picture with its pixels packed as integers, or {@code null} if OpenPDF should read it. */
    private static BufferedImage packed(byte[] bytes) {
        BufferedImage decoded;
        try {
            decoded = ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException unreadable) {
            return null; // OpenPDF reads it again and reports the problem its own way
        }
        if (decoded == null || !(decoded.getRaster().getDataBuffer() instanceof DataBufferByte buffer)
                || buffer.getNumBanks() != 1) {
            return null;
        }
        int type = decoded.getType();
        boolean alpha = type == BufferedImage.TYPE_4BYTE_ABGR;
        if (type != BufferedImage.TYPE_3BYTE_BGR && !alpha) {
            return null;
        }
        int width = decoded.getWidth();
        int height = decoded.getHeight();
        int stride = alpha ? 4 : 3;
        if (!(decoded.getSampleModel() instanceof PixelInterleavedSampleModel layout)
                || layout.getPixelStride() != stride || layout.getScanlineStride() != width * stride
                || buffer.getOffset() != 0 || decoded.getRaster().getSampleModelTranslateX() != 0
                || decoded.getRaster().getSampleModelTranslateY() != 0) {
            return null;
        }
        byte[] source = buffer.getData();
        int[] pixels = new int[width * height];
        for (int i = 0, at = 0; i < pixels.length; i++, at += stride) {
            // ABGR or BGR bytes (the two types fix the order), interleaved without padding.
            int a = alpha ? source[at] & 0xFF : 0xFF;
            int b = source[at + stride - 3] & 0xFF;
            int g = source[at + stride - 2] & 0xFF;
            int r = source[at + stride - 1] & 0xFF;
            pixels[i] = a << 24 | r << 16 | g << 8 | b;
        }
        BufferedImage packed = new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB
                : BufferedImage.TYPE_INT_RGB);
        packed.getRaster().setDataElements(0, 0, width, height, pixels);
        return packed;
    }
}
