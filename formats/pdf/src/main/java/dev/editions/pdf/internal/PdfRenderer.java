package dev.editions.pdf.internal;

import dev.editions.EditionsException;
import dev.editions.model.Document;
import dev.editions.text.Furniture;
import dev.editions.text.WritingDirection;
import dev.editions.write.WriteContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.openpdf.text.DocumentException;
import org.openpdf.text.ExceptionConverter;
import org.openpdf.text.Image;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfAction;
import org.openpdf.text.pdf.PdfAnnotation;
import org.openpdf.text.pdf.PdfBorderArray;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfDestination;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfOutline;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Draws laid-out pages with OpenPDF. Every item is drawn inside marked content: that of its
 * structure element, or an {@code /Artifact} sequence for decoration and page furniture. Link areas
 * become annotations tied into the structure tree, and heading positions become bookmarks and
 * named destinations; a note's start and the first reference to each note are named destinations
 * too, so reference and note link to each other.
 */
final class PdfRenderer {
    private static final PdfName ARTIFACT = new PdfName("Artifact");

    private final Document document;
    private final WriteContext context;
    private final PageLayout layout;
    private final RunningHeads heads;
    private final Map<dev.editions.model.Image, Image> images = new IdentityHashMap<>();
    private final java.util.Set<String> destinations = new java.util.HashSet<>();
    private final ShapedText shaped = new ShapedText();
    /** The note reference destinations set so far: each at the first reference to its note. */
    private final java.util.Set<String> anchored = new java.util.HashSet<>();
    private final PdfOutline[] outlines = new PdfOutline[8];
    private final Map<Mark.Artifact, PdfDictionary> artifacts = new EnumMap<>(Mark.Artifact.class);
    /** The footer form of each page drawn, filled in at the end. */
    private final List<PdfTemplate> footers = new ArrayList<>();
    /** The targets of the internal links drawn, checked at the end. */
    private final java.util.Set<String> internalLinks = new java.util.TreeSet<>();
    private int drawn;
    /** The font, size and fill colour last set on the content being drawn, or null. */
    private org.openpdf.text.pdf.BaseFont font;
    private float size;
    private java.awt.Color color;
    private PdfWriter writer;
    private PdfContentByte canvas;
    private StructureTree tree;
    private Mark open;

    PdfRenderer(Document document, WriteContext context, PageLayout layout, Fragments fragments) {
        this.document = document;
        this.context = context;
        this.layout = layout;
        this.heads = new RunningHeads(layout, fragments, document.metadata().title(),
                Furniture.of(document.metadata().language()),
                WritingDirection.ofLanguage(document.metadata().language()).rightToLeft());
    }

    /**
     * Lays out the document with {@code blocks} and writes its PDF to {@code out} as it goes: each
     * page is drawn once no later block can change it, and OpenPDF writes its content then; each
     * page's items, and the structure elements of each block once its pages are drawn, are let go
     * of. The footer of each page ("Page N of M") is a form drawn on the page and filled in at the
     * end, when the number of pages is known. {@code out} is flushed, not closed. A link to no
     * destination is refused at the end, before the file is finished.
     */
    void render(BlockLayout blocks, OutputStream out) throws DocumentException, IOException {
        org.openpdf.text.Document pdf = new org.openpdf.text.Document(
                new Rectangle(layout.pageWidth(), layout.pageHeight()), 0, 0, 0, 0);
        writer = PdfWriter.getInstance(pdf, out);
        writer.setCloseStream(false);
        DocumentInfo info = new DocumentInfo(document, context);
        info.beforeOpen(writer, pdf);
        pdf.open();
        info.afterOpen(writer);
        Tag root = Tag.document();
        tree = new StructureTree(writer, root);
        canvas = writer.getDirectContent();
        outlines[0] = canvas.getRootOutline();
        try {
            blocks.layout(document, root, () -> drawReady(pdf, false));
            drawReady(pdf, true);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        tree.finish();
        checkLinks();
        fillFooters();
        pdf.close();
        out.flush();
    }

    /**
     * Draws the pages no later block can change (all of them at the {@code end}): every page but
     * the one being filled, whose last items may still move to the next page with a heading kept
     * there. Writes the structure elements whose content is all drawn.
     */
    private void drawReady(org.openpdf.text.Document pdf, boolean end) {
        List<Page> pages = layout.pages();
        int ready = end ? pages.size() : pages.size() - 1;
        try {
            tree.open();
            if (layout.notesPlaced()) {
                // Kept items on the page being filled may yet move to the next one.
                tree.completeAfter(pages.size());
            }
            for (; drawn < ready; drawn++) {
                if (drawn > 0) {
                    pdf.newPage();
                }
                drawPage(pages.get(drawn), drawn + 1);
                pages.get(drawn).release();
            }
            tree.drawn(drawn);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new ExceptionConverter(e);
        }
    }

    /** Forgets the font and colour set, as a new page or form starts with the defaults. */
    private void newContent() {
        font = null;
        size = 0;
        color = null;
    }

    /** Refuses a link to a heading the report does not have. */
    private void checkLinks() {
        for (String target : internalLinks) {
            if (!destinations.contains(target.substring(1))) {
                throw EditionsException.of("PDF edition", "the link to '" + target
                        + "' points at no heading of the report");
            }
        }
    }

    /** Notes the destinations of {@code item}, and the target of an internal link, to check at the end. */
    private void collect(PageItem item) {
        if (item instanceof PageItem.Bookmark bookmark) {
            destinations.add(bookmark.id());
        } else if (item instanceof PageItem.Anchor anchor) {
            destinations.add(anchor.id());
        } else if (item instanceof PageItem.LinkArea area) {
            if (area.link().note()) {
                destinations.add(area.link().referenceAnchor());
            }
            if (area.link().isInternal()) {
                internalLinks.add(area.link().target());
            }
        }
    }

    /** Fills each page's footer form now that the number of pages is known. */
    private void fillFooters() {
        int total = footers.size();
        for (int i = 0; i < total; i++) {
            PdfContentByte page = canvas;
            canvas = footers.get(i);
            newContent();
            for (PageItem item : heads.footer(i + 1, total)) {
                if (item instanceof PageItem.Text text) {
                    drawText(text);
                }
            }
            canvas = page;
        }
        footers.clear();
    }

    private void drawPage(Page page, int number) throws DocumentException {
        newContent();
        List<PageItem> later = new ArrayList<>();
        for (PageItem item : heads.header(number)) {
            draw(item, later);
        }
        markAs(Mark.artifact(Mark.Artifact.FOOTER));
        PdfTemplate footer = canvas.createTemplate(layout.pageWidth(), layout.margin());
        canvas.addTemplate(footer, 0, 0);
        footers.add(footer);
        for (PageItem item : page.items()) {
            collect(item);
            draw(item, later);
        }
        markAs(null);
        for (PageItem item : later) {
            switch (item) {
                case PageItem.LinkArea area -> {
                    annotate(area);
                    String anchor = area.link().referenceAnchor();
                    if (anchor != null && anchored.add(anchor)) {
                        canvas.localDestination(anchor, new PdfDestination(PdfDestination.XYZ, area.x(),
                                area.y() + area.height(), 0));
                    }
                }
                case PageItem.Bookmark bookmark -> bookmark(bookmark);
                case PageItem.Anchor anchor -> canvas.localDestination(destination(anchor.id()),
                        new PdfDestination(PdfDestination.XYZ, anchor.x(), anchor.top(), 0));
                default -> throw new IllegalStateException("not deferred: " + item);
            }
        }
    }

    private void draw(PageItem item, List<PageItem> later) throws DocumentException {
        switch (item) {
            case PageItem.Text text -> {
                markAs(text.mark());
                drawText(text);
            }
            case PageItem.Picture picture -> {
                markAs(picture.mark());
                canvas.addImage(image(picture.image()), picture.width(), 0, 0, picture.height(), picture.x(),
                        picture.y());
                if (picture.mark().tag() != null) {
                    tree.boundingBox(picture.mark().tag(), picture.x(), picture.y(), picture.width(), picture.height());
                }
            }
            case PageItem.Rule rule -> {
                markAs(Mark.artifact(rule.kind()));
                canvas.saveState();
                canvas.setLineWidth(rule.lineWidth());
                canvas.setColorStroke(rule.color());
                canvas.moveTo(rule.x1(), rule.y1());
                canvas.lineTo(rule.x2(), rule.y2());
                canvas.stroke();
                canvas.restoreState();
            }
            case PageItem.Fill fill -> {
                markAs(Mark.artifact(fill.kind()));
                canvas.saveState();
                canvas.setColorFill(fill.color());
                canvas.rectangle(fill.x(), fill.y(), fill.width(), fill.height());
                canvas.fill();
                canvas.restoreState();
            }
            case PageItem.LinkArea area -> later.add(area);
            case PageItem.Bookmark bookmark -> later.add(bookmark);
            case PageItem.Anchor anchor -> later.add(anchor);
        }
    }

    /**
     * Draws {@code text} in a text object of its own, setting the font and fill colour only when they
     * differ from the last text's on this content: both outlast the text object, and the rules and
     * fills between set their colour inside a saved state.
     */
    private void drawText(PageItem.Text text) {
        canvas.beginText();
        if (text.font() != font || text.size() != size) {
            canvas.setFontAndSize(text.font(), text.size());
            font = text.font();
            size = text.size();
        }
        if (!text.color().equals(color)) {
            canvas.setColorFill(text.color());
            color = text.color();
        }
        canvas.setTextMatrix(text.x(), text.y());
        if (text.actualText() != null) {
            // Reversed or shaped glyphs: readers take the logical text from /ActualText.
            PdfDictionary properties = new PdfDictionary();
            properties.put(PdfName.ACTUALTEXT, new PdfString(text.actualText(), PdfObject.TEXT_UNICODE));
            canvas.beginMarkedContentSequence(PdfName.SPAN, properties, true);
            show(text);
            canvas.endMarkedContentSequence();
        } else {
            show(text);
        }
        canvas.endText();
    }

    private void show(PageItem.Text text) {
        if (text.glyphs() != null) {
            shaped.show(canvas, text.glyphs(), text.font(), text.size());
        } else {
            canvas.showText(text.text());
        }
    }

    /** Closes the open marked-content sequence unless it is {@code mark}'s, and opens {@code mark}'s. */
    private void markAs(Mark mark) {
        if (mark != null && mark.equals(open)) {
            return;
        }
        if (open != null) {
            canvas.endMarkedContentSequence();
        }
        open = mark;
        if (mark == null) {
            return;
        }
        if (mark.tag() != null) {
            canvas.beginMarkedContentSequence(tree.element(mark.tag()));
        } else {
            // Written inline, so one dictionary per kind serves every sequence.
            canvas.beginMarkedContentSequence(ARTIFACT,
                    artifacts.computeIfAbsent(mark.artifact(), PdfRenderer::artifactProperties), true);
        }
    }

    private static PdfDictionary artifactProperties(Mark.Artifact kind) {
        PdfDictionary properties = new PdfDictionary();
        switch (kind) {
            case LAYOUT -> properties.put(PdfName.TYPE, new PdfName("Layout"));
            case PAGINATION -> properties.put(PdfName.TYPE, new PdfName("Pagination"));
            case HEADER, FOOTER -> {
                properties.put(PdfName.TYPE, new PdfName("Pagination"));
                properties.put(PdfName.SUBTYPE, new PdfName(kind == Mark.Artifact.HEADER ? "Header" : "Footer"));
            }
        }
        return properties;
    }

    private Image image(dev.editions.model.Image picture) throws DocumentException {
        Image image = images.get(picture);
        if (image == null) {
            try {
                image = PictureImages.of(picture.bytes());
            } catch (IOException e) {
                throw new DocumentException("image '" + picture.name() + "' cannot be read: " + e.getMessage());
            }
            images.put(picture, image);
        }
        return image;
    }

    private void annotate(PageItem.LinkArea area) {
        LinkTarget link = area.link();
        String target = link.target();
        PdfAction action = link.isInternal() ? PdfAction.gotoLocalPage(destination(target.substring(1)), false)
                : new PdfAction(target);
        PdfAnnotation annotation = new PdfAnnotation(writer, area.x(), area.y(), area.x() + area.width(),
                area.y() + area.height(), action);
        annotation.put(PdfName.CONTENTS, new PdfString(link.description(), PdfObject.TEXT_UNICODE));
        annotation.setFlags(PdfAnnotation.FLAGS_PRINT);
        annotation.setBorder(new PdfBorderArray(0, 0, 0));
        tree.attach(link.tag(), annotation);
        writer.addAnnotation(annotation);
    }

    private void bookmark(PageItem.Bookmark bookmark) {
        int level = Math.min(bookmark.level(), outlines.length - 1);
        PdfOutline parent = outlines[0];
        for (int l = level - 1; l >= 1; l--) {
            if (outlines[l] != null) {
                parent = outlines[l];
                break;
            }
        }
        PdfOutline outline = new PdfOutline(parent,
                new PdfDestination(PdfDestination.XYZ, bookmark.x(), bookmark.top(), 0), bookmark.title(), true);
        outlines[level] = outline;
        for (int l = level + 1; l < outlines.length; l++) {
            outlines[l] = null;
        }
        canvas.localDestination(destination(bookmark.id()), new PdfDestination(PdfDestination.XYZ, bookmark.x(), bookmark.top(), 0));
    }

    /**
     * The named destination of the heading with id {@code id}: the id itself when it is ASCII, else
     * with each other character percent-encoded in UTF-8, as names are written as byte strings and two
     * ids in another script must not become the same bytes.
     */
    static String destination(String id) {
        if (id.chars().allMatch(c -> c > ' ' && c < 0x7F && c != '%')) {
            return id;
        }
        StringBuilder name = new StringBuilder();
        for (byte b : id.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c > ' ' && c < 0x7F && c != '%') {
                name.append((char) c);
            } else {
                name.append('%').append(String.format(java.util.Locale.ROOT, "%02X", c));
            }
        }
        return name.toString();
    }
}
