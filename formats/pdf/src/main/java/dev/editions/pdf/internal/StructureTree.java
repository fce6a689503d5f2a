package dev.editions.pdf.internal;

import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openpdf.text.pdf.PdfAnnotation;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfIndirectReference;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfNameTree;
import org.openpdf.text.pdf.PdfNumber;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfStructureElement;
import org.openpdf.text.pdf.PdfStructureTreeRoot;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The PDF structure elements of the layout's tags, written as the pages are drawn: the elements of
 * each top-level tag (a block of the report, with its notes) are made in reading order before its
 * content is drawn, and written, with their dictionaries let go of, once every page that holds its
 * content is drawn. Also links link elements and their annotations, and writes the {@code /IDTree}
 * of the elements with an identifier at the end.
 */
final class StructureTree {
    private final PdfWriter writer;
    private final Tag root;
    private final PdfStructureTreeRoot top;
    private final PdfStructureElement document;
    private final Map<Tag, PdfStructureElement> elements = new IdentityHashMap<>();
    /** The elements with an identifier (notes), for the structure tree root's {@code /IDTree}. */
    private final Map<String, PdfObject> identified = new TreeMap<>();
    /** One name object per structure type, shared by its elements (a long report has many thousands). */
    private final Map<String, PdfName> types = new java.util.HashMap<>();
    /** The top-level tags whose elements are made, and of those, written. */
    private int opened;
    private int written;
    /** How many top-level tags are complete once the page at an index is drawn, oldest first. */
    private final java.util.ArrayDeque<int[]> complete = new java.util.ArrayDeque<>();

    /** The tree of {@code root}'s tags, whose top-level tags are added as the layout goes. */
    StructureTree(PdfWriter writer, Tag root) {
        this.writer = writer;
        this.root = root;
        this.top = writer.getStructureTreeRoot();
        this.document = new PdfStructureElement(top, new PdfName(root.type()));
        elements.put(root, document);
    }

    /** Makes the elements of the top-level tags added since the last call, in reading order. */
    void open() {
        List<Tag> children = root.children();
        for (; opened < children.size(); opened++) {
            add(children.get(opened), document);
        }
    }

    /**
     * Records that the top-level tags there are now will take no more content once the page at
     * {@code lastPage} (an index) and those before it are drawn.
     */
    void completeAfter(int lastPage) {
        int count = root.children().size();
        if (complete.isEmpty() || complete.peekLast()[0] < count) {
            complete.addLast(new int[] {count, lastPage});
        }
    }

    /** Writes the elements of the top-level tags that are complete once {@code drawn} pages are drawn. */
    void drawn(int drawn) throws IOException {
        while (!complete.isEmpty() && complete.peekFirst()[1] < drawn) {
            writeUpTo(complete.pollFirst()[0]);
        }
    }

    /** Writes every element left, the document element and the identifiers, once every page is drawn. */
    void finish() throws IOException {
        open();
        writeUpTo(root.children().size());
        complete.clear();
        writer.addToBody(document, document.getReference());
        elements.clear();
        // The root's only kid, as a reference: OpenPDF writes the root and finds no element left to write.
        top.put(PdfName.K, document.getReference());
        if (!identified.isEmpty()) {
            top.put(new PdfName("IDTree"), writer.addToBody(PdfNameTree.writeTree(identified, writer))
                    .getIndirectReference());
        }
    }

    private void writeUpTo(int count) throws IOException {
        List<Tag> children = root.children();
        PdfArray kids = (PdfArray) document.get(PdfName.K);
        for (; written < count; written++) {
            Tag tag = children.get(written);
            kids.set(written, write(tag));
            tag.release();
        }
    }

    /**
     * Writes the elements of {@code tag} and its descendants, each after its kids, whose
     * dictionaries it replaces by their references (a parent's kids are its tags' children, in
     * order), and returns the reference of {@code tag}'s element.
     */
    private PdfIndirectReference write(Tag tag) throws IOException {
        PdfStructureElement element = elements.remove(tag);
        if (element == null) {
            throw new IllegalStateException("no structure element for " + tag.type());
        }
        List<Tag> children = tag.children();
        if (!children.isEmpty()) {
            PdfArray kids = (PdfArray) element.get(PdfName.K);
            for (int k = 0; k < children.size(); k++) {
                kids.set(k, write(children.get(k)));
            }
        }
        writer.addToBody(element, element.getReference());
        return element.getReference();
    }

    private void add(Tag tag, PdfStructureElement parent) {
        PdfStructureElement element = new PdfStructureElement(parent, types.computeIfAbsent(tag.type(), PdfName::new));
        describe(tag, element);
        if (tag.id() != null) {
            identified.put(tag.id(), element.getReference());
        }
        elements.put(tag, element);
        for (Tag child : tag.children()) {
            add(child, element);
        }
    }

    private static void describe(Tag tag, PdfStructureElement element) {
        if (tag.id() != null) {
            element.put(PdfName.ID, new PdfString(tag.id()));
        }
        if (tag.alt() != null) {
            element.put(PdfName.ALT, new PdfString(tag.alt(), PdfObject.TEXT_UNICODE));
        }
        if (tag.actualText() != null) {
            element.put(PdfName.ACTUALTEXT, new PdfString(tag.actualText(), PdfObject.TEXT_UNICODE));
        }
        if (tag.expansion() != null) {
            element.put(PdfName.E, new PdfString(tag.expansion(), PdfObject.TEXT_UNICODE));
        }
        if (tag.language() != null) {
            element.put(PdfName.LANG, new PdfString(tag.language()));
        }
        if (tag.scope() != null) {
            element.put(PdfName.A, attributes(PdfName.TABLE, "Scope", tag.scope()));
        }
        if (tag.listNumbering() != null) {
            element.put(PdfName.A, attributes(new PdfName("List"), "ListNumbering", tag.listNumbering()));
        }
        if (tag.isLineThrough() || tag.baselineShift() != 0) {
            PdfDictionary layout = new PdfDictionary();
            layout.put(PdfName.O, new PdfName("Layout"));
            if (tag.isLineThrough()) {
                layout.put(new PdfName("TextDecorationType"), new PdfName("LineThrough"));
            }
            if (tag.baselineShift() != 0) {
                layout.put(new PdfName("BaselineShift"), new PdfNumber(tag.baselineShift()));
            }
            element.put(PdfName.A, layout);
        }
    }

    private static PdfDictionary attributes(PdfName owner, String key, String value) {
        PdfDictionary attributes = new PdfDictionary();
        attributes.put(PdfName.O, owner);
        attributes.put(new PdfName(key), new PdfName(value));
        return attributes;
    }

    /** The element of {@code tag}. */
    PdfStructureElement element(Tag tag) {
        PdfStructureElement element = elements.get(tag);
        if (element == null) {
            throw new IllegalStateException("no structure element for " + tag.type());
        }
        return element;
    }

    /** Records the figure's bounding box on the current page, and its placement, in its layout attributes. */
    void boundingBox(Tag figure, float x, float y, float width, float height) {
        PdfDictionary attributes = new PdfDictionary();
        attributes.put(PdfName.O, new PdfName("Layout"));
        attributes.put(new PdfName("Placement"), new PdfName(figure.isInline() ? "Inline" : "Block"));
        attributes.put(PdfName.BBOX, new PdfArray(new float[] {x, y, x + width, y + height}));
        element(figure).put(PdfName.A, attributes);
    }

    /**
     * Makes {@code annotation} part of its link element: a parent-tree entry for its
     * {@code /StructParent} and an object reference in the element's kids. The element must already
     * hold the link's text.
     */
    void attach(Tag link, PdfAnnotation annotation) {
        PdfStructureElement element = element(link);
        int key = writer.getStructureTreeRoot().addExistingObject(element.getReference());
        annotation.put(PdfName.STRUCTPARENT, new PdfNumber(key));
        PdfDictionary reference = new PdfDictionary(PdfName.OBJR);
        reference.put(PdfName.OBJ, annotation.getIndirectReference());
        reference.put(PdfName.PG, writer.getCurrentPage());
        PdfObject kids = element.get(PdfName.K);
        PdfArray array;
        if (kids instanceof PdfArray existing) {
            array = existing;
        } else {
            array = new PdfArray();
            if (kids != null) {
                array.add(kids);
            }
            element.put(PdfName.K, array);
        }
        array.add(reference);
    }
}
