package org.youthjustice.procurement.messaging.out;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Data of {@code evaluation.completed} v1 on {@code contracts.v1}, keyed by contract id: a performance evaluation was
 * recorded with its score and rating; {@code barredUntil} is set when it was unqualified (the provider is barred from
 * new awards until that day). Neither the evaluator nor the rectification plan travel.
 */
public record EvaluationCompleted(UUID contractId, String number, String purchaserCode, String providerCode,
                                  UUID evaluationId, LocalDate evaluatedOn, BigDecimal score,
                                  String rating, boolean rectificationRequired, LocalDate barredUntil) {

    public static final String TYPE = "evaluation.completed";
    public static final int VERSION = 1;
}
