package dev.editions.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.editions.EditionsException;
import dev.editions.model.Document;
import dev.editions.normalise.Normaliser;
import dev.editions.read.SourceKind;
import java.time.Duration;
import org.junit.jupiter.api.Tag;

/**
 * Fuzzes the Markdown reader with arbitrary bytes: the only error that may escape is
 * {@link EditionsException}, each input is read in bounded time, and whatever is read normalises, is
 * written as a Markdown edition, and reads back from that edition without error.
 *
 * <p>{@code mvn verify} replays the checked-in inputs under {@code src/test/resources}, then fuzzes
 * for {@code editions.fuzz.duration} (15 s; {@code -Deditions.fuzz.duration=10m} for a long run).
 */
@Tag("slow")
class MarkdownFuzzTest {
    private static final Normaliser NORMALISER = Normaliser.standard();
    private static final Duration BOUND = Duration.ofSeconds(10);

    @FuzzTest
    void readsAnyBytes(byte[] bytes) {
        long start = System.nanoTime();
        Document read;
        try {
            read = EditionsUnderTest.read("fuzz", bytes);
        } catch (EditionsException expected) {
            return;
        }
        Document normalised = NORMALISER.normalise(read, SourceKind.MARKUP).document();
        byte[] edition = EditionsUnderTest.write(normalised);
        Document again = EditionsUnderTest.read("fuzz", edition);
        assertEquals(normalised.metadata(), again.metadata());
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(took.compareTo(BOUND) < 0, "took " + took);
    }
}
