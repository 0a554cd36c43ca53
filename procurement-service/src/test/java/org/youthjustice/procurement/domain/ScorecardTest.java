package org.youthjustice.procurement.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScorecardTest {

    @Test
    void theScoreIsTheWeightedMeanRoundedHalfUpOnceAtTheEnd() {
        Scorecard halves = Scorecard.of(List.of(line(Indicator.INPUT, 50, "89.99"), line(Indicator.PROCESS, 50, "90.00"),
                line(Indicator.OUTPUT, 0, "0"), line(Indicator.OUTCOME, 0, "0"), line(Indicator.SATISFACTION, 0, "0")));
        assertEquals(new BigDecimal("90.00"), halves.score());
        assertEquals(Rating.EXCELLENT, halves.rating());

        Scorecard justBelow = Scorecard.of(List.of(line(Indicator.INPUT, 30, "59.98"), line(Indicator.PROCESS, 30, "60"),
                line(Indicator.OUTPUT, 20, "60"), line(Indicator.OUTCOME, 10, "60"), line(Indicator.SATISFACTION, 10, "60")));
        // 59.994 rounds to 59.99, not up to 60
        assertEquals(new BigDecimal("59.99"), justBelow.score());
        assertEquals(Rating.UNQUALIFIED, justBelow.rating());
    }

    @Test
    void ratingsChangeExactlyAtNinetyEightyAndSixty() {
        assertEquals(Rating.EXCELLENT, Rating.of(new BigDecimal("90.00")));
        assertEquals(Rating.GOOD, Rating.of(new BigDecimal("89.99")));
        assertEquals(Rating.GOOD, Rating.of(new BigDecimal("80.00")));
        assertEquals(Rating.QUALIFIED, Rating.of(new BigDecimal("79.99")));
        assertEquals(Rating.QUALIFIED, Rating.of(new BigDecimal("60.00")));
        assertEquals(Rating.UNQUALIFIED, Rating.of(new BigDecimal("59.99")));
        assertTrue(Rating.QUALIFIED.needsRectification() && !Rating.GOOD.needsRectification());
    }

    @Test
    void eachIndicatorOnceAndWeightsAddingUpTo100() {
        List<Scorecard.Line> lines = new ArrayList<>();
        for (Indicator indicator : Indicator.values()) {
            lines.add(line(indicator, 20, "80"));
        }
        assertEquals(new BigDecimal("80.00"), Scorecard.of(lines).score());

        List<Scorecard.Line> heavy = new ArrayList<>(lines);
        heavy.set(0, line(Indicator.INPUT, 19, "80"));
        assertTrue(assertThrows(Scorecard.Refused.class, () -> Scorecard.of(heavy)).getMessage().contains("99"));
        List<Scorecard.Line> twice = new ArrayList<>(lines);
        twice.set(1, line(Indicator.INPUT, 20, "80"));
        assertThrows(Scorecard.Refused.class, () -> Scorecard.of(twice));
        assertThrows(Scorecard.Refused.class, () -> Scorecard.of(lines.subList(0, 4)));
    }

    private static Scorecard.Line line(Indicator indicator, int weight, String score) {
        return new Scorecard.Line(indicator, weight, new BigDecimal(score));
    }
}
