package dev.editions.verify;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Holds an edition's XML to XML 1.0: every XML part of a DOCX or EPUB (entries ending {@code .xml},
 * {@code .xhtml}, {@code .opf}, {@code .ncx}, {@code .rels}) and the XMP metadata stream of a PDF must
 * be well-formed with namespaces, in strict UTF-8, and no text or attribute value may hold a control
 * character (C0 but tab, line feed and carriage return; DEL; C1), U+FFFE, U+FFFF or a lone surrogate,
 * whether written raw or as a character reference. External entities and DTDs are never loaded.
 */
final class WellFormedParts {
    private static final List<String> XML_ENDINGS = List.of(".xml", ".xhtml", ".opf", ".ncx", ".rels");

    private WellFormedParts() {
    }

    /** The names of the parts of a ZIP package that are XML. */
    static boolean isXmlPart(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return XML_ENDINGS.stream().anyMatch(lower::endsWith);
    }

    /**
     * Checks every XML part of the DOCX or EPUB {@code edition}, failing with the part and the problem.
     *
     * @return the number of parts checked
     */
    static int checkPackage(Path edition) {
        int checked = 0;
        try (ZipFile zip = new ZipFile(edition.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (!entry.isDirectory() && isXmlPart(entry.getName())) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        checkXml(edition.getFileName() + "!/" + entry.getName(), in.readAllBytes());
                    }
                    checked++;
                }
            }
        } catch (IOException e) {
            throw new AssertionError(edition + " is not a readable ZIP package: " + e, e);
        }
        if (checked == 0) {
            throw new AssertionError(edition + " has no XML part");
        }
        return checked;
    }

    /** Checks the XMP metadata stream of the PDF {@code edition}, which it must have. */
    static void checkPdf(Path edition) {
        byte[] xmp;
        try (PDDocument pdf = Loader.loadPDF(edition.toFile())) {
            PDMetadata metadata = pdf.getDocumentCatalog().getMetadata();
            if (metadata == null) {
                throw new AssertionError(edition + " has no XMP metadata stream");
            }
            xmp = metadata.toByteArray();
        } catch (IOException e) {
            throw new AssertionError(edition + " cannot be read by PDFBox: " + e, e);
        }
        checkXml(edition.getFileName() + " XMP", xmp);
    }

    /** Fails when the text of the Markdown {@code edition} holds a control character. */
    static void checkText(String name, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isForbidden(text, i)) {
                throw new AssertionError(name + " holds the character U+"
                        + String.format("%04X", (int) c) + " at index " + i);
            }
        }
    }

    /** Parses {@code bytes} as XML 1.0, failing with {@code name} and the problem when it is not well-formed. */
    static void checkXml(String name, byte[] bytes) {
        strictUtf8(name, bytes);
        try {
            SAXParser parser = factory().newSAXParser();
            InputSource input = new InputSource(new ByteArrayInputStream(bytes));
            input.setSystemId(name);
            parser.parse(input, new CharacterCheck(name));
        } catch (SAXParseException e) {
            throw new AssertionError(name + " is not well-formed XML: line " + e.getLineNumber() + ", column "
                    + e.getColumnNumber() + ": " + e.getMessage(), e);
        } catch (SAXException | ParserConfigurationException e) {
            throw new AssertionError(name + " is not well-formed XML: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void strictUtf8(String name, byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException e) {
            throw new AssertionError(name + " is not UTF-8: " + e, e);
        }
    }

    private static SAXParserFactory factory() throws ParserConfigurationException, SAXException {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setValidating(false);
        factory.setXIncludeAware(false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory;
    }

    /** Whether the character at {@code i} is a control character, a non-character or a lone surrogate. */
    static boolean isForbidden(CharSequence text, int i) {
        char c = text.charAt(i);
        if (c == '\t' || c == '\n' || c == '\r') {
            return false;
        }
        if (c < 0x20 || c >= 0x7F && c <= 0x9F || c == 0xFFFE || c == 0xFFFF) {
            return true;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
        }
        return false;
    }

    /** Fails on a forbidden character in text, attribute values or names; refuses any external entity. */
    private static final class CharacterCheck extends DefaultHandler {
        private final String name;
        private final List<String> open = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();

        CharacterCheck(String name) {
            this.name = name;
        }

        @Override
        public InputSource resolveEntity(String publicId, String systemId) throws SAXException {
            throw new SAXException("refers to an external entity " + systemId);
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            flush();
            open.add(qName);
            for (int i = 0; i < attributes.getLength(); i++) {
                check(attributes.getValue(i), "attribute " + attributes.getQName(i) + " of <" + qName + ">");
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            flush();
            open.remove(open.size() - 1);
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            text.append(ch, start, length);
        }

        /** Checks the text since the last tag (a parser may hand it over in pieces, even inside a pair). */
        private void flush() throws SAXException {
            check(text.toString(), "the text of <" + (open.isEmpty() ? "" : open.getLast()) + ">");
            text.setLength(0);
        }

        private void check(String text, String where) throws SAXException {
            for (int i = 0; i < text.length(); i++) {
                if (isForbidden(text, i)) {
                    throw new SAXException(name + ": " + where + " holds the character U+"
                            + String.format("%04X", (int) text.charAt(i)));
                }
            }
        }
    }
}
