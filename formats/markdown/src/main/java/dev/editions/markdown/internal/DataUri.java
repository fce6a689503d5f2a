package dev.editions.markdown.internal;

import dev.editions.model.Image;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Pictures written into Markdown as {@code data:} URIs (RFC 2397), which keep a Markdown edition one
 * self-contained file: {@code data:image/png;name=chart.png;base64,iVBOR…}. The {@code name}
 * parameter carries the picture's file name so that reading the edition back gives the same image.
 */
public final class DataUri {
    private static final String PREFIX = "data:";
    private static final String BASE64 = ";base64,";

    private DataUri() {
    }

    /** Whether {@code uri} is a data URI. */
    public static boolean isDataUri(String uri) {
        return uri.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
    }

    /** The data URI of {@code image}, with its media type, name and base64 bytes. */
    public static String of(Image image) {
        return PREFIX + image.mediaType() + ";name=" + URLEncoder.encode(image.name(), StandardCharsets.UTF_8)
                .replace("+", "%20") + BASE64 + Base64.getEncoder().encodeToString(image.bytes());
    }

    /**
     * The parts of a base64 data URI, or empty when it is not one (for example plain percent-encoded
     * data, which pictures never use).
     *
     * @throws IllegalArgumentException when the base64 text is malformed
     */
    public static Optional<Parts> parse(String uri) {
        int comma = uri.indexOf(',');
        if (!isDataUri(uri) || comma < 0 || !uri.substring(0, comma + 1).toLowerCase(java.util.Locale.ROOT).endsWith(BASE64)) {
            return Optional.empty();
        }
        String name = null;
        for (String parameter : uri.substring(PREFIX.length(), comma - BASE64.length() + 1).split(";")) {
            if (parameter.startsWith("name=")) {
                name = URLDecoder.decode(parameter.substring(5), StandardCharsets.UTF_8);
            }
        }
        byte[] bytes = Base64.getMimeDecoder().decode(uri.substring(comma + 1));
        return Optional.of(new Parts(name, bytes));
    }

    /**
     * The decoded parts of a data URI.
     *
     * @param name the {@code name} parameter, or {@code null}
     * @param bytes the decoded bytes
     */
    public record Parts(String name, byte[] bytes) {
    }
}
