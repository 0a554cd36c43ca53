package org.youthjustice.procurement.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.youthjustice.procurement.service.NewEvaluation;

import java.time.LocalDate;
import java.util.List;

@Schema(description = "A third-party performance evaluation of a contract")
public record EvaluationRequest(
        @NotBlank @Size(max = 200)
        @Schema(description = "The evaluating organisation (a third party), not a person",
                examples = "Guangzhou Social Work Evaluation Centre")
        String evaluator,

        @NotNull
        @Schema(description = "Day of the evaluation; not after today", examples = "2027-06-30")
        LocalDate evaluatedOn,

        @NotNull @Size(max = 5)
        @Schema(description = "INPUT, PROCESS, OUTPUT, OUTCOME and SATISFACTION, each exactly once; the weights "
                + "add up to 100")
        List<@NotNull @Valid IndicatorScore> indicators,

        @Size(max = 4000)
        @Schema(description = "Required below GOOD (score under 80); kept when given at any rating",
                examples = "Monthly supervision of each worker's visit records from July.")
        String rectificationPlan) {

    NewEvaluation toNewEvaluation() {
        return new NewEvaluation(evaluator, evaluatedOn, indicators.stream().map(IndicatorScore::toLine).toList(),
                rectificationPlan);
    }
}
