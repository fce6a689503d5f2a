package dev.editions.markdown;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.editions.fixtures.Fixtures;
import dev.editions.model.Document;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The round trip: reading a written edition gives the document in Markdown's canonical form, and
 * writing that again gives the same bytes.
 */
class RoundTripTest {
    @TestFactory
    Stream<DynamicTest> roundTrips() {
        return Stream.of(
                roundTrip("sample", Fixtures::sample),
                roundTrip("feature-rich", Fixtures::featureRich),
                roundTrip("inline-marks", Fixtures::inlineMarks),
                roundTrip("notes", Fixtures::notes),
                roundTrip("blocks", Fixtures::blocks),
                roundTrip("large-report", () -> Fixtures.largeReport(100)));
    }

    private static DynamicTest roundTrip(String name, Supplier<Document> fixture) {
        return DynamicTest.dynamicTest(name, () -> {
            Document original = fixture.get();
            byte[] written = EditionsUnderTest.writeKept(original, name);
            CleanMarkdown.check(name, new String(written, StandardCharsets.UTF_8));
            assertArrayEquals(written, EditionsUnderTest.write(original), "writing twice gives the same bytes");
            Document read = EditionsUnderTest.read(name, written);
            assertEquals(Canonical.of(original), read, "reading the edition gives the document");
            byte[] again = EditionsUnderTest.write(read);
            assertEquals(new String(written, StandardCharsets.UTF_8), new String(again, StandardCharsets.UTF_8),
                    "writing the read document gives the same bytes");
            assertEquals(read, EditionsUnderTest.read(name, again));
        });
    }
}
