package dev.editions.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.editions.EditionsException;
import dev.editions.fixtures.ForkedJvm;
import dev.editions.fixtures.Unprivileged;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import org.junit.jupiter.api.Tag;
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
    @Tag("slow")
    void anUnreadableFileIsAnError(@TempDir Path folder) throws IOException {
        Path locked = Files.writeString(folder.resolve("locked.txt"), "secret");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        ForkedJvm.Result result = Unprivileged.run(folder, ReadSource.class, locked.toString());
        assertEquals(locked + ": cannot be read: permission denied\n", result.out(), result.err());
    }

    /** Reads the file its argument names and prints the error's message, or "read" when there is none. */
    public static final class ReadSource {
        private ReadSource() {
        }

        /** Reads {@code args[0]}. */
        public static void main(String[] args) {
            try {
                Source.of(Path.of(args[0]));
                System.out.println("read");
            } catch (EditionsException e) {
                System.out.println(e.getMessage());
            }
        }
    }
}
