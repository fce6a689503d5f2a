package dev.editions.pdf.internal;

import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.openpdf.text.pdf.PdfAnnotation;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfNameTree;
import org.openpdf.text.pdf.PdfNumber;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfStructureElement;
import org.openpdf.text.pdf.PdfStructureTreeRoot;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The PDF structure elements of the layout's tags, created up front in reading order, the links
 * between link elements and their annotations, and the {@code /IDTree} of the elements with an
 * identifier.
 */
final class StructureTree {
    private final PdfWriter writer;
    private final Map<Tag, PdfStructureElement> elements = new IdentityHashMap<>();
    /** The elements with an identifier (notes), for the structure tree root's {@code /IDTree}. */
    private final Map<String, PdfObject> identified = new TreeMap<>();
    /** One name object per structure type, shared by its elements (a long report has many thousands). */
    private final Map<String, PdfName> types = new java.util.HashMap<>();

    StructureTree(PdfWriter writer, Tag root) throws IOException {
        this.writer = writer;
        PdfStructureTreeRoot top = writer.getStructureTreeRoot();
        PdfStructureElement document = new PdfStructureElement(top, new PdfName(root.type()));
        elements.put(root, document);
        addChildren(root, document);
        if (!identified.isEmpty()) {
            top.put(new PdfName("IDTree"), writer.addToBody(PdfNameTree.writeTree(identified, writer))
                    .getIndirectReference());
        }
    }

    private void addChildren(Tag tag, PdfStructureElement element) {
        for (Tag child : tag.children()) {
            PdfStructureElement childElement = new PdfStructureElement(element,
                    types.computeIfAbsent(child.type(), PdfName::new));
            describe(child, childElement);
            if (child.id() != null) {
                identified.put(child.id(), childElement.getReference());
            }
            elements.put(child, childElement);
            addChildren(child, childElement);
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
