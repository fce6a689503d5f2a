package dev.editions.pdf.internal;

import dev.editions.model.Image;

/**
 * A picture drawn in a line of text, at the size it is drawn in points. It sits on the line like a
 * letter: its bottom a little below the baseline, at the depth of the letters' descenders.
 *
 * @param image the picture
 * @param width its width in points
 * @param height its height in points
 * @param descent how far its bottom sits below the baseline, in points
 */
record InlinePicture(Image image, float width, float height, float descent) {
    /** Points per pixel, taking pictures as 96 pixels per inch. */
    private static final float POINTS_PER_PIXEL = 0.75f;
    /** The tallest a picture in a line may be, in lines of the text around it. */
    private static final float MAX_LINES = 2f;
    /** The widest a picture in a line may be, in points: no wider than the narrowest measure. */
    static final float MAX_WIDTH = 120f;

    /** {@code image} at its size, made smaller when taller than two lines of {@code style} or too wide. */
    static InlinePicture of(Image image, TextStyle style) {
        float width = Math.max(1, image.width()) * POINTS_PER_PIXEL;
        float height = Math.max(1, image.height()) * POINTS_PER_PIXEL;
        float scale = Math.min(1f, Math.min(MAX_LINES * style.leading() / height, MAX_WIDTH / width));
        return new InlinePicture(image, width * scale, height * scale, style.size() * 0.2f);
    }

    /** How much taller than {@code style}'s leading a line holding this picture must be. */
    float extraLeading(TextStyle style) {
        float above = height - descent;
        float room = (style.leading() - style.size()) / 2 + style.size() * 0.8f;
        return Math.max(0, above - room);
    }
}
