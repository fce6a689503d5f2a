package dev.editions;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/** The SHA-256 of a file, as a set's manifest records it. */
final class FileDigest {
    private FileDigest() {
    }

    /** The file's SHA-256 in lower-case hex. */
    static String of(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Whether {@code file} is a regular file with the entry's size and SHA-256. */
    static boolean matches(Path file, SetManifest.Entry entry) {
        try {
            return Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS) && Files.size(file) == entry.size()
                    && of(file).equals(entry.sha256());
        } catch (IOException e) {
            return false;
        }
    }

    /** {@code entry} as {@code file} is now, or empty when it is not a regular file that can be read. */
    static Optional<SetManifest.Entry> describe(Path file, SetManifest.Entry entry) {
        try {
            if (!Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                return Optional.empty();
            }
            return Optional.of(entry.with(Files.size(file), of(file)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
