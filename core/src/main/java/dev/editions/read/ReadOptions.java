package dev.editions.read;

/**
 * What readers are told besides the source: the limits that protect a run from hostile input.
 *
 * @param maxImagePixels the most pixels (width × height) a picture may have; larger pictures are
 *     refused from their header, before they are decoded
 */
public record ReadOptions(long maxImagePixels) {
    /** The default picture limit: 100 megapixels, beyond any figure a report needs. */
    public static final long DEFAULT_MAX_IMAGE_PIXELS = 100_000_000L;

    /** Checks the limit. */
    public ReadOptions {
        if (maxImagePixels < 1) {
            throw new IllegalArgumentException("the image pixel limit must be at least 1, not " + maxImagePixels);
        }
    }

    /** The default options. */
    public static ReadOptions defaults() {
        return new ReadOptions(DEFAULT_MAX_IMAGE_PIXELS);
    }
}
