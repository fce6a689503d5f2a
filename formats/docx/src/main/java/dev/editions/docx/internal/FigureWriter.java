package dev.editions.docx.internal;

import dev.editions.model.Block;
import dev.editions.model.Blocks;
import dev.editions.model.Figure;
import dev.editions.model.Image;
import dev.editions.model.InlineImage;
import java.util.List;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

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
    private static final String PICTURE_NAMESPACE = "http://schemas.openxmlformats.org/drawingml/2006/picture";
    private static final long EMU_PER_PIXEL = 9525;
    /** 1.2 times the body text's 11 points, in EMU (12,700 a point). */
    private static final long INLINE_HEIGHT_EMU = 11 * 12 * 12700 / 10;

    private final XWPFDocument doc;
    private final PageSetup page;
    private final String graphic;
    private long drawings;

    /**
     * A writer of the pictures of {@code doc}; {@code decorativeInBody} says whether any picture in
     * the body is decorative. XMLBeans declared the DrawingML namespace on the document's root when
     * a decorative flag used it outside a graphic, and on each graphic otherwise; so does this writer.
     */
    FigureWriter(XWPFDocument doc, PageSetup page, boolean decorativeInBody) {
        this.doc = doc;
        this.page = page;
        this.graphic = decorativeInBody ? "<a:graphic>"
                : "<a:graphic xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\">";
    }

    /** Whether a figure or a picture in a line of {@code blocks} is decorative. */
    static boolean anyDecorative(List<Block> blocks) {
        boolean[] found = {false};
        Blocks.forEachBlock(blocks, block -> found[0] |= block instanceof Figure f && f.decorative());
        Blocks.forEachInline(blocks, inline -> found[0] |= inline instanceof InlineImage i && i.decorative());
        return found[0];
    }

    /** Writes {@code figure} as a paragraph of {@code picture} and its caption as one of {@code caption}. */
    void write(Figure figure, ParagraphFormat picture, ParagraphFormat caption, RunWriter runs) {
        Image image = figure.image();
        long width = image.width() * EMU_PER_PIXEL;
        long height = image.height() * EMU_PER_PIXEL;
        if (width > page.textWidthEmu()) {
            height = height * page.textWidthEmu() / width;
            width = page.textWidthEmu();
        }
        WordXml xml = runs.xml();
        picture.open(xml);
        xml.start("w:r");
        embed(xml, image, width, height, figure.alt(), figure.decorative());
        xml.end("w:r");
        ParagraphFormat.close(xml);
        if (caption != null) {
            caption.open(xml);
            runs.write(figure.caption());
            ParagraphFormat.close(xml);
        }
    }

    /**
     * Writes {@code image} as a picture in the line, in the open run: as high as a line of body text
     * (1.2 em), as wide as its proportions make it, never wider than the text.
     */
    void inline(WordXml xml, InlineImage image) {
        long height = INLINE_HEIGHT_EMU;
        long width = Math.max(1, Math.min(page.textWidthEmu(), height * image.image().width() / image.image().height()));
        embed(xml, image.image(), width, height, image.alt(), image.decorative());
    }

    /**
     * Embeds {@code image} at the given size, described by {@code alt} (never the file name): the
     * picture's part through POI, and the drawing as POI's {@code XWPFRun.addPicture} writes it, with
     * the drawing's id, name and description set.
     */
    private void embed(WordXml xml, Image image, long width, long height, String alt, boolean decorative) {
        drawings++;
        String relation;
        try {
            relation = doc.addPictureData(image.bytes(),
                    Image.PNG.equals(image.mediaType()) ? PictureType.PNG : PictureType.JPEG);
        } catch (InvalidFormatException e) {
            throw new IllegalArgumentException("picture '" + image.name() + "' cannot be embedded: " + e.getMessage(), e);
        }
        String name = "Figure " + drawings;
        xml.start("w:drawing").start("wp:inline").attribute("distT", 0).attribute("distR", 0)
                .attribute("distB", 0).attribute("distL", 0);
        xml.start("wp:extent").attribute("cx", width).attribute("cy", height).end("wp:extent");
        xml.start("wp:docPr").attribute("id", drawings).attribute("name", name).attribute("descr", alt);
        if (decorative) {
            xml.start("a:extLst").start("a:ext").attribute("uri", DECORATIVE_EXTENSION)
                    .raw("<adec:decorative val=\"1\" xmlns:adec=\"" + DECORATIVE_NAMESPACE + "\"/>")
                    .end("a:ext").end("a:extLst");
        }
        xml.end("wp:docPr");
        xml.raw(graphic).raw("<a:graphicData uri=\"" + PICTURE_NAMESPACE + "\"><pic:pic xmlns:pic=\"" + PICTURE_NAMESPACE
                + "\"><pic:nvPicPr><pic:cNvPr id=\"0\"").attribute("name", name).attribute("descr", alt)
                .raw("/><pic:cNvPicPr><a:picLocks noChangeAspect=\"true\"/></pic:cNvPicPr></pic:nvPicPr><pic:blipFill><a:blip")
                .attribute("r:embed", relation)
                .raw("/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext")
                .attribute("cx", width).attribute("cy", height)
                .raw("/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic>");
        xml.end("wp:inline").end("w:drawing");
    }
}
