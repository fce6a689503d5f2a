package dev.editions.docx.internal;

import dev.editions.write.PageOptions;
import dev.editions.write.WriteContext;

/**
 * The page size, margins and direction of the document's one section, and the text width that
 * tables and pictures are fitted to.
 *
 * @param widthTwips the page's width in twentieths of a point
 * @param heightTwips the page's height in twentieths of a point
 * @param marginTwips each margin in twentieths of a point
 * @param rightToLeft whether the section, and the tables in it, read right to left
 */
record PageSetup(int widthTwips, int heightTwips, int marginTwips, boolean rightToLeft) {
    private static final double TWIPS_PER_POINT = 20;
    private static final double TWIPS_PER_MILLIMETRE = 1440 / 25.4;
    /** English metric units per twip. */
    static final long EMU_PER_TWIP = 635;
    private static final int HEADER_FOOTER_TWIPS = 708;

    /** The section {@code context} asks for, right to left when {@code rightToLeft}. */
    static PageSetup of(WriteContext context, boolean rightToLeft) {
        int width = (int) Math.round(context.option(PageOptions.SIZE).width() * TWIPS_PER_POINT);
        int height = (int) Math.round(context.option(PageOptions.SIZE).height() * TWIPS_PER_POINT);
        int margin = (int) Math.round(context.option(PageOptions.MARGIN) * TWIPS_PER_MILLIMETRE);
        return new PageSetup(width, height, margin, rightToLeft);
    }

    /** Writes the section's properties ({@code w:sectPr}, the body's last element), with {@code w:bidi} when right to left. */
    void write(WordXml xml) {
        xml.start("w:sectPr");
        xml.start("w:pgSz").attribute("w:w", widthTwips).attribute("w:h", heightTwips).end("w:pgSz");
        xml.start("w:pgMar").attribute("w:top", marginTwips).attribute("w:bottom", marginTwips)
                .attribute("w:left", marginTwips).attribute("w:right", marginTwips)
                .attribute("w:header", HEADER_FOOTER_TWIPS).attribute("w:footer", HEADER_FOOTER_TWIPS)
                .attribute("w:gutter", 0).end("w:pgMar");
        if (rightToLeft) {
            xml.empty("w:bidi");
        }
        xml.end("w:sectPr");
    }

    /** The width between the margins in twentieths of a point. */
    int textWidthTwips() {
        return widthTwips - 2 * marginTwips;
    }

    /** The text width in English metric units, the unit of drawing sizes. */
    long textWidthEmu() {
        return textWidthTwips() * EMU_PER_TWIP;
    }
}
