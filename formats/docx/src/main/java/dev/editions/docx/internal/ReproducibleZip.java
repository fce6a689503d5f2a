package dev.editions.docx.internal;

import dev.editions.write.ArchiveTime;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Copies a ZIP package with every entry stamped with one fixed time, so the same document gives
 * the same bytes whenever and wherever it is written.
 */
final class ReproducibleZip {
    private ReproducibleZip() {
    }

    /** {@code zip} with every entry's time set to {@code time}, as {@link ArchiveTime} stamps it. */
    static byte[] rewrite(byte[] zip, Instant time) {
        LocalDateTime stamp = ArchiveTime.of(time);
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length + 1024);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream copy = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry fixed = new ZipEntry(entry.getName());
                fixed.setTimeLocal(stamp);
                copy.putNextEntry(fixed);
                in.transferTo(copy);
                copy.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the package could not be repacked: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }
}
