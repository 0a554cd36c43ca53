package org.youthjustice.procurement.domain;

import java.math.BigDecimal;

/** The rating of a performance evaluation's score out of 100: excellent ≥ 90, good ≥ 80, qualified ≥ 60. */
public enum Rating {
    EXCELLENT(90), GOOD(80), QUALIFIED(60), UNQUALIFIED(0);

    private final BigDecimal from;

    Rating(int from) {
        this.from = BigDecimal.valueOf(from);
    }

    public static Rating of(BigDecimal score) {
        for (Rating rating : values()) {
            if (score.compareTo(rating.from) >= 0) {
                return rating;
            }
        }
        throw new IllegalArgumentException("a score is between 0 and 100");
    }

    /** Below good, the provider owes a rectification plan. */
    public boolean needsRectification() {
        return compareTo(GOOD) > 0;
    }
}
