package dev.editions.read;

import dev.editions.Diagnostics;
import dev.editions.EditionsException;
import dev.editions.model.LegalText;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The bytes of a report to read, with its name (for messages and edition file names) and, when it
 * is a file, its path (for resolving relative resources such as images).
 */
public final class Source {
    /** The largest source accepted, in bytes (64 MiB); larger files are refused before reading. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;
    /** The longest line accepted, in characters; longer lines are refused (no report has them). */
    public static final int MAX_LINE_CHARACTERS = 1_000_000;

    private final String name;
    private final Path path;
    private final byte[] bytes;

    private Source(String name, Path path, byte[] bytes) {
        this.name = name;
        this.path = path;
        this.bytes = bytes;
    }

    /**
     * Reads a source file.
     *
     * @throws EditionsException when the file is missing, a directory, unreadable or over {@link #MAX_BYTES}
     */
    public static Source of(Path file) {
        Objects.requireNonNull(file, "file");
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw EditionsException.of(name, "is a directory, not a report file");
        }
        if (!Files.exists(file)) {
            throw EditionsException.of(name, "no such file");
        }
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw EditionsException.of(name, "is " + (size / (1024 * 1024)) + " MiB; sources over "
                        + (MAX_BYTES / (1024 * 1024)) + " MiB are refused");
            }
            return new Source(name, file, Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw EditionsException.of(name, "no such file", e);
        } catch (AccessDeniedException e) {
            throw EditionsException.of(name, "cannot be read: permission denied", e);
        } catch (IOException e) {
            throw EditionsException.of(name, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** A source held in memory, e.g. a resource; {@code name} should end with the format's extension. */
    public static Source of(String name, byte[] bytes) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length > MAX_BYTES) {
            throw EditionsException.of(name, "is " + (bytes.length / (1024 * 1024)) + " MiB; sources over "
                    + (MAX_BYTES / (1024 * 1024)) + " MiB are refused");
        }
        return new Source(name, null, bytes.clone());
    }

    /** The name used in messages: the path as given, or the in-memory name. */
    public String name() {
        return name;
    }

    /** The file name without its folder and extension, used to name editions. */
    public String baseName() {
        return baseNameOf(path != null && path.getFileName() != null ? path.getFileName().toString() : name);
    }

    /** The extension of the name in lower case, without a dot, or an empty string. */
    public String extension() {
        return extensionOf(name);
    }

    /** The base name of a file name or path: {@code reports/annual.txt} gives {@code annual}. */
    public static String baseNameOf(String fileName) {
        String last = fileName.substring(fileName.lastIndexOf('/') + 1);
        int dot = last.lastIndexOf('.');
        return dot > 0 ? last.substring(0, dot) : last;
    }

    /** The extension of a file name or path in lower case, without a dot, or an empty string. */
    public static String extensionOf(String fileName) {
        String last = fileName.substring(fileName.lastIndexOf('/') + 1);
        int dot = last.lastIndexOf('.');
        return dot > 0 ? last.substring(dot + 1).toLowerCase(java.util.Locale.ROOT) : "";
    }

    /** The file the source was read from, if any. */
    public Optional<Path> path() {
        return Optional.ofNullable(path);
    }

    /** A copy of the bytes. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The number of bytes. */
    public int size() {
        return bytes.length;
    }

    /**
     * The text of the source, decoded strictly by {@link TextDecoder}, with LF line ends and only
     * characters an edition can hold ({@link LegalText}): the others are removed, with a warning
     * naming the line to {@code diagnostics}. Readers read their text through this method.
     *
     * @throws EditionsException when the bytes are not text or a line is longer than
     *     {@link #MAX_LINE_CHARACTERS}
     */
    public String text(Diagnostics diagnostics) {
        String text = checkedText();
        return LegalText.cleanLines(text, (line, removed) -> diagnostics.warn(line, "text.illegal-character",
                LegalText.removedMessage(removed, "this line")));
    }

    /**
     * The text of the source as {@link #text(Diagnostics)} gives it, without the warnings about the
     * characters removed.
     *
     * @throws EditionsException when the bytes are not text or a line is too long
     */
    public String text() {
        return text(new Diagnostics(name));
    }

    private String checkedText() {
        String text = TextDecoder.decode(name, bytes);
        int line = 1;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            if (end - start > MAX_LINE_CHARACTERS) {
                throw EditionsException.atLine(name, line, -1, "the line is " + String.format("%,d", end - start)
                        + " characters long; lines over " + String.format("%,d", MAX_LINE_CHARACTERS)
                        + " characters are refused");
            }
            line++;
            start = end + 1;
        }
        return text;
    }
}
