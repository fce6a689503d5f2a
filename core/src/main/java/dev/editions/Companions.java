package dev.editions;

import dev.editions.write.CompanionFiles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stages an edition's companion files: each is written into the run's staging folder under its
 * path in the output folder and flushed to disk, to be moved into place with the edition.
 */
final class Companions {
    private Companions() {
    }

    /**
     * Writes each companion file not staged yet into {@code staging}, adding its name (relative to
     * the output folder) to {@code staged} as soon as it exists there, so the caller can remove it.
     *
     * @throws EditionsException when a file cannot be written or would not fit in the output folder
     */
    static void stage(CompanionFiles files, Path directory, Staging staging, Set<String> alreadyStaged,
            List<String> staged) {
        Path folder = directory.toAbsolutePath().normalize();
        for (Map.Entry<String, byte[]> file : files.files().entrySet()) {
            Path target = folder.resolve(file.getKey()).normalize();
            if (!target.startsWith(folder) || target.equals(folder)) {
                throw EditionsException.of(file.getKey(), "cannot be written outside the output folder");
            }
            String name = RelativeName.of(folder, target);
            RelativeName.refuseTooLong(target, name);
            refuseFilesOnTheWay(target.getParent(), folder);
            OutputFiles.refuseFolderAsTarget(target);
            if (alreadyStaged.contains(name) || staged.contains(name)) {
                continue;
            }
            Path temporary = staging.newFile(name);
            staged.add(name);
            write(temporary, file.getValue(), target);
            CrashPoints.reach("staged " + name);
        }
    }

    private static void refuseFilesOnTheWay(Path parent, Path root) {
        for (Path p = parent; p != null && !p.equals(root); p = p.getParent()) {
            if (Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                throw EditionsException.of(p.toString(), "cannot hold the edition's files: it is not a folder");
            }
        }
    }

    private static void write(Path temporary, byte[] bytes, Path target) {
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        } catch (IOException e) {
            throw EditionsException.of(target.toString(), "cannot be written: " + OutputFiles.describe(e), e);
        }
    }
}
