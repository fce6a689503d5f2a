package dev.editions.epub.internal;

import dev.editions.model.Document;
import dev.editions.model.Image;
import dev.editions.write.WriteContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Writes every part of an EPUB 3 publication and packs them into the container. */
public final class EpubAssembler {
    private static final String XHTML = "application/xhtml+xml";
    private static final String CONTAINER = """
            <?xml version="1.0" encoding="UTF-8"?>
            <container xmlns="urn:oasis:names:tc:opendocument:xmlns:container" version="1.0">
              <rootfiles>
                <rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/>
              </rootfiles>
            </container>
            """;
    private static final byte[] STYLESHEET = stylesheet();

    private EpubAssembler() {
    }

    /** Writes {@code document} as an EPUB to {@code out}; {@code edition} names it in messages. */
    public static void write(Document document, WriteContext context, OutputStream out, String edition)
            throws IOException {
        Publication publication = Publication.plan(document, context, edition);
        List<Part> parts = new ArrayList<>();
        parts.add(new Part("title-page", TitlePageWriter.FILE, XHTML, null, true,
                TitlePageWriter.write(document.metadata())));
        parts.add(new Part("nav", NavDocumentWriter.FILE, XHTML, "nav", true, NavDocumentWriter.write(publication)));
        ContentDocumentWriter content = new ContentDocumentWriter(publication);
        int n = 0;
        for (Chapters.Chapter chapter : publication.chapters().list()) {
            parts.add(new Part("chapter-" + ++n, chapter.file(), XHTML, null, true, content.write(chapter)));
        }
        parts.add(new Part("css", Xhtml.STYLESHEET, "text/css", null, false, STYLESHEET));
        n = 0;
        for (Map.Entry<Image, String> image : publication.images().all().entrySet()) {
            parts.add(new Part("image-" + ++n, image.getValue(), image.getKey().mediaType(), null, false,
                    image.getKey().bytes()));
        }
        byte[] opf = PackageDocumentWriter.write(publication, AccessibilityMetadata.of(publication), parts);
        try (OcfArchive archive = new OcfArchive(out, publication.modified())) {
            archive.add("META-INF/container.xml", CONTAINER.getBytes(StandardCharsets.UTF_8));
            archive.add(PackageDocumentWriter.PATH, opf);
            for (Part part : parts) {
                archive.add("EPUB/" + part.href(), part.bytes());
            }
        }
    }

    private static byte[] stylesheet() {
        try (InputStream in = EpubAssembler.class.getResourceAsStream("editions.css")) {
            if (in == null) {
                throw new IllegalStateException("the EPUB stylesheet is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
