package dev.editions.epub.internal;

import dev.editions.EditionsException;
import java.io.ByteArrayOutputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A small, strict front end to the JDK's own {@link XMLStreamWriter} (never another one found on the
 * class path, so the bytes do not depend on it) that builds one XML part in memory. Attribute and
 * element names may carry the {@code xml:}, {@code epub:} or {@code dc:} prefix; text with characters
 * XML cannot hold is refused with an {@link EditionsException} naming the part.
 */
public final class Markup {
    /** The XHTML namespace. */
    public static final String XHTML = "http://www.w3.org/1999/xhtml";
    /** The EPUB structural semantics namespace. */
    public static final String EPUB = "http://www.idpf.org/2007/ops";
    /** The Dublin Core elements namespace. */
    public static final String DC = "http://purl.org/dc/elements/1.1/";

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

    private final String part;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final XMLStreamWriter out;

    /** Starts the part {@code part} (its name in the container, for messages) with an XML declaration. */
    public Markup(String part) {
        this.part = part;
        try {
            out = FACTORY.createXMLStreamWriter(bytes, "UTF-8");
            out.writeStartDocument("UTF-8", "1.0");
            out.writeCharacters("\n");
        } catch (XMLStreamException e) {
            throw failure(e);
        }
    }

    /** Writes a document type declaration such as {@code <!DOCTYPE html>}. */
    public Markup doctype(String declaration) {
        try {
            out.writeDTD(declaration);
            out.writeCharacters("\n");
        } catch (XMLStreamException e) {
            throw failure(e);
        }
        return this;
    }

    /** Opens the root element, declaring {@code namespace} as default and the given prefixes. */
    public Markup root(String name, String namespace, String... prefixesAndNamespaces) {
        try {
            out.writeStartElement("", name, namespace);
            out.writeDefaultNamespace(namespace);
            for (int i = 0; i < prefixesAndNamespaces.length; i += 2) {
                out.writeNamespace(prefixesAndNamespaces[i], prefixesAndNamespaces[i + 1]);
            }
        } catch (XMLStreamException e) {
            throw failure(e);
        }
        return this;
    }

    /**
     * Opens an element (its name may carry the {@code dc:} prefix) with attributes given as name,
     * value pairs; a null value leaves the attribute out.
     */
    public Markup open(String name, String... attributes) {
        try {
            int colon = name.indexOf(':');
            if (colon < 0) {
                out.writeStartElement(name);
            } else {
                String prefix = name.substring(0, colon);
                out.writeStartElement(prefix, name.substring(colon + 1), namespace(prefix));
            }
        } catch (XMLStreamException e) {
            throw failure(e);
        }
        return attributes(attributes);
    }

    /** Adds attributes (name, value pairs, null values skipped) to the element just opened. */
    public Markup attributes(String... attributes) {
        try {
            for (int i = 0; i < attributes.length; i += 2) {
                String value = attributes[i + 1];
                if (value != null) {
                    attribute(attributes[i], value);
                }
            }
        } catch (XMLStreamException e) {
            throw failure(e);
        }
        return this;
    }

    /** Declares {@code prefix} for {@code namespace} on the element just opened. */
    public Markup namespace(String prefix, String namespace) {
        try {
            out.writeNamespace(prefix, namespace);
        } catch (XMLStreamException e) {
            throw failure(e);
        }
        return this;
    }

    /** Writes an element with no content. */
    public Markup empty(String name, String... attributes) {
        try {
            out.writeEmptyElement(name);
        } catch (XMLStreamException e) {
            throw failure(e);
        }
        return attributes(attributes);
    }

    /** Writes an element holding only {@code text}. */
    public Markup element(String name, String text, String... attributes) {
        return open(name, attributes).text(text).close();
    }

    /** Writes text, escaped. */
    public Markup text(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\t' && c != '\r' || c == 0xFFFE || c == 0xFFFF) {
                throw EditionsException.of(part, String.format(
                        "the text contains the control character U+%04X, which an EPUB cannot hold: '%s'",
                        (int) c, text.strip()));
            }
        }
        try {
            out.writeCharacters(text);
        } catch (XMLStreamException e) {
            throw failure(e);
        }
        return this;
    }

    /** Writes a line break between elements, for readable sources. */
    public Markup newline() {
        return text("\n");
    }

    /** Closes the innermost open element. */
    public Markup close() {
        try {
            out.writeEndElement();
        } catch (XMLStreamException e) {
            throw failure(e);
        }
        return this;
    }

    /** Closes every open element and returns the encoded part. */
    public byte[] finish() {
        try {
            out.writeEndDocument();
            out.writeCharacters("\n");
            out.close();
        } catch (XMLStreamException e) {
            throw failure(e);
        }
        return bytes.toByteArray();
    }

    private void attribute(String name, String value) throws XMLStreamException {
        int colon = name.indexOf(':');
        if (colon < 0) {
            out.writeAttribute(name, value);
            return;
        }
        String prefix = name.substring(0, colon);
        out.writeAttribute(prefix, namespace(prefix), name.substring(colon + 1), value);
    }

    private static String namespace(String prefix) {
        return switch (prefix) {
            case "xml" -> XMLConstants.XML_NS_URI;
            case "epub" -> EPUB;
            case "dc" -> DC;
            default -> throw new IllegalArgumentException("unknown prefix " + prefix);
        };
    }

    private EditionsException failure(XMLStreamException e) {
        return EditionsException.of(part, "could not write the XML: " + e.getMessage(), e);
    }
}
