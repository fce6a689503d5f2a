package dev.editions.docx.internal;

import dev.editions.model.Figure;
import dev.editions.model.Image;
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

/**
 * Writes figures as inline pictures with their alternative text in the drawing's description (never
 * the file name), unique drawing ids, and decorative pictures marked with Office's decorative
 * flag and an empty description. The caption is a separate paragraph after the picture.
 */
final class FigureWriter {
    /** The extension URI Office uses for the decorative flag. */
    static final String DECORATIVE_EXTENSION = "{C183D7F6-B498-43B3-948B-1728B52AA6E4}";
    /** The namespace of the decorative flag. */
    static final String DECORATIVE_NAMESPACE = "http://schemas.microsoft.com/office/drawing/2017/decorative";
    private static final long EMU_PER_PIXEL = 9525;

    private final PageSetup page;
    private long drawings;

    FigureWriter(PageSetup page) {
        this.page = page;
    }

    /** Writes {@code figure} into {@code pictureParagraph} and its caption into {@code captionParagraph}. */
    void write(XWPFDocument doc, Figure figure, CTP pictureParagraph, CTP captionParagraph, RunWriter runs) {
        drawings++;
        Image image = figure.image();
        long width = image.width() * EMU_PER_PIXEL;
        long height = image.height() * EMU_PER_PIXEL;
        if (width > page.textWidthEmu()) {
            height = height * page.textWidthEmu() / width;
            width = page.textWidthEmu();
        }
        XWPFRun run = new XWPFParagraph(pictureParagraph, doc).createRun();
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
        CTNonVisualDrawingProps docPr = run.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr();
        docPr.setId(drawings);
        docPr.setName(name);
        docPr.setDescr(figure.alt());
        CTNonVisualDrawingProps pictureProps = picture.getCTPicture().getNvPicPr().getCNvPr();
        pictureProps.setName(name);
        pictureProps.setDescr(figure.alt());
        if (figure.decorative()) {
            markDecorative(docPr);
        }
        if (captionParagraph != null) {
            runs.write(captionParagraph, figure.caption());
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
