package dev.editions.docx.internal.check;

import dev.editions.EditionsException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The parts of a DOCX package the rules read: the main document, its relationships, styles and
 * numbering, and the core properties, found through the package relationships as Word does.
 */
public final class DocxPackage {
    private static final String OFFICE_DOCUMENT =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
    private static final String CORE_PROPERTIES =
            "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private static final String CUSTOM_PROPERTIES = RELATIONSHIPS + "custom-properties";
    private static final long MAX_PART_BYTES = 256L << 20;

    private final String name;
    private final Element document;
    private final Element styles;
    private final Element numbering;
    private final Element core;
    private final Element custom;
    private final Map<String, Relationship> relationships;

    private DocxPackage(String name, Element document, Element styles, Element numbering, Element core,
            Element custom, Map<String, Relationship> relationships) {
        this.custom = custom;
        this.name = name;
        this.document = document;
        this.styles = styles;
        this.numbering = numbering;
        this.core = core;
        this.relationships = relationships;
    }

    /**
     * Reads the package at {@code path}.
     *
     * @throws EditionsException when the file is not a readable DOCX package
     */
    public static DocxPackage read(Path path) {
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        try (ZipFile zip = new ZipFile(path.toFile())) {
            Map<String, Relationship> root = relationships(zip, "_rels/.rels", "");
            String main = target(root, OFFICE_DOCUMENT, name, "no main document part");
            Map<String, Relationship> mainRels = relationships(zip, relsOf(main), main);
            Element document = part(zip, main);
            if (document == null) {
                throw EditionsException.of(name, "the main document part " + main + " is missing");
            }
            return new DocxPackage(name, document, optional(zip, mainRels, "styles"),
                    optional(zip, mainRels, "numbering"), optionalPart(zip, root, CORE_PROPERTIES),
                    optionalPart(zip, root, CUSTOM_PROPERTIES), mainRels);
        } catch (ZipException e) {
            throw EditionsException.of(name, "not a DOCX file (not a ZIP package): " + e.getMessage(), e);
        } catch (IOException e) {
            throw EditionsException.of(name, "cannot be read as a DOCX file: " + e.getMessage(), e);
        }
    }

    /** The file name, for messages. */
    public String name() {
        return name;
    }

    /** The root element of the main document part ({@code w:document}). */
    public Element document() {
        return document;
    }

    /** The root of the styles part, or {@code null} when the package has none. */
    public Element styles() {
        return styles;
    }

    /** The root of the numbering part, or {@code null}. */
    public Element numbering() {
        return numbering;
    }

    /** The root of the core properties part, or {@code null}. */
    public Element core() {
        return core;
    }

    /** The custom properties part ({@code docProps/custom.xml}), or null when there is none. */
    public Element customProperties() {
        return custom;
    }

    /** The main document's relationships by id. */
    public Map<String, Relationship> relationships() {
        return relationships;
    }

    private static Element optional(ZipFile zip, Map<String, Relationship> rels, String type) throws IOException {
        return optionalPart(zip, rels, RELATIONSHIPS + type);
    }

    private static Element optionalPart(ZipFile zip, Map<String, Relationship> rels, String type) throws IOException {
        for (Relationship r : rels.values()) {
            if (r.type().equals(type) && !r.external()) {
                return part(zip, r.target());
            }
        }
        return null;
    }

    private static String target(Map<String, Relationship> rels, String type, String name, String problem) {
        return rels.values().stream().filter(r -> r.type().equals(type)).map(Relationship::target).findFirst()
                .orElseThrow(() -> EditionsException.of(name, "not a word-processing document: " + problem));
    }

    private static String relsOf(String part) {
        int slash = part.lastIndexOf('/');
        return part.substring(0, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
    }

    private static Map<String, Relationship> relationships(ZipFile zip, String part, String source) throws IOException {
        Map<String, Relationship> out = new HashMap<>();
        Element root = part(zip, part);
        if (root == null) {
            return out;
        }
        for (Element r : Xml.children(root, Xml.PACKAGE_RELATIONSHIPS, "Relationship")) {
            boolean external = "External".equals(r.getAttribute("TargetMode"));
            String target = r.getAttribute("Target");
            out.put(r.getAttribute("Id"), new Relationship(r.getAttribute("Type"),
                    external ? target : resolve(source, target), external));
        }
        return out;
    }

    private static String resolve(String source, String target) {
        if (target.startsWith("/")) {
            return target.substring(1);
        }
        try {
            return URI.create("/" + source).resolve(new URI(null, null, target, null)).getPath().substring(1);
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return target;
        }
    }

    private static Element part(ZipFile zip, String part) throws IOException {
        ZipEntry entry = zip.getEntry(part);
        if (entry == null) {
            return null;
        }
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_PART_BYTES + 1));
            if (bytes.length > MAX_PART_BYTES) {
                throw new IOException(part + " is larger than " + (MAX_PART_BYTES >> 20) + " MB");
            }
            Document dom = Xml.parse(bytes, part);
            return dom.getDocumentElement();
        }
    }

    /**
     * One relationship of a part.
     *
     * @param type the relationship type URI
     * @param target the target part name inside the package, or the external URI
     * @param external whether the target is outside the package
     */
    public record Relationship(String type, String target, boolean external) {
        /** Whether this is a hyperlink relationship. */
        public boolean hyperlink() {
            return type.equals(RELATIONSHIPS + "hyperlink");
        }
    }

    /** Every body paragraph in reading order, with what the rules need to know about it. */
    public List<Paragraph> paragraphs(StyleIndex sheet) {
        return Paragraph.all(document, sheet);
    }
}
