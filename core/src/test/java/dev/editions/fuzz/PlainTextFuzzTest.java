package dev.editions.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.editions.EditionsException;
import dev.editions.model.Document;
import dev.editions.normalise.Normaliser;
import dev.editions.read.PlainTextReader;
import dev.editions.read.Source;
import dev.editions.read.SourceKind;
import org.junit.jupiter.api.Tag;

/**
 * Fuzzes the plain-text reader and the standard normaliser with arbitrary bytes: the only error that
 * may escape is {@link EditionsException}, and every input must finish (Jazzer reports inputs that
 * hang or exhaust memory).
 *
 * <p>{@code mvn verify} replays the checked-in inputs under {@code src/test/resources}, then fuzzes
 * for {@code editions.fuzz.duration} (15 s; {@code -Deditions.fuzz.duration=10m} for a long run).
 */
@Tag("slow")
class PlainTextFuzzTest {
    private static final PlainTextReader READER = new PlainTextReader();
    private static final Normaliser NORMALISER = Normaliser.standard();

    @FuzzTest
    void readsAndNormalisesAnyBytes(byte[] bytes) {
        Document raw;
        try {
            raw = READER.read(Source.of("fuzz.txt", bytes));
        } catch (EditionsException expected) {
            return;
        }
        Document normalised = NORMALISER.normalise(raw, SourceKind.PLAIN_TEXT).document();
        for (var removal : normalised.removals()) {
            assertTrue(removal.keptIndex() < normalised.blocks().size(),
                    () -> "a removal names a kept block past the end: " + removal);
        }
    }
}
