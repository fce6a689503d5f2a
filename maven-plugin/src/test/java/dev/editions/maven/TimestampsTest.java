package dev.editions.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.editions.EditionsException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Maven's reproducible timestamp in both its forms, and one clear error for anything else. */
class TimestampsTest {
    @Test
    void secondsAndIsoInstantsAreRead() {
        assertEquals(Instant.ofEpochSecond(1_700_000_000L), Timestamps.parse("1700000000"));
        assertEquals(Instant.parse("2026-01-01T00:00:00Z"), Timestamps.parse(" 2026-01-01T01:00:00+01:00 "));
        assertNull(Timestamps.parse(null));
        assertNull(Timestamps.parse("a"), "one character turns reproducible timestamps off");
    }

    @Test
    void aMalformedTimestampIsOneEditionsError() {
        EditionsException e = assertThrows(EditionsException.class, () -> Timestamps.parse("last tuesday"));
        assertEquals("project.build.outputTimestamp: 'last tuesday' is neither seconds since 1970 nor an ISO-8601"
                + " date and time such as 2026-01-01T00:00:00Z", e.getMessage());
        assertThrows(EditionsException.class, () -> Timestamps.parse("99999999999999999999999"));
    }
}
