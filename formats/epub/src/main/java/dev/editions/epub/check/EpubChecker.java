package dev.editions.epub.check;

import dev.editions.EditionsException;
import dev.editions.check.EditionChecker;
import dev.editions.check.Finding;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Checks what EPUBCheck and DAISY Ace do not: that the {@code mimetype} entry comes first, stored
 * and without extra field; that every abbreviation carries its expansion; that every table has
 * header cells; and that the accessibility metadata EPUB Accessibility 1.1 requires is present.
 */
public final class EpubChecker implements EditionChecker {
    private static final String OPF = "http://www.idpf.org/2007/opf";
    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final byte[] MIMETYPE = "application/epub+zip".getBytes(StandardCharsets.US_ASCII);
    private static final List<String> REQUIRED = List.of("schema:accessMode", "schema:accessModeSufficient",
            "schema:accessibilityFeature", "schema:accessibilityHazard", "schema:accessibilitySummary");

    /** Creates the checker; it holds no state. */
    public EpubChecker() {
    }

    @Override
    public String format() {
        return "epub";
    }

    @Override
    public String name() {
        return "Editions EPUB rules";
    }

    @Override
    public List<Finding> check(Path edition) {
        List<Finding> findings = new ArrayList<>();
        try {
            checkMimetype(Files.readAllBytes(edition), findings);
            try (ZipFile zip = new ZipFile(edition.toFile(), StandardCharsets.UTF_8)) {
                XmlParts parts = new XmlParts(edition.toString(), zip);
                Element container = parts.parse("META-INF/container.xml");
                NodeList rootfiles = container.getElementsByTagNameNS("*", "rootfile");
                if (rootfiles.getLength() == 0) {
                    throw EditionsException.of(edition.toString(), "META-INF/container.xml names no package document");
                }
                String opfPath = ((Element) rootfiles.item(0)).getAttribute("full-path");
                Element opf = parts.parse(opfPath);
                checkMetadata(opfPath, opf, findings);
                String base = opfPath.contains("/") ? opfPath.substring(0, opfPath.lastIndexOf('/') + 1) : "";
                NodeList items = opf.getElementsByTagNameNS(OPF, "item");
                for (int i = 0; i < items.getLength(); i++) {
                    Element item = (Element) items.item(i);
                    if ("application/xhtml+xml".equals(item.getAttribute("media-type"))) {
                        String path = base + item.getAttribute("href");
                        checkContent(path, parts.parse(path), findings);
                    }
                }
            }
        } catch (IOException e) {
            throw EditionsException.of(edition.toString(), "cannot read the EPUB: " + e.getMessage(), e);
        }
        return List.copyOf(findings);
    }

    private static void checkMimetype(byte[] bytes, List<Finding> findings) {
        if (bytes.length < 30 + 8 + MIMETYPE.length || bytes[0] != 'P' || bytes[1] != 'K' || bytes[2] != 3 || bytes[3] != 4) {
            findings.add(new Finding("epub.mimetype", "byte 0", "the file does not start with a zip entry"));
            return;
        }
        int method = u16(bytes, 8);
        int nameLength = u16(bytes, 26);
        int extraLength = u16(bytes, 28);
        String name = new String(bytes, 30, Math.min(nameLength, bytes.length - 30), StandardCharsets.UTF_8);
        if (!"mimetype".equals(name)) {
            findings.add(new Finding("epub.mimetype", "first entry", "the first entry is '" + name
                    + "'; reading systems expect 'mimetype' first"));
            return;
        }
        if (method != 0) {
            findings.add(new Finding("epub.mimetype", "mimetype", "the mimetype entry is compressed; it must be stored"));
        }
        if (extraLength != 0) {
            findings.add(new Finding("epub.mimetype", "mimetype", "the mimetype entry has an extra field of "
                    + extraLength + " bytes; it must have none"));
        }
        if (method == 0 && extraLength == 0
                && !Arrays.equals(bytes, 38, 38 + MIMETYPE.length, MIMETYPE, 0, MIMETYPE.length)) {
            findings.add(new Finding("epub.mimetype", "mimetype", "the mimetype entry does not hold 'application/epub+zip'"));
        }
    }

    private static void checkMetadata(String path, Element opf, List<Finding> findings) {
        NodeList metas = opf.getElementsByTagNameNS(OPF, "meta");
        List<String> properties = new ArrayList<>();
        for (int i = 0; i < metas.getLength(); i++) {
            Element meta = (Element) metas.item(i);
            if (!meta.getTextContent().isBlank()) {
                properties.add(meta.getAttribute("property"));
            }
        }
        for (String required : REQUIRED) {
            if (!properties.contains(required)) {
                findings.add(new Finding("epub.a11y-metadata", path, "the package metadata has no " + required));
            }
        }
        if (properties.contains("a11y:certifiedBy") && !properties.contains("dcterms:conformsTo")) {
            findings.add(new Finding("epub.certified-by", path, "a11y:certifiedBy names a certifier, but there is "
                    + "no dcterms:conformsTo claim for it to certify"));
        }
        long modified = properties.stream().filter("dcterms:modified"::equals).count();
        if (modified != 1) {
            findings.add(new Finding("epub.modified", path, "the package metadata has " + modified
                    + " dcterms:modified entries; it needs exactly one"));
        }
    }

    private static void checkContent(String path, Element html, List<Finding> findings) {
        NodeList abbreviations = html.getElementsByTagNameNS(XHTML, "abbr");
        for (int i = 0; i < abbreviations.getLength(); i++) {
            Element abbr = (Element) abbreviations.item(i);
            if (abbr.getAttribute("title").isBlank()) {
                findings.add(new Finding("epub.abbr-title", path, "the abbreviation '" + abbr.getTextContent()
                        + "' has no title giving its expansion"));
            }
        }
        NodeList tables = html.getElementsByTagNameNS(XHTML, "table");
        for (int i = 0; i < tables.getLength(); i++) {
            Element table = (Element) tables.item(i);
            if (table.getElementsByTagNameNS(XHTML, "th").getLength() == 0) {
                findings.add(new Finding("epub.table-headers", path, "table " + (i + 1)
                        + " has no header cells, so its data cells cannot be related to their headings"));
            }
            NodeList headers = table.getElementsByTagNameNS(XHTML, "th");
            for (int h = 0; h < headers.getLength(); h++) {
                Element header = (Element) headers.item(h);
                if (header.getTextContent().isBlank() && header.getAttribute("aria-label").isBlank()) {
                    findings.add(new Finding("epub.empty-table-header", path, "table " + (i + 1)
                            + " has an empty header cell, which labels nothing; make it a data cell (td)"));
                }
            }
        }
    }

    private static int u16(byte[] bytes, int offset) {
        return (bytes[offset] & 0xFF) | (bytes[offset + 1] & 0xFF) << 8;
    }

    /** Parses XML entries of one container. */
    private record XmlParts(String edition, ZipFile zip) {
        Element parse(String name) throws IOException {
            ZipEntry entry = zip.getEntry(name);
            if (entry == null) {
                throw EditionsException.of(edition, "the EPUB has no entry '" + name + "'");
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return SafeXml.parse(in, edition + "!" + name);
            }
        }
    }
}
