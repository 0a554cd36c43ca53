package org.youthjustice.procurement.domain;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The weighted indicators of an evaluation: each of the five indicators exactly once, integer weights adding up to
 * 100, scores out of 100 with at most two decimals. The score is Σ weight × score ÷ 100, rounded half up to two
 * decimals once, at the end (so 89.995 is 90.00, EXCELLENT).
 */
public final class Scorecard {

    public record Line(Indicator indicator, int weight, BigDecimal score) {
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Map<Indicator, Line> lines;

    private Scorecard(Map<Indicator, Line> lines) {
        this.lines = lines;
    }

    /** The scorecard of {@code lines}, or why they do not make one (each indicator once, weights adding up to 100). */
    public static Scorecard of(List<Line> lines) {
        Map<Indicator, Line> byIndicator = new EnumMap<>(Indicator.class);
        for (Line line : lines) {
            if (byIndicator.put(line.indicator(), line) != null) {
                throw new Refused("each indicator is scored once; " + line.indicator() + " appears twice");
            }
        }
        if (byIndicator.size() != Indicator.values().length) {
            throw new Refused("each of the five indicators (INPUT, PROCESS, OUTPUT, OUTCOME, SATISFACTION) is scored");
        }
        int weights = byIndicator.values().stream().mapToInt(Line::weight).sum();
        if (weights != 100) {
            throw new Refused("the weights add up to " + weights + ", not 100");
        }
        return new Scorecard(byIndicator);
    }

    public Line line(Indicator indicator) {
        return lines.get(indicator);
    }

    /** The scorecard's lines in the order of {@link Indicator}. */
    public List<Line> lines() {
        return List.copyOf(lines.values());
    }

    /** Σ weight × score ÷ 100, half up to the hundredth. */
    public BigDecimal score() {
        BigDecimal weighted = lines.values().stream()
                .map(line -> line.score().multiply(BigDecimal.valueOf(line.weight())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return weighted.divide(HUNDRED, 2, Money.ROUNDING);
    }

    public Rating rating() {
        return Rating.of(score());
    }

    /** Lines that do not make a scorecard; the message says why, without personal data. */
    public static final class Refused extends RuntimeException {

        Refused(String message) {
            super(message, null, false, false);
        }
    }
}
