package dev.editions.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The scaling check passes a step that doubles with its size and fails one that quadruples. */
class GrowthTest {
    private static final List<Integer> SIZES = List.of(10_000, 20_000, 40_000);

    @Test
    void aLinearStepPasses() {
        Growth growth = new Growth(SIZES, List.of(400.0, 820.0, 1_700.0));
        assertEquals(2.05, growth.factors().get(0), 0.001);
        assertTrue(growth.linear());
    }

    @Test
    void aQuadraticStepFails() {
        assertFalse(new Growth(SIZES, List.of(400.0, 1_600.0, 6_400.0)).linear());
        assertEquals(4.0, new Growth(SIZES, List.of(400.0, 1_600.0, 6_400.0)).meanFactor(), 0.001);
    }

    @Test
    void oneNoisyMeasurementInTheMiddleDoesNotDecide() {
        assertTrue(new Growth(SIZES, List.of(600.0, 370.0, 1_290.0)).linear());
        assertFalse(new Growth(SIZES, List.of(400.0, 3_000.0, 3_400.0)).linear());
    }

    @Test
    void stepsUnderTheNoiseFloorAreNotJudged() {
        assertTrue(new Growth(SIZES, List.of(5.0, 20.0, 80.0)).linear());
        assertFalse(new Growth(SIZES, List.of(5.0, 40.0, 160.0)).linear());
    }

    @Test
    void everyShapeGrowsWithItsSize() {
        for (ScalingShape shape : ScalingShape.all()) {
            int small = shape.source().apply(1_000).length();
            int large = shape.source().apply(2_000).length();
            assertEquals(2.0, (double) large / small, 0.1, shape.name());
        }
        assertThrows(IllegalArgumentException.class, () -> new Growth(SIZES, List.of(1.0)));
    }
}
