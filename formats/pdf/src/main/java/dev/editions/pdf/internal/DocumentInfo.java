package dev.editions.pdf.internal;

import dev.editions.model.Document;
import dev.editions.model.Metadata;
import dev.editions.write.WriteContext;
import dev.editions.text.PlainText;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfEncryption;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;
import org.openpdf.text.xml.xmp.DublinCoreSchema;
import org.openpdf.text.xml.xmp.XmpWriter;

/**
 * The document-level parts of the PDF: version, tagging, viewer preferences, the information
 * dictionary and matching XMP metadata with the PDF/UA-1 and PDF/A-2a identification, the
 * catalog's language, the sRGB output intent and a file identifier derived from the content.
 */
final class DocumentInfo {
    private static final String PDFUA_NAMESPACE = "http://www.aiim.org/pdfua/ns/id/";

    private final Document document;
    private final WriteContext context;

    DocumentInfo(Document document, WriteContext context) {
        this.document = document;
        this.context = context;
    }

    /** Sets what must be set before the PDF is opened. */
    void beforeOpen(PdfWriter writer, org.openpdf.text.Document pdf) {
        Metadata metadata = document.metadata();
        writer.setPdfVersion(PdfWriter.VERSION_1_7);
        writer.setTagged();
        writer.setViewerPreferences(PdfWriter.DisplayDocTitle | PdfWriter.PageModeUseOutlines);
        writer.setTabs(PdfName.S);
        writer.setPDFXConformance(PdfWriter.PDFA2A);
        pdf.addTitle(metadata.title());
        if (!metadata.authors().isEmpty()) {
            pdf.addAuthor(String.join(", ", metadata.authors()));
        }
        if (metadata.description() != null) {
            pdf.addSubject(metadata.description());
        }
        if (!metadata.keywords().isEmpty()) {
            pdf.addKeywords(String.join(", ", metadata.keywords()));
        }
        pdf.addCreator("Editions");
    }

    /** Sets what needs the open PDF: dates, identifier, language, output intent and XMP. */
    void afterOpen(PdfWriter writer) throws IOException {
        Instant modified = context.modified();
        PdfDictionary info = writer.getInfo();
        PdfDate date = new PdfDate(calendar(modified));
        info.put(PdfName.CREATIONDATE, date);
        info.put(PdfName.MODDATE, date);
        byte[] id = fileId(modified);
        info.put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(document.metadata().language()));
        writer.setOutputIntents("sRGB IEC61966-2.1", null, "http://www.color.org", "sRGB IEC61966-2.1",
                ICC_Profile.getInstance(ColorSpace.CS_sRGB));
        writer.setXmpMetadata(xmp(info, document.metadata().authors()));
    }

    /**
     * The XMP packet: the information dictionary's entries, except that each author is an entry of
     * its own in {@code dc:creator} (the dictionary holds them joined by commas), in a description of
     * its own that holds only that property.
     */
    private static byte[] xmp(PdfDictionary info, List<String> authors) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfDictionary withoutAuthor = new PdfDictionary();
        withoutAuthor.merge(info);
        withoutAuthor.remove(PdfName.AUTHOR);
        XmpWriter xmp = new XmpWriter(out, withoutAuthor, PdfWriter.PDFA2A);
        if (!authors.isEmpty()) {
            DublinCoreSchema creators = new DublinCoreSchema();
            creators.remove(DublinCoreSchema.FORMAT);
            creators.addAuthor(authors.toArray(String[]::new));
            xmp.addRdfDescription(creators);
        }
        xmp.addRdfDescription("xmlns:pdfuaid=\"" + PDFUA_NAMESPACE + "\"", "<pdfuaid:part>1</pdfuaid:part>");
        xmp.addRdfDescription("xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\""
                + " xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\""
                + " xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\"", """
                <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">\
                <pdfaSchema:schema>PDF/UA identification</pdfaSchema:schema>\
                <pdfaSchema:namespaceURI>%s</pdfaSchema:namespaceURI>\
                <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\
                <pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">\
                <pdfaProperty:name>part</pdfaProperty:name>\
                <pdfaProperty:valueType>Integer</pdfaProperty:valueType>\
                <pdfaProperty:category>internal</pdfaProperty:category>\
                <pdfaProperty:description>The part of ISO 14289 the file conforms to</pdfaProperty:description>\
                </rdf:li></rdf:Seq></pdfaSchema:property>\
                </rdf:li></rdf:Bag></pdfaExtension:schemas>""".formatted(PDFUA_NAMESPACE));
        xmp.close();
        return out.toByteArray();
    }

    private static GregorianCalendar calendar(Instant instant) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        calendar.setTimeInMillis(instant.toEpochMilli());
        return calendar;
    }

    /** The first 16 bytes of a SHA-256 of the document's identity and date: the same file, the same id. */
    private byte[] fileId(Instant modified) {
        Metadata metadata = document.metadata();
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            // Fed piece by piece: the same bytes as the whole text at once, without building it.
            digest.update((metadata.title() + '\n' + metadata.identifier() + '\n' + modified)
                    .getBytes(StandardCharsets.UTF_8));
            document.blocks().forEach(block -> digest.update(('\n' + PlainText.of(block))
                    .getBytes(StandardCharsets.UTF_8)));
            return Arrays.copyOf(digest.digest(), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the Java runtime", e);
        }
    }
}
