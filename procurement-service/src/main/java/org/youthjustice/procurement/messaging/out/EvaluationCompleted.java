package org.youthjustice.procurement.messaging.out;

import com.fasterxml.jackson.annotation.JsonRawValue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Data of {@code evaluation.completed} v1 on {@code contracts.v1}, keyed by contract id: a performance evaluation was
 * recorded with its score and rating; {@code barredUntil} is set when it was unqualified (the provider is barred from
 * new awards until that day). Neither the evaluator nor the rectification plan travel.
 *
 * <p>Amounts are written as their exact decimal text ({@code @JsonRawValue}): the outbox turns the data into a JSON
 * tree, whose default number handling strips trailing zeros ({@code 1000000.00} would travel as {@code 1E+6}).
 */
public record EvaluationCompleted(UUID contractId, String number, String purchaserCode, String providerCode,
                                  UUID evaluationId, LocalDate evaluatedOn, @JsonRawValue BigDecimal score,
                                  String rating, boolean rectificationRequired, LocalDate barredUntil) {

    public static final String TYPE = "evaluation.completed";
    public static final int VERSION = 1;
}
