package dev.editions.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class HeadingLevelsTest {
    private static List<Integer> structural(int... levels) {
        HeadingLevels headings = new HeadingLevels();
        return IntStream.of(levels).map(headings::next).boxed().toList();
    }

    @Test
    void levelsAreNeverSkipped() {
        assertEquals(List.of(2, 3, 4, 1, 2, 3), structural(3, 4, 6, 1, 2, 5));
    }

    @Test
    void wellFormedLevelsAreKept() {
        assertEquals(List.of(1, 2, 3, 2, 1), structural(1, 2, 3, 2, 1));
    }
}
