package dev.editions.write;

/** Paper sizes for paginated editions, in PostScript points (1/72 inch). */
public enum PageSize {
    /** ISO A4, 210 × 297 mm. */
    A4(595.276f, 841.89f),
    /** US Letter, 8.5 × 11 inches. */
    LETTER(612f, 792f);

    private final float width;
    private final float height;

    PageSize(float width, float height) {
        this.width = width;
        this.height = height;
    }

    /** The width in points. */
    public float width() {
        return width;
    }

    /** The height in points. */
    public float height() {
        return height;
    }
}
