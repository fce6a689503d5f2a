package dev.editions.pdf.internal;

import dev.editions.model.Image;
import java.awt.Color;
import org.openpdf.text.pdf.BaseFont;

/** Something positioned on a page, in points from the page's bottom-left corner. */
sealed interface PageItem {
    /** This item moved up by {@code dy} points (down when negative). */
    PageItem shifted(float dy);

    /**
     * Text on a baseline.
     *
     * @param mark the element or artifact it belongs to
     * @param text the characters
     * @param font the font
     * @param size the font size
     * @param color the colour
     * @param x the start of the baseline
     * @param y the baseline
     * @param actualText the text the glyphs stand for when they are reversed (right to left) or
     *     shaped, given as {@code /ActualText}; {@code null} when they are the text itself
     * @param glyphs the shaped glyphs drawn instead of the characters of {@code text}, or {@code null}
     */
    record Text(Mark mark, String text, BaseFont font, float size, Color color, float x, float y, String actualText,
            GlyphRun glyphs) implements PageItem {
        /** Glyphs that are the text itself. */
        Text(Mark mark, String text, BaseFont font, float size, Color color, float x, float y) {
            this(mark, text, font, size, color, x, y, null, null);
        }

        /** The characters of {@code text}, standing for {@code actualText} when that is not {@code null}. */
        Text(Mark mark, String text, BaseFont font, float size, Color color, float x, float y, String actualText) {
            this(mark, text, font, size, color, x, y, actualText, null);
        }

        @Override
        public Text shifted(float dy) {
            return new Text(mark, text, font, size, color, x, y + dy, actualText, glyphs);
        }
    }

    /**
     * A picture.
     *
     * @param mark the figure element, or a layout artifact for a decorative picture
     * @param image the picture
     * @param x its left edge
     * @param y its bottom edge
     * @param width its width
     * @param height its height
     */
    record Picture(Mark mark, Image image, float x, float y, float width, float height) implements PageItem {
        @Override
        public Picture shifted(float dy) {
            return new Picture(mark, image, x, y + dy, width, height);
        }
    }

    /**
     * A straight line, always an artifact.
     *
     * @param kind the kind of artifact
     * @param x1 the start's x
     * @param y1 the start's y
     * @param x2 the end's x
     * @param y2 the end's y
     * @param lineWidth the stroke width
     * @param color the stroke colour
     */
    record Rule(Mark.Artifact kind, float x1, float y1, float x2, float y2, float lineWidth, Color color)
            implements PageItem {
        @Override
        public Rule shifted(float dy) {
            return new Rule(kind, x1, y1 + dy, x2, y2 + dy, lineWidth, color);
        }
    }

    /**
     * A filled rectangle, always an artifact.
     *
     * @param kind the kind of artifact
     * @param x the left edge
     * @param y the bottom edge
     * @param width the width
     * @param height the height
     * @param color the fill colour
     */
    record Fill(Mark.Artifact kind, float x, float y, float width, float height, Color color) implements PageItem {
        @Override
        public Fill shifted(float dy) {
            return new Fill(kind, x, y + dy, width, height, color);
        }
    }

    /**
     * The clickable area of (part of) a link; one per line the link's text is on.
     *
     * @param link the link
     * @param x the left edge
     * @param y the bottom edge
     * @param width the width
     * @param height the height
     */
    record LinkArea(LinkTarget link, float x, float y, float width, float height) implements PageItem {
        @Override
        public LinkArea shifted(float dy) {
            return new LinkArea(link, x, y + dy, width, height);
        }
    }

    /**
     * A named destination without a bookmark: where a note starts.
     *
     * @param id the destination name
     * @param x the left edge
     * @param top the top edge
     */
    record Anchor(String id, float x, float top) implements PageItem {
        @Override
        public Anchor shifted(float dy) {
            return new Anchor(id, x, top + dy);
        }
    }

    /**
     * Where a heading starts: a bookmark and a named destination for internal links.
     *
     * @param title the heading's text
     * @param level its level in the outline, from 1
     * @param id the destination name
     * @param x the left edge
     * @param top the top edge
     */
    record Bookmark(String title, int level, String id, float x, float top) implements PageItem {
        @Override
        public Bookmark shifted(float dy) {
            return new Bookmark(title, level, id, x, top + dy);
        }
    }
}
