package dev.editions.epub.check;

import dev.editions.EditionsException;
import java.io.IOException;
import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** Parses XML parts of an edition namespace-aware, without loading any external DTD or entity. */
final class SafeXml {
    private SafeXml() {
    }

    static Element parse(InputStream in, String source) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(in).getDocumentElement();
        } catch (SAXParseException e) {
            throw EditionsException.atLine(source, e.getLineNumber(), e.getColumnNumber(),
                    "not well-formed XML: " + e.getMessage(), e);
        } catch (SAXException | ParserConfigurationException e) {
            throw EditionsException.of(source, "cannot parse the XML: " + e.getMessage(), e);
        }
    }
}
