package dev.editions.docx.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * An XML part of the package written as a stream rather than built as POI's tree: its content goes
 * to a {@link Spool} as it is written, and the part is put together when the package is: the XML
 * declaration, the root element with the namespaces the content used (declared in the order of their
 * first use, as XMLBeans declares them), then the content.
 */
final class StreamedPart {
    private static final Map<String, String> NAMESPACES = Map.of(
            "w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
            "r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
            "wp", "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
            "a", "http://schemas.openxmlformats.org/drawingml/2006/main");

    private final String name;
    private final String root;
    private final Spool spool = new Spool();
    private final Writer writer = new OutputStreamWriter(spool.input(), StandardCharsets.UTF_8);
    private final WordXml xml = new WordXml(writer);
    private boolean closed;

    /** Part {@code name} in the package (such as {@code word/document.xml}) whose root element is {@code root}. */
    StreamedPart(String name, String root) {
        this.name = name;
        this.root = root;
    }

    /** The part's name in the package, without a leading slash. */
    String name() {
        return name;
    }

    /** Where the root element's content is written. */
    WordXml xml() {
        return xml;
    }

    /** Ends the content: the root element is closed after it. */
    void close() {
        if (closed) {
            return;
        }
        closed = true;
        xml.raw("</" + root + ">");
        xml.flush();
        try {
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the whole part to {@code out}. */
    void writeTo(OutputStream out) throws IOException {
        close();
        StringBuilder head = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>").append(System.lineSeparator())
                .append('<').append(root);
        namespace(head, "w");
        for (String prefix : xml.prefixes()) {
            namespace(head, prefix);
        }
        out.write(head.append('>').toString().getBytes(StandardCharsets.UTF_8));
        try (InputStream content = spool.read()) {
            content.transferTo(out);
        }
    }

    private static void namespace(StringBuilder head, String prefix) {
        String uri = NAMESPACES.get(prefix);
        if (uri == null) {
            throw new IllegalStateException("no namespace is known for the prefix " + prefix);
        }
        head.append(" xmlns:").append(prefix).append("=\"").append(uri).append('"');
    }
}
