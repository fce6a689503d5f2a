package dev.editions.docx.internal;

import dev.editions.write.PageOptions;
import dev.editions.write.WriteContext;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * The page size, margins and direction of the document's one section, and the text width that
 * tables and pictures are fitted to.
 *
 * @param textWidthTwips the width between the margins in twentieths of a point
 * @param rightToLeft whether the section, and the tables in it, read right to left
 */
record PageSetup(int textWidthTwips, boolean rightToLeft) {
    private static final double TWIPS_PER_POINT = 20;
    private static final double TWIPS_PER_MILLIMETRE = 1440 / 25.4;
    /** English metric units per twip. */
    static final long EMU_PER_TWIP = 635;

    /** Sets up the section of {@code doc}, right to left ({@code w:bidi}) when {@code rightToLeft}. */
    static PageSetup apply(XWPFDocument doc, WriteContext context, boolean rightToLeft) {
        int width = (int) Math.round(context.option(PageOptions.SIZE).width() * TWIPS_PER_POINT);
        int height = (int) Math.round(context.option(PageOptions.SIZE).height() * TWIPS_PER_POINT);
        int margin = (int) Math.round(context.option(PageOptions.MARGIN) * TWIPS_PER_MILLIMETRE);
        CTBody body = doc.getDocument().getBody();
        CTSectPr section = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(width));
        size.setH(BigInteger.valueOf(height));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        BigInteger m = BigInteger.valueOf(margin);
        margins.setTop(m);
        margins.setBottom(m);
        margins.setLeft(m);
        margins.setRight(m);
        margins.setHeader(BigInteger.valueOf(708));
        margins.setFooter(BigInteger.valueOf(708));
        margins.setGutter(BigInteger.ZERO);
        if (rightToLeft) {
            section.addNewBidi();
        }
        return new PageSetup(width - 2 * margin, rightToLeft);
    }

    /** The text width in English metric units, the unit of drawing sizes. */
    long textWidthEmu() {
        return textWidthTwips * EMU_PER_TWIP;
    }
}
