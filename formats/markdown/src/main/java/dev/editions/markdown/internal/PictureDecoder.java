package dev.editions.markdown.internal;

import dev.editions.model.Image;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Decodes a picture in full before any edition uses it, so a damaged or truncated PNG or JPEG is
 * refused while its line is known. The pixel count is checked from the header first: a picture over
 * the limit is never decoded. Decoding keeps one pixel in eight each way, so every byte of the data
 * is read and checked while little memory is taken.
 */
final class PictureDecoder {
    private static final int SUBSAMPLING = 8;

    private PictureDecoder() {
    }

    /**
     * Checks {@code image}: at most {@code maxPixels} pixels, and data that decodes to the end
     * without error or warning.
     *
     * @return null when the picture is sound, otherwise what is wrong with it
     */
    static String problem(Image image, long maxPixels) {
        long pixels = (long) image.width() * image.height();
        if (pixels > maxPixels) {
            return "is " + image.width() + "×" + image.height() + " pixels (" + megapixels(pixels)
                    + " megapixels); pictures of at most " + megapixels(maxPixels)
                    + " megapixels are read (--max-image-pixels)";
        }
        String format = Image.PNG.equals(image.mediaType()) ? "png" : "jpeg";
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(image.bytes()))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
            if (in == null || !readers.hasNext()) {
                return "cannot be decoded: this Java runtime has no " + format.toUpperCase(Locale.ROOT) + " decoder";
            }
            ImageReader reader = readers.next();
            List<String> warnings = new ArrayList<>();
            try {
                reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
                reader.setInput(in, true, true);
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(SUBSAMPLING, SUBSAMPLING, 0, 0);
                reader.read(0, param);
            } finally {
                reader.dispose();
            }
            return warnings.isEmpty() ? null : damaged(warnings.get(0));
        } catch (IOException | RuntimeException e) {
            return damaged(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    private static String damaged(String reason) {
        return "is damaged or truncated and cannot be decoded (" + reason.strip() + "); save the picture again";
    }

    private static String megapixels(long pixels) {
        return String.format(Locale.ROOT, pixels % 1_000_000 == 0 ? "%.0f" : "%.1f", pixels / 1_000_000.0);
    }
}
