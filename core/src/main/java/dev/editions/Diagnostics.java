package dev.editions;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Collects the {@link Diagnostic}s about one source while it is read or its editions are written.
 * Thread-safe; readers and writers are handed one and call {@link #warn(long, String, String)}.
 */
public final class Diagnostics {
    /** The most diagnostics kept for one source; the rest are counted in one last diagnostic. */
    public static final int MAX_KEPT = 200;

    private final String source;
    private final List<Diagnostic> found = new ArrayList<>();
    private int dropped;

    /** A collector for diagnostics about {@code source}. */
    public Diagnostics(String source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    /** The source the diagnostics are about. */
    public String source() {
        return source;
    }

    /** Records a problem at a 1-based line ({@code -1} when not known). */
    public synchronized void warn(long line, String code, String message) {
        if (found.size() < MAX_KEPT) {
            found.add(new Diagnostic(source, line, code, message));
        } else {
            dropped++;
        }
    }

    /**
     * Whether more diagnostics would only be counted, so a caller can skip working out their details
     * (a line number, a message).
     */
    public synchronized boolean isFull() {
        return found.size() >= MAX_KEPT;
    }

    /** Records a problem whose line is worked out only if it will be kept. */
    public void warn(java.util.function.LongSupplier line, String code, String message) {
        if (isFull()) {
            synchronized (this) {
                dropped++;
            }
        } else {
            warn(line.getAsLong(), code, message);
        }
    }

    /** Records diagnostics found earlier, e.g. while reading. */
    public synchronized void addAll(java.util.Collection<Diagnostic> earlier) {
        for (Diagnostic diagnostic : earlier) {
            if (found.size() < MAX_KEPT) {
                found.add(diagnostic);
            } else {
                dropped++;
            }
        }
    }

    /** Records a problem about the source as a whole. */
    public void warn(String code, String message) {
        warn(-1, code, message);
    }

    /** What has been recorded so far, in order. */
    public synchronized List<Diagnostic> list() {
        if (dropped == 0) {
            return List.copyOf(found);
        }
        List<Diagnostic> all = new ArrayList<>(found);
        all.add(Diagnostic.of(source, "diagnostics.more", dropped + " more warnings about this source are not shown"));
        return List.copyOf(all);
    }
}
