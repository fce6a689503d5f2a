package dev.editions;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Reads and replaces a set's manifest: a new manifest is written whole to a draft file, flushed to
 * disk, renamed over the old one and the folder flushed, so a crash leaves the old or the new
 * manifest and never part of one.
 */
final class ManifestFile {
    private ManifestFile() {
    }

    /**
     * The manifest of the locked set, or empty when there is none.
     *
     * @throws IOException when it cannot be read or is not a manifest this build understands
     */
    static Optional<SetManifest> read(SetLock lock) throws IOException {
        Path file = lock.manifest();
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try {
            return Optional.of(SetManifestJson.read(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IOException("not UTF-8 text", e);
        }
    }

    /** Replaces the locked set's manifest with {@code manifest}, atomically and durably. */
    static void write(SetLock lock, SetManifest manifest) {
        Path draft = lock.manifestDraft();
        Path target = lock.manifest();
        try (FileChannel channel = FileChannel.open(draft, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer bytes = ByteBuffer.wrap(SetManifestJson.of(manifest).getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            channel.force(true);
        } catch (IOException e) {
            OutputFiles.deleteQuietly(draft);
            throw EditionsException.of(target.toString(), "cannot be written: " + OutputFiles.describe(e), e);
        }
        OutputFiles.moveIntoPlace(draft, target);
        OutputFiles.syncFolder(target.getParent());
    }

    /** Removes the locked set's manifest, e.g. when nothing it described is left. */
    static void remove(SetLock lock) {
        OutputFiles.deleteQuietly(lock.manifest());
        OutputFiles.syncFolder(lock.manifest().getParent());
    }
}
