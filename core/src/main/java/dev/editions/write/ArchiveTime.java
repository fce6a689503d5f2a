package dev.editions.write;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The time to stamp on every entry of a ZIP-based edition (DOCX, EPUB): the run's time as a UTC
 * wall-clock time, moved into the range a ZIP entry stores without an extra field whatever the time
 * zone, so the same document gives the same bytes wherever it is written.
 */
public final class ArchiveTime {
    /** Times before this one need an extra field in some time zone. */
    static final LocalDateTime EARLIEST = LocalDateTime.of(1980, 1, 2, 0, 0);
    /** The last time a ZIP entry's date field holds. */
    static final LocalDateTime LATEST = LocalDateTime.of(2107, 12, 31, 23, 59, 58);

    private ArchiveTime() {
    }

    /** The entry time for editions modified at {@code modified}. */
    public static LocalDateTime of(Instant modified) {
        LocalDateTime local = LocalDateTime.ofInstant(modified, ZoneOffset.UTC);
        return local.isBefore(EARLIEST) ? EARLIEST : local.isAfter(LATEST) ? LATEST : local;
    }
}
