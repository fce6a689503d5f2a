package dev.editions.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.editions.EditionsException;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The documented input limits: source size and line length. */
class SourceLimitsTest {
    @Test
    void a200MegabyteFileIsRefusedBeforeItIsRead(@TempDir Path folder) throws IOException {
        Path huge = folder.resolve("huge.txt");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(200L * 1024 * 1024);
        }
        EditionsException e = assertThrows(EditionsException.class, () -> Source.of(huge));
        assertEquals(huge + ": is 200 MiB; sources over 64 MiB are refused", e.getMessage());
    }

    @Test
    void aLineOfTenMillionCharactersIsRefused() {
        byte[] bytes = new byte[10_000_000 + 12];
        Arrays.fill(bytes, (byte) 'a');
        System.arraycopy("Title\n\nx".getBytes(), 0, bytes, 0, 8);
        EditionsException e = assertThrows(EditionsException.class,
                () -> new PlainTextReader().read(Source.of("long.txt", bytes)));
        assertEquals("long.txt: line 3: the line is 10,000,005 characters long; lines over 1,000,000 characters"
                + " are refused", e.getMessage());
    }

    @Test
    void anUnreadableFileIsAnError(@TempDir Path folder) throws IOException {
        assumeFalse("root".equals(System.getProperty("user.name")), "root may read any file");
        Path locked = Files.writeString(folder.resolve("locked.txt"), "secret");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        EditionsException e = assertThrows(EditionsException.class, () -> Source.of(locked));
        assertEquals(locked + ": cannot be read: permission denied", e.getMessage());
    }
}
