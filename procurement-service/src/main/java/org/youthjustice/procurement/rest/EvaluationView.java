package org.youthjustice.procurement.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.youthjustice.procurement.domain.ContractEvaluation;
import org.youthjustice.procurement.domain.Indicator;
import org.youthjustice.procurement.domain.Rating;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(description = "A performance evaluation of a contract and what follows from it")
public record EvaluationView(
        UUID id,
        String evaluator,
        LocalDate evaluatedOn,
        List<IndicatorScore> indicators,
        @Schema(description = "Σ weight × score ÷ 100, half up to two decimals") BigDecimal score,
        @Schema(description = "EXCELLENT ≥ 90, GOOD ≥ 80, QUALIFIED ≥ 60, UNQUALIFIED below") Rating rating,
        String rectificationPlan,
        @Schema(description = "True while this unqualified evaluation is the contract's latest: its next unpaid "
                + "instalment is withheld") boolean withholdsNextInstalment,
        @Schema(description = "Unqualified only: the provider is barred from new awards until this day")
        LocalDate barredUntil) {

    static EvaluationView of(ContractEvaluation e, boolean withholds) {
        List<IndicatorScore> indicators = List.of(
                new IndicatorScore(Indicator.INPUT, e.inputWeight, e.inputScore),
                new IndicatorScore(Indicator.PROCESS, e.processWeight, e.processScore),
                new IndicatorScore(Indicator.OUTPUT, e.outputWeight, e.outputScore),
                new IndicatorScore(Indicator.OUTCOME, e.outcomeWeight, e.outcomeScore),
                new IndicatorScore(Indicator.SATISFACTION, e.satisfactionWeight, e.satisfactionScore));
        return new EvaluationView(e.id, e.evaluator, e.evaluatedOn, indicators, e.score, e.rating,
                e.rectificationPlan, withholds, e.barredUntil);
    }
}
