package dev.editions.markdown.internal;

import dev.editions.model.Blocks;
import dev.editions.model.Document;
import dev.editions.model.Image;
import dev.editions.write.CompanionFiles;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Where a Markdown edition keeps its pictures: as files beside it, {@code images/HASH/NAME}, where HASH
 * is the start of the SHA-256 of the bytes and NAME the picture's own file name (or
 * {@code image.png}/{@code image.jpg} when that name is not a plain file name). The folder per content
 * keeps names unique without renaming, so reading the edition back gives pictures of the same name,
 * and the same document always gives the same paths.
 */
public final class ImageFiles {
    /** The folder the pictures are in, relative to the edition. */
    public static final String FOLDER = "images";
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]{0,99}");
    private static final int HASH_HEX = 16;

    private ImageFiles() {
    }

    /** The relative path of {@code image}'s file, which is also its address in the edition. */
    public static String path(Image image) {
        String name = PLAIN_NAME.matcher(image.name()).matches() ? image.name() : "image." + image.extension();
        return FOLDER + "/" + hash(image.bytes()) + "/" + name;
    }

    /** Adds the file of every picture of {@code document} to {@code files}. */
    public static void addAll(Document document, CompanionFiles files) {
        Blocks.forEachImage(Blocks.withNotes(document), image -> files.add(path(image), image.bytes()));
    }

    private static String hash(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return HexFormat.of().formatHex(digest).substring(0, HASH_HEX);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }
}
