package dev.editions.model;

/**
 * The type and pixel size of a PNG or JPEG picture, read from its first bytes.
 *
 * @param mediaType {@code image/png} or {@code image/jpeg}
 * @param width the width in pixels
 * @param height the height in pixels
 */
record ImageHeader(String mediaType, int width, int height) {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    static ImageHeader read(String name, byte[] bytes) {
        if (startsWith(bytes, PNG_SIGNATURE)) {
            return png(name, bytes);
        }
        if (bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
            return jpeg(name, bytes);
        }
        throw new IllegalArgumentException("image '" + name + "' is not a PNG or JPEG picture");
    }

    private static ImageHeader png(String name, byte[] b) {
        // The IHDR chunk must come first: length (4), type "IHDR" (4), width (4), height (4).
        if (b.length < 24 || b[12] != 'I' || b[13] != 'H' || b[14] != 'D' || b[15] != 'R') {
            throw new IllegalArgumentException("image '" + name + "' is a damaged PNG picture (no IHDR header)");
        }
        return sized(name, Image.PNG, int32(b, 16), int32(b, 20));
    }

    private static ImageHeader jpeg(String name, byte[] b) {
        int i = 2;
        while (i + 3 < b.length) {
            if ((b[i] & 0xFF) != 0xFF) {
                break;
            }
            int marker = b[i + 1] & 0xFF;
            if (marker == 0xFF) {
                i++;
                continue;
            }
            if (marker == 0xD8 || marker >= 0xD0 && marker <= 0xD7 || marker == 0x01) {
                i += 2;
                continue;
            }
            int length = int16(b, i + 2);
            boolean startOfFrame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (startOfFrame && i + 8 < b.length) {
                return sized(name, Image.JPEG, int16(b, i + 7), int16(b, i + 5));
            }
            if (length < 2) {
                break;
            }
            i += 2 + length;
        }
        throw new IllegalArgumentException("image '" + name + "' is a damaged JPEG picture (no frame header)");
    }

    private static ImageHeader sized(String name, String type, int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("image '" + name + "' has no pixels (" + width + "x" + height + ")");
        }
        return new ImageHeader(type, width, height);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int int32(byte[] b, int at) {
        return (b[at] & 0xFF) << 24 | (b[at + 1] & 0xFF) << 16 | (b[at + 2] & 0xFF) << 8 | b[at + 3] & 0xFF;
    }

    private static int int16(byte[] b, int at) {
        return (b[at] & 0xFF) << 8 | b[at + 1] & 0xFF;
    }
}
