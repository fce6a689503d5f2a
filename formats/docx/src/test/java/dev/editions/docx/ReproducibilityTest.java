package dev.editions.docx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.editions.fixtures.Fixtures;
import dev.editions.write.EditionOptions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/** The same document and options give the same bytes, whatever the clock or time zone says. */
class ReproducibilityTest {
    @Test
    void republishingGivesIdenticalBytes() throws InterruptedException {
        byte[] first = Editions.docx(Fixtures.featureRich());
        Thread.sleep(1100);
        TimeZone zone = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            assertArrayEquals(first, Editions.docx(Fixtures.featureRich()));
        } finally {
            TimeZone.setDefault(zone);
        }
    }

    @Test
    void theLargeReportIsReproducible() {
        assertArrayEquals(Editions.of("large-report"), Editions.docx(Fixtures.largeReport(100)));
    }

    @Test
    void datesComeFromTheOptionsNotTheClock() throws IOException {
        Instant fixed = Instant.parse("2021-03-04T05:06:07Z");
        byte[] docx = Editions.docx(Fixtures.sample(), EditionOptions.builder().timestamp(fixed).build());
        String core = Parts.text(docx, "docProps/core.xml");
        assertTrue(core.contains("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2021-03-04T05:06:07Z</dcterms:created>"), core);
        assertTrue(core.contains("<dcterms:modified xsi:type=\"dcterms:W3CDTF\">2021-03-04T05:06:07Z</dcterms:modified>"), core);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
            int entries = 0;
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                assertEquals(LocalDateTime.parse("2021-03-04T05:06:06"), e.getTimeLocal(), e.getName());
                entries++;
            }
            assertTrue(entries > 5);
        }
    }
}
