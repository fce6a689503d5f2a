package dev.editions.docx.internal.check;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Safe XML parsing (no DTDs, no external entities) and the few DOM walks the rules need, done by
 * walking child nodes, which stays linear on large documents.
 */
public final class Xml {
    /** WordprocessingML. */
    public static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    /** Office relationships (attributes such as {@code r:id}). */
    public static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    /** Package relationships parts. */
    public static final String PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
    /** Word drawing placement. */
    public static final String WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    /** DrawingML main. */
    public static final String A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    /** Dublin Core elements. */
    public static final String DC = "http://purl.org/dc/elements/1.1/";
    /** Office's decorative-picture flag. */
    public static final String DECORATIVE = "http://schemas.microsoft.com/office/drawing/2017/decorative";

    private Xml() {
    }

    static Document parse(byte[] bytes, String part) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(bytes));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException(part + " is not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** The child elements of {@code parent} named {@code ns}:{@code local}. */
    public static List<Element> children(Element parent, String ns, String local) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent == null ? null : parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && is(e, ns, local)) {
                out.add(e);
            }
        }
        return out;
    }

    /** The first child element of {@code parent} named {@code ns}:{@code local}, or {@code null}. */
    public static Element child(Element parent, String ns, String local) {
        for (Node n = parent == null ? null : parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && is(e, ns, local)) {
                return e;
            }
        }
        return null;
    }

    /** Every descendant element of {@code root} named {@code ns}:{@code local}, in document order. */
    public static List<Element> descendants(Element root, String ns, String local) {
        List<Element> out = new ArrayList<>();
        collect(root, ns, local, out);
        return out;
    }

    private static void collect(Element parent, String ns, String local, List<Element> out) {
        for (Node n = parent == null ? null : parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                if (is(e, ns, local)) {
                    out.add(e);
                }
                collect(e, ns, local, out);
            }
        }
    }

    /** Whether {@code e} is named {@code ns}:{@code local}. */
    public static boolean is(Element e, String ns, String local) {
        return local.equals(e.getLocalName()) && ns.equals(e.getNamespaceURI());
    }

    /** The {@code w:val} of the child {@code w:local} of {@code parent}, or {@code null}. */
    public static String val(Element parent, String local) {
        Element child = child(parent, W, local);
        return child == null || !child.hasAttributeNS(W, "val") ? (child == null ? null : "") : child.getAttributeNS(W, "val");
    }

    /** The attribute {@code w:local} of {@code e}, or {@code null} when absent. */
    public static String attr(Element e, String local) {
        return e != null && e.hasAttributeNS(W, local) ? e.getAttributeNS(W, local) : null;
    }

    /** Whether an on/off property element is present and not switched off. */
    public static boolean on(Element parent, String local) {
        String value = val(parent, local);
        return value != null && !value.equals("0") && !value.equalsIgnoreCase("false") && !value.equalsIgnoreCase("off");
    }
}
