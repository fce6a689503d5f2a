package dev.editions.write;

import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The files an edition writes beside itself, such as the pictures of a Markdown edition, each named
 * by a path relative to the edition's folder ({@code images/3f9a…/chart.png}). A writer adds them
 * while it writes; the publisher writes each to a temporary file and moves them into place together
 * with the edition, so they are committed (or left out) with it. A writer called outside a
 * publication leaves them here for its caller.
 *
 * <p>Paths are plain: segments of letters, digits, {@code .}, {@code _} and {@code -}, separated by
 * {@code /}, none empty, hidden or {@code ..}; so a companion file can never land outside the
 * edition's folder. Writers derive names from content (a hash of the bytes), so the same document
 * gives the same files. Adding the same path twice with the same bytes keeps one file.
 */
public final class CompanionFiles {
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]{0,99}");
    private static final int MAX_DEPTH = 4;

    private final Map<String, byte[]> files = new TreeMap<>();

    /** An empty set of companion files. */
    public CompanionFiles() {
    }

    /**
     * Adds a file at {@code path} (relative, {@code /}-separated) holding {@code bytes}.
     *
     * @throws IllegalArgumentException when the path is not a plain relative path, or was added before
     *     with other bytes
     */
    public synchronized void add(String path, byte[] bytes) {
        String[] segments = path.split("/", -1);
        if (segments.length > MAX_DEPTH) {
            throw new IllegalArgumentException("a companion file path has more than " + MAX_DEPTH + " parts: " + path);
        }
        for (String segment : segments) {
            if (!SEGMENT.matcher(segment).matches() || segment.equals("..")) {
                throw new IllegalArgumentException("a companion file path must be relative, made of letters, digits,"
                        + " '.', '_' and '-' between '/': " + path);
            }
        }
        byte[] copy = bytes.clone();
        byte[] before = files.putIfAbsent(path, copy);
        if (before != null && !Arrays.equals(before, copy)) {
            throw new IllegalArgumentException("the companion file " + path + " was added twice with different content");
        }
    }

    /** The files by path, in path order; the arrays are the ones held, not to be changed. */
    public synchronized Map<String, byte[]> files() {
        return Collections.unmodifiableMap(new TreeMap<>(files));
    }

    /** Whether no file was added. */
    public synchronized boolean isEmpty() {
        return files.isEmpty();
    }
}
