package dev.editions.model;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The bytes of a PNG or JPEG picture, with its name, media type and pixel size read from its header.
 *
 * <p>Construction fails when the bytes are not a PNG or JPEG image, so writers never meet a picture
 * they cannot embed. The byte array is copied in and out; instances compare by content.
 *
 * @param name a file name for the picture, used for resource names, never blank
 * @param mediaType {@code image/png} or {@code image/jpeg}, detected from the bytes
 * @param width the width in pixels
 * @param height the height in pixels
 * @param bytes the encoded picture
 */
public record Image(String name, String mediaType, int width, int height, byte[] bytes) {
    /** The media type of PNG pictures. */
    public static final String PNG = "image/png";
    /** The media type of JPEG pictures. */
    public static final String JPEG = "image/jpeg";

    /** Checks that the stated type and size match the bytes; use {@link #of} to read them. */
    public Image {
        name = Check.notBlank(name, "image name").strip();
        Objects.requireNonNull(bytes, "image bytes must not be null");
        bytes = bytes.clone();
        ImageHeader read = ImageHeader.read(name, bytes);
        if (!read.mediaType().equals(mediaType) || read.width() != width || read.height() != height) {
            throw new IllegalArgumentException("image '" + name + "' is " + read.mediaType() + " " + read.width() + "x"
                    + read.height() + ", not " + mediaType + " " + width + "x" + height);
        }
    }

    /**
     * Reads an image's type and size from its bytes.
     *
     * @throws IllegalArgumentException naming the image when the bytes are not a readable PNG or JPEG
     */
    public static Image of(String name, byte[] bytes) {
        Objects.requireNonNull(bytes, "image bytes must not be null");
        ImageHeader header = ImageHeader.read(Check.notBlank(name, "image name").strip(), bytes);
        return new Image(name, header.mediaType(), header.width(), header.height(), bytes);
    }

    /** A copy of the encoded picture. */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The number of encoded bytes. */
    public int size() {
        return bytes.length;
    }

    /** The file extension for the media type, without a dot. */
    public String extension() {
        return PNG.equals(mediaType) ? "png" : "jpg";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Image that && name.equals(that.name) && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * name.hashCode() + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        String head = HexFormat.of().formatHex(bytes, 0, Math.min(4, bytes.length));
        return "Image[" + name + ", " + mediaType + ", " + width + "x" + height + ", " + bytes.length + " bytes, " + head + "…]";
    }
}
