package dev.editions.markdown.internal;

import dev.editions.EditionsException;
import dev.editions.model.Image;
import dev.editions.read.Source;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Loads the pictures a Markdown source refers to, safely: only files in the source's own folder (or
 * below it) and {@code data:} URIs are read. Remote addresses, absolute paths and paths that climb
 * out of the folder are refused, and nothing is ever fetched. A file is opened once, by its real path
 * without following a link, and its size and bytes come from that one opening. Every picture is
 * decoded in full before use ({@link PictureDecoder}): one over the pixel limit, damaged or
 * truncated is refused with its name and line.
 */
public final class ImageLoader {
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    private final Source source;
    private final long maxPixels;
    private int unnamed;

    /** A loader for the pictures of {@code source}, refusing those of more than {@code maxPixels} pixels. */
    public ImageLoader(Source source, long maxPixels) {
        this.source = source;
        this.maxPixels = maxPixels;
    }

    /**
     * The picture at {@code address}, referred to on {@code line}.
     *
     * @throws ImageUnavailable when the picture is remote, missing or outside the report's folder
     * @throws EditionsException naming the line when the picture cannot be decoded, is too large or is
     *     not a PNG or JPEG
     */
    public Image load(String address, int line) {
        String target = address.strip();
        if (target.isEmpty()) {
            throw refused(line, "an image has no address");
        }
        if (DataUri.isDataUri(target)) {
            return fromDataUri(target, line);
        }
        if (SCHEME.matcher(target).find() || target.startsWith("//")) {
            throw new ImageUnavailable("image.remote", "the image '" + shorten(target) + "' is not a file beside the"
                    + " report; remote images are not fetched: save the picture in the report's folder and give its"
                    + " relative path");
        }
        return fromFile(target, line);
    }

    private Image fromDataUri(String uri, int line) {
        Optional<DataUri.Parts> parts;
        try {
            parts = DataUri.parse(uri);
        } catch (IllegalArgumentException e) {
            throw EditionsException.atLine(source.name(), line, -1, "an embedded image is not valid base64 data", e);
        }
        if (parts.isEmpty()) {
            throw refused(line, "an embedded image must be base64 data (data:image/png;base64,…)");
        }
        String name = parts.get().name() != null ? parts.get().name() : "image-" + (++unnamed);
        return picture(name, "the embedded image '" + name + "'", parts.get().bytes(), line);
    }

    private Image fromFile(String address, int line) {
        Path folder = source.path().map(p -> p.toAbsolutePath().normalize().getParent()).orElseThrow(
                () -> new ImageUnavailable("image.missing", "the image '" + address + "' cannot be read: the report"
                        + " was not read from a file, so there is no folder to find it in"));
        String relative = URLDecoder.decode(address.replace("+", "%2B"), StandardCharsets.UTF_8);
        Path file;
        try {
            Path given = Path.of(relative);
            if (given.isAbsolute() || relative.startsWith("/") || relative.startsWith("\\")) {
                throw new ImageUnavailable("image.outside", "the image path '" + address
                        + "' is absolute; give a path relative to the report");
            }
            file = folder.resolve(given).normalize();
        } catch (InvalidPathException e) {
            throw refused(line, "the image path '" + address + "' is not a valid file path");
        }
        if (!file.startsWith(folder)) {
            throw new ImageUnavailable("image.outside", "the image path '" + address + "' leaves the report's"
                    + " folder; images must be in the report's folder or below it");
        }
        Path real;
        try {
            real = file.toRealPath();
            if (!real.startsWith(folder.toRealPath())) {
                throw new ImageUnavailable("image.outside", "the image '" + address
                        + "' links to a file outside the report's folder");
            }
        } catch (NoSuchFileException e) {
            throw new ImageUnavailable("image.missing", "the image '" + address + "' does not exist (looked for "
                    + file + ")");
        } catch (IOException e) {
            throw cannotRead(address, line, e);
        }
        return picture(file.getFileName().toString(), "the image '" + address + "'", readOnce(real, address, line),
                line);
    }

    /** The bytes of {@code file}, opened once without following a link, sized and read from that opening. */
    private byte[] readOnce(Path file, String address, int line) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            long size = channel.size();
            if (size > Source.MAX_BYTES) {
                throw refused(line, "the image '" + address + "' is larger than "
                        + (Source.MAX_BYTES / (1024 * 1024)) + " MiB");
            }
            ByteBuffer bytes = ByteBuffer.allocate((int) size);
            while (bytes.hasRemaining() && channel.read(bytes) >= 0) {
                // Reads until the size found at opening; a file that shrinks meanwhile ends early.
            }
            return Arrays.copyOf(bytes.array(), bytes.position());
        } catch (IOException e) {
            throw cannotRead(address, line, e);
        }
    }

    private EditionsException cannotRead(String address, int line, IOException e) {
        String reason = e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : e.getMessage();
        return EditionsException.atLine(source.name(), line, -1, "the image '" + address + "' cannot be read: "
                + reason, e);
    }

    /** The picture {@code bytes}, called {@code name}, refused at {@code line} unless it decodes in full. */
    private Image picture(String name, String described, byte[] bytes, int line) {
        Image image;
        try {
            image = Image.of(name, bytes);
        } catch (IllegalArgumentException e) {
            throw EditionsException.atLine(source.name(), line, -1, e.getMessage(), e);
        }
        String problem = PictureDecoder.problem(image, maxPixels);
        if (problem != null) {
            throw refused(line, described + " " + problem);
        }
        return image;
    }

    private EditionsException refused(int line, String problem) {
        return EditionsException.atLine(source.name(), line, -1, problem);
    }

    private static String shorten(String address) {
        return address.length() > 80 ? address.substring(0, 77) + "…" : address;
    }
}
