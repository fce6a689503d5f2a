package dev.editions.docx.internal;

import dev.editions.write.ArchiveTime;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * {@code zip} with every entry's time set to {@code time}, as {@link ArchiveTime} stamps it, and
     * the entries named by {@code streamed} holding those parts' content instead of their own.
     */
    static byte[] rewrite(byte[] zip, Instant time, List<StreamedPart> streamed) {
        Map<String, StreamedPart> replacements = new HashMap<>();
        streamed.forEach(part -> replacements.put(part.name(), part));
        LocalDateTime stamp = ArchiveTime.of(time);
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length + 1024);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream copy = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry fixed = new ZipEntry(entry.getName());
                fixed.setTimeLocal(stamp);
                copy.putNextEntry(fixed);
                StreamedPart part = replacements.remove(entry.getName());
                if (part != null) {
                    part.writeTo(copy);
                } else {
                    in.transferTo(copy);
                }
                copy.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the package could not be repacked: " + e.getMessage(), e);
        }
        if (!replacements.isEmpty()) {
            throw new IllegalStateException("the package has no part " + replacements.keySet());
        }
        return out.toByteArray();
    }
}
