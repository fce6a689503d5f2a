package dev.editions.epub.internal;

import dev.editions.text.WritingDirection;
import dev.editions.model.Metadata;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes the package document: catalogue and accessibility metadata, the manifest of the parts
 * actually written and the spine in reading order.
 */
final class PackageDocumentWriter {
    /** The package document's path in the container. */
    static final String PATH = "EPUB/package.opf";
    private static final String OPF = "http://www.idpf.org/2007/opf";
    private static final DateTimeFormatter MODIFIED = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    private PackageDocumentWriter() {
    }

    /** The package document of {@code publication}, whose parts are {@code parts} (spine items in reading order). */
    static byte[] write(Publication publication, AccessibilityMetadata a11y, List<Part> parts) {
        Metadata metadata = publication.document().metadata();
        Markup out = new Markup(PATH).root("package", OPF)
                .attributes("version", "3.0", "unique-identifier", "pub-id", "xml:lang", metadata.language(),
                        "dir", WritingDirection.ofLanguage(metadata.language()).html()).newline();
        out.open("metadata").namespace("dc", Markup.DC).newline();
        out.element("dc:identifier", publication.identifier(), "id", "pub-id").newline();
        out.element("dc:title", metadata.title(), "id", "title").newline();
        if (metadata.subtitle() != null) {
            out.element("meta", "main", "refines", "#title", "property", "title-type").newline();
            out.element("dc:title", metadata.subtitle(), "id", "subtitle").newline();
            out.element("meta", "subtitle", "refines", "#subtitle", "property", "title-type").newline();
        }
        out.element("dc:language", metadata.language()).newline();
        for (int i = 0; i < metadata.authors().size(); i++) {
            String id = "creator-" + (i + 1);
            out.element("dc:creator", metadata.authors().get(i), "id", id).newline();
            out.element("meta", "aut", "refines", "#" + id, "property", "role", "scheme", "marc:relators").newline();
        }
        for (String publisher : metadata.publishers()) {
            out.element("dc:publisher", publisher).newline();
        }
        if (metadata.date() != null) {
            out.element("dc:date", metadata.date().toString()).newline();
        }
        if (metadata.description() != null) {
            out.element("dc:description", metadata.description()).newline();
        }
        for (String keyword : metadata.keywords()) {
            out.element("dc:subject", keyword).newline();
        }
        if (metadata.rights() != null) {
            out.element("dc:rights", metadata.rights()).newline();
        }
        out.element("meta", MODIFIED.format(publication.modified()), "property", "dcterms:modified").newline();
        accessibility(out, a11y);
        out.close().newline();
        out.open("manifest").newline();
        for (Part part : parts) {
            out.empty("item", "id", part.id(), "href", part.href(), "media-type", part.mediaType(),
                    "properties", part.properties()).newline();
        }
        out.close().newline();
        out.open("spine", "page-progression-direction", WritingDirection.ofLanguage(metadata.language()).html())
                .newline();
        for (Part part : parts) {
            if (part.inSpine()) {
                out.empty("itemref", "idref", part.id()).newline();
            }
        }
        out.close().newline();
        return out.finish();
    }

    private static void accessibility(Markup out, AccessibilityMetadata a11y) {
        a11y.accessModes().forEach(mode -> meta(out, "schema:accessMode", mode));
        a11y.sufficientModes().forEach(modes -> meta(out, "schema:accessModeSufficient", modes));
        a11y.features().forEach(feature -> meta(out, "schema:accessibilityFeature", feature));
        a11y.hazards().forEach(hazard -> meta(out, "schema:accessibilityHazard", hazard));
        meta(out, "schema:accessibilitySummary", a11y.summary());
        a11y.conformsTo().ifPresent(claim -> out.element("meta", claim, "property", "dcterms:conformsTo",
                "id", "conformance").newline());
        a11y.certifier().ifPresent(certifier -> out.element("meta", certifier, "property", "a11y:certifiedBy",
                "refines", "#conformance").newline());
        a11y.certifierReport().ifPresent(report -> out.open("link", "rel", "a11y:certifierReport",
                "href", report, "refines", "#conformance").close().newline());
        a11y.pageBreakSource().ifPresent(source -> meta(out, "pageBreakSource", source));
    }

    private static void meta(Markup out, String property, String value) {
        out.element("meta", value, "property", property).newline();
    }
}
