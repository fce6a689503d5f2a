package dev.editions.epub.internal;

import dev.editions.write.ArchiveTime;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the OCF zip container: the {@code mimetype} entry first, stored and without extra field,
 * then every other entry compressed. All entries carry the same fixed time (the publication's
 * modification time, moved into the range zip dates hold), so the same parts give the same bytes.
 */
final class OcfArchive implements AutoCloseable {
    private static final byte[] MIMETYPE = "application/epub+zip".getBytes(StandardCharsets.US_ASCII);

    private final ZipOutputStream zip;
    private final LocalDateTime time;

    /** Starts a container on {@code out}, which stays open; every entry is dated {@code modified}. */
    OcfArchive(OutputStream out, Instant modified) throws IOException {
        this.zip = new ZipOutputStream(new NonClosing(out), StandardCharsets.UTF_8);
        this.time = ArchiveTime.of(modified);
        ZipEntry mimetype = entry("mimetype");
        mimetype.setMethod(ZipEntry.STORED);
        mimetype.setSize(MIMETYPE.length);
        mimetype.setCompressedSize(MIMETYPE.length);
        CRC32 crc = new CRC32();
        crc.update(MIMETYPE);
        mimetype.setCrc(crc.getValue());
        zip.putNextEntry(mimetype);
        zip.write(MIMETYPE);
        zip.closeEntry();
    }

    /** Adds a compressed entry. */
    void add(String name, byte[] content) throws IOException {
        zip.putNextEntry(entry(name));
        zip.write(content);
        zip.closeEntry();
    }

    /** Writes the central directory; the underlying stream stays open. */
    @Override
    public void close() throws IOException {
        zip.close();
    }

    private ZipEntry entry(String name) {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(time);
        return entry;
    }

    /** Keeps the caller's stream open when the zip stream is closed. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
