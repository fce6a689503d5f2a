package dev.editions;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Names of files inside an output folder as a set's manifest records them ({@code images/ab12/chart.png}),
 * and the length limit every file name of a set must keep.
 */
final class RelativeName {
    /** The longest file name, in UTF-8 bytes, that the common file systems accept (ext4, XFS, Btrfs, APFS, NTFS). */
    static final int NAME_LIMIT = 255;

    private RelativeName() {
    }

    /** The name of {@code file} inside {@code folder}, with {@code /} between folders. */
    static String of(Path folder, Path file) {
        Path relative = folder.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
        StringBuilder name = new StringBuilder();
        for (Path part : relative) {
            name.append(name.isEmpty() ? "" : "/").append(part);
        }
        return name.toString();
    }

    /** Whether {@code name} stays inside the folder: relative, with no empty, {@code .} or {@code ..} part. */
    static boolean isSafe(String name) {
        if (name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.indexOf('\0') >= 0) {
            return false;
        }
        for (String part : name.split("/", -1)) {
            if (part.isEmpty() || part.equals(".") || part.equals("..")) {
                return false;
            }
        }
        return true;
    }

    /** The file named {@code name} inside {@code folder}; the name must be {@linkplain #isSafe safe}. */
    static Path resolve(Path folder, String name) {
        return folder.resolve(name.replace('/', folder.getFileSystem().getSeparator().charAt(0)));
    }

    /** The length of {@code name} in UTF-8 bytes. */
    static int bytes(String name) {
        return name.getBytes(StandardCharsets.UTF_8).length;
    }

    /**
     * Refuses {@code file}, named {@code name} inside the output folder, when its name (or the name
     * of a folder on its way) is longer than the file systems allow, before anything is written.
     */
    static void refuseTooLong(Path file, String name) {
        for (String part : name.split("/")) {
            int length = bytes(part);
            if (length > NAME_LIMIT) {
                throw EditionsException.of(file.toString(), "cannot be written: its name is " + length
                        + " bytes long and file systems allow at most " + NAME_LIMIT + "; use a shorter source name");
            }
        }
    }
}
