package dev.editions.docx.internal;

import dev.editions.model.Figure;
import dev.editions.model.Image;
import dev.editions.model.InlineImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.xml.namespace.QName;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.drawingml.x2006.main.CTNonVisualDrawingProps;
import org.openxmlformats.schemas.drawingml.x2006.main.CTOfficeArtExtension;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;

/**
 * Writes figures as inline pictures with their alternative text in the drawing's description (never
 * the file name), unique drawing ids, and decorative pictures marked with Office's decorative
 * flag and an empty description. The caption is a separate paragraph after the picture. Pictures in
 * a line of text are written the same way, as high as the line.
 */
final class FigureWriter {
    /** The extension URI Office uses for the decorative flag. */
    static final String DECORATIVE_EXTENSION = "{C183D7F6-B498-43B3-948B-1728B52AA6E4}";
    /** The namespace of the decorative flag. */
    static final String DECORATIVE_NAMESPACE = "http://schemas.microsoft.com/office/drawing/2017/decorative";
    private static final long EMU_PER_PIXEL = 9525;
    /** 1.2 times the body text's 11 points, in EMU (12,700 a point). */
    private static final long INLINE_HEIGHT_EMU = 11 * 12 * 12700 / 10;

    private final PageSetup page;
    private long drawings;

    FigureWriter(PageSetup page) {
        this.page = page;
    }

    /** Writes {@code figure} into {@code pictureParagraph} and its caption into {@code captionParagraph}. */
    void write(XWPFDocument doc, Figure figure, CTP pictureParagraph, CTP captionParagraph, RunWriter runs) {
        Image image = figure.image();
        long width = image.width() * EMU_PER_PIXEL;
        long height = image.height() * EMU_PER_PIXEL;
        if (width > page.textWidthEmu()) {
            height = height * page.textWidthEmu() / width;
            width = page.textWidthEmu();
        }
        embed(new XWPFParagraph(pictureParagraph, doc).createRun(), image, width, height, figure.alt(),
                figure.decorative());
        if (captionParagraph != null) {
            runs.write(captionParagraph, figure.caption());
        }
    }

    /**
     * Writes {@code image} as a picture in the line, in run {@code r} of {@code paragraph}: as high as a
     * line of body text (1.2 em), as wide as its proportions make it, never wider than the text.
     */
    void inline(XWPFDocument doc, CTP paragraph, CTR r, InlineImage image) {
        long height = INLINE_HEIGHT_EMU;
        long width = Math.max(1, Math.min(page.textWidthEmu(), height * image.image().width() / image.image().height()));
        embed(new XWPFRun(r, new XWPFParagraph(paragraph, doc)), image.image(), width, height, image.alt(),
                image.decorative());
    }

    /** Embeds {@code image} in {@code run} at the given size, described by {@code alt} (never the file name). */
    private void embed(XWPFRun run, Image image, long width, long height, String alt, boolean decorative) {
        drawings++;
        XWPFPicture picture;
        try {
            picture = run.addPicture(new ByteArrayInputStream(image.bytes()),
                    Image.PNG.equals(image.mediaType()) ? PictureType.PNG : PictureType.JPEG,
                    image.name(), Math.toIntExact(width), Math.toIntExact(height));
        } catch (InvalidFormatException e) {
            throw new IllegalArgumentException("picture '" + image.name() + "' cannot be embedded: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = "Figure " + drawings;
        CTR r = run.getCTR();
        CTNonVisualDrawingProps docPr = r.getDrawingArray(r.sizeOfDrawingArray() - 1).getInlineArray(0).getDocPr();
        docPr.setId(drawings);
        docPr.setName(name);
        docPr.setDescr(alt);
        CTNonVisualDrawingProps pictureProps = picture.getCTPicture().getNvPicPr().getCNvPr();
        pictureProps.setName(name);
        pictureProps.setDescr(alt);
        if (decorative) {
            markDecorative(docPr);
        }
    }

    private static void markDecorative(CTNonVisualDrawingProps docPr) {
        CTOfficeArtExtension extension = docPr.addNewExtLst().addNewExt();
        extension.setUri(DECORATIVE_EXTENSION);
        try (XmlCursor cursor = extension.newCursor()) {
            cursor.toEndToken();
            cursor.beginElement(new QName(DECORATIVE_NAMESPACE, "decorative", "adec"));
            cursor.insertNamespace("adec", DECORATIVE_NAMESPACE);
            cursor.insertAttributeWithValue("val", "1");
        }
    }
}
