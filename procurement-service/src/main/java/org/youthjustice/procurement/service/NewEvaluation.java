package org.youthjustice.procurement.service;

import org.youthjustice.procurement.domain.Scorecard;

import java.time.LocalDate;
import java.util.List;

/** A performance evaluation to record: who evaluated (an organisation), when, the scored indicators, the plan. */
public record NewEvaluation(String evaluator, LocalDate evaluatedOn, List<Scorecard.Line> indicators,
                            String rectificationPlan) {
}
