package org.youthjustice.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FlatnessTest {

    @Test
    void aSeriesWhoseLastThirdIsWithinTenPerCentOfItsFirstIsFlat() {
        Flatness f = Flatness.of(new double[] {300, 310, 305, 320, 315, 325, 320, 330, 325}, 0.10, 0);

        assertTrue(f.flat());
        assertEquals(305, f.firstThird(), 1e-9);
        assertEquals(325, f.lastThird(), 1e-9);
        assertEquals("flat", f.verdict());
    }

    @Test
    void aSeriesGrowingMoreThanThatIsRising() {
        Flatness f = Flatness.of(new double[] {300, 320, 340, 360, 380, 400}, 0.10, 0);

        assertFalse(f.flat());
        assertEquals("**rising**", f.verdict());
        assertEquals(100.0 * (390 - 310) / 310, f.changePercent(), 1e-9);
    }

    @Test
    void aSeriesShrinkingMoreThanThatIsFalling() {
        assertEquals("**falling**", Flatness.of(new double[] {100, 100, 50, 50, 20, 20}, 0.10, 0).verdict());
    }

    @Test
    void aSmallAbsoluteChangeOfACountFromZeroIsFlatWhenNegligible() {
        assertTrue(Flatness.of(new double[] {0, 0, 0, 2, 3, 4}, 0.10, 10).flat());
        assertFalse(Flatness.of(new double[] {0, 0, 0, 2, 3, 4}, 0.10, 0).flat());
    }

    @Test
    void missingSamplesAreLeftOutAndFewerThanThreeSayNothing() {
        assertTrue(Flatness.of(new double[] {100, Double.NaN, 100, 105, Double.NaN, 104}, 0.10, 0).flat());
        Flatness none = Flatness.of(new double[] {1, Double.NaN, 2}, 0.10, 0);
        assertFalse(none.known());
        assertTrue(none.verdict().startsWith("n/a"));
    }
}
