package dev.editions.read;

import dev.editions.EditionsException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes source bytes into text, strictly: UTF-8 (with or without a byte order mark) or UTF-16 with
 * a byte order mark. Malformed bytes are an error naming their offset, never replaced silently;
 * binary files (PDF, images, archives) are recognised and refused by name. Line ends become LF.
 */
public final class TextDecoder {
    private TextDecoder() {
    }

    /**
     * Decodes {@code bytes} read from {@code source}.
     *
     * @throws EditionsException when the source is empty, binary or not valid UTF-8/UTF-16
     */
    public static String decode(String source, byte[] bytes) {
        if (bytes.length == 0) {
            throw EditionsException.of(source, "is empty");
        }
        String text;
        if (startsWith(bytes, 0xFE, 0xFF)) {
            text = strict(source, bytes, 2, StandardCharsets.UTF_16BE, "UTF-16");
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            text = strict(source, bytes, 2, StandardCharsets.UTF_16LE, "UTF-16");
        } else {
            refuseBinary(source, bytes);
            int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
            text = strict(source, bytes, start, StandardCharsets.UTF_8, "UTF-8");
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static void refuseBinary(String source, byte[] bytes) {
        String kind = binaryKind(bytes);
        if (kind != null) {
            throw EditionsException.of(source, "is " + kind + ", not a text report");
        }
        int limit = Math.min(bytes.length, 8192);
        for (int i = 0; i < limit; i++) {
            if (bytes[i] == 0) {
                throw EditionsException.atByte(source, i,
                        "contains a NUL byte: this is a binary file, not a text report");
            }
        }
    }

    private static String binaryKind(byte[] b) {
        if (startsWith(b, '%', 'P', 'D', 'F')) {
            return "a PDF document";
        }
        if (startsWith(b, 0x89, 'P', 'N', 'G')) {
            return "a PNG image";
        }
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return "a JPEG image";
        }
        if (startsWith(b, 'G', 'I', 'F', '8')) {
            return "a GIF image";
        }
        if (startsWith(b, 'P', 'K', 3, 4) || startsWith(b, 'P', 'K', 5, 6)) {
            return "a ZIP archive (such as a DOCX or EPUB file)";
        }
        if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0)) {
            return "a legacy Microsoft Office document";
        }
        if (startsWith(b, 0x1F, 0x8B)) {
            return "a gzip archive";
        }
        return null;
    }

    private static String strict(String source, byte[] bytes, int start, Charset charset, String label) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L,
                (long) ((bytes.length - start) * (double) decoder.maxCharsPerByte()) + 1));
        CoderResult result = decoder.decode(in, out, true);
        if (result.isUnderflow()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            throw EditionsException.atByte(source, offset, "invalid " + label + " ("
                    + describe(bytes, offset, result.length()) + " on line " + lineAt(bytes, start, offset)
                    + "); save the file as " + label);
        }
        if (result.isOverflow()) {
            throw new IllegalStateException(new CharacterCodingException());
        }
        out.flip();
        return out.toString();
    }

    private static String describe(byte[] bytes, int offset, int length) {
        StringBuilder hex = new StringBuilder("byte");
        hex.append(length > 1 ? "s" : "");
        for (int i = offset; i < Math.min(bytes.length, offset + Math.max(1, length)); i++) {
            hex.append(String.format(" 0x%02X", bytes[i] & 0xFF));
        }
        return hex.toString();
    }

    private static int lineAt(byte[] bytes, int start, int offset) {
        int line = 1;
        for (int i = start; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
