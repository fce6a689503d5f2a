package dev.editions;

import dev.editions.check.ConformanceHtml;
import dev.editions.check.ConformanceJson;
import dev.editions.check.ConformanceReport;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Writes a {@link ConformanceReport} beside the editions as {@code conformance.json} and
 * {@code conformance.html}, each replaced whole (written to a temporary file, flushed, then moved
 * into place), so a reader never sees half a report.
 */
public final class ConformanceFiles {
    /** The JSON report's file name. */
    public static final String JSON = "conformance.json";
    /** The HTML report's file name. */
    public static final String HTML = "conformance.html";

    private ConformanceFiles() {
    }

    /**
     * Writes both files into {@code folder}, creating it when missing.
     *
     * @return the JSON and the HTML file, in that order
     * @throws EditionsException naming the file that could not be written and why
     */
    public static List<Path> write(ConformanceReport report, Path folder) {
        OutputFiles.createDirectory(folder);
        Path json = folder.resolve(JSON);
        Path html = folder.resolve(HTML);
        write(json, ConformanceJson.of(report));
        write(html, ConformanceHtml.of(report));
        OutputFiles.syncFolder(folder.toAbsolutePath());
        return List.of(json, html);
    }

    private static void write(Path target, String text) {
        OutputFiles.refuseFolderAsTarget(target);
        Path temporary = OutputFiles.temporaryFor(target);
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true);
            }
            OutputFiles.moveIntoPlace(temporary, target);
        } catch (IOException e) {
            throw EditionsException.of(target.toString(), "cannot be written: " + OutputFiles.describe(e), e);
        } finally {
            try {
                java.nio.file.Files.deleteIfExists(temporary);
            } catch (IOException e) {
                // The temporary file was moved or is gone; nothing more to do.
            }
        }
    }
}
