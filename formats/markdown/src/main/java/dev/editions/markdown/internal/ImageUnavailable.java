package dev.editions.markdown.internal;

/**
 * A picture the report names but Editions will not read: a remote address, a file that does not
 * exist, or a path outside the report's folder. A content problem, not a broken source: the reader
 * keeps the picture's alt text with a warning (as for a dead link) instead of refusing the report.
 */
final class ImageUnavailable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String code;

    ImageUnavailable(String code, String reason) {
        super(reason, null, false, false);
        this.code = code;
    }

    /** The warning's code, e.g. {@code image.remote}. */
    String code() {
        return code;
    }
}
