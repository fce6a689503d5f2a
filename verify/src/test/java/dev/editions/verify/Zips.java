package dev.editions.verify;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.function.BiFunction;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** Rewrites the parts of a ZIP package (DOCX, EPUB) to break an edition in one known way. */
final class Zips {
    private Zips() {
    }

    /**
     * Copies {@code source} to {@code target}, passing each text part through {@code edit} (part name,
     * text) and storing every entry as the source did, except that {@code compressAll} deflates all.
     */
    static Path rewrite(Path source, Path target, BiFunction<String, String, String> edit, boolean compressAll) {
        try {
            Files.createDirectories(target.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (ZipFile zip = new ZipFile(source.toFile());
                OutputStream file = Files.newOutputStream(target);
                ZipOutputStream out = new ZipOutputStream(file)) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                byte[] data = zip.getInputStream(entry).readAllBytes();
                String name = entry.getName();
                if (name.endsWith(".xml") || name.endsWith(".xhtml") || name.endsWith(".opf") || name.endsWith(".rels")) {
                    data = edit.apply(name, new String(data, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                ZipEntry copy = new ZipEntry(name);
                if (entry.getMethod() == ZipEntry.STORED && !compressAll) {
                    copy.setMethod(ZipEntry.STORED);
                    copy.setSize(data.length);
                    CRC32 crc = new CRC32();
                    crc.update(data);
                    copy.setCrc(crc.getValue());
                }
                out.putNextEntry(copy);
                out.write(data);
                out.closeEntry();
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
