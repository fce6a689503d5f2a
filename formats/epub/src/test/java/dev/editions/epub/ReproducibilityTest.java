package dev.editions.epub;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dev.editions.fixtures.Fixtures;
import dev.editions.model.Document;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/** Republishing the same report with the same options gives the same bytes, wherever it runs. */
class ReproducibilityTest {
    @Test
    void republishingGivesIdenticalBytes() {
        Document document = Fixtures.featureRich();
        byte[] first = Books.bytes(document, Books.paginated(document, 2));
        byte[] second = Books.bytes(Fixtures.featureRich(), Books.paginated(Fixtures.featureRich(), 2));

        assertArrayEquals(first, second);
    }

    @Test
    void timeZoneDoesNotChangeTheBytes() {
        TimeZone original = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            byte[] east = Books.bytes(Fixtures.sample(), Books.OPTIONS);
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Pago_Pago"));
            byte[] west = Books.bytes(Fixtures.sample(), Books.OPTIONS);

            assertArrayEquals(east, west);
        } finally {
            TimeZone.setDefault(original);
        }
    }
}
