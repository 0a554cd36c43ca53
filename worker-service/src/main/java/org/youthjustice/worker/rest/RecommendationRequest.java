package org.youthjustice.worker.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.youthjustice.worker.domain.CaseType;
import org.youthjustice.worker.domain.RiskLevel;
import org.youthjustice.worker.domain.Specialisation;
import org.youthjustice.worker.service.AllocationService.NewCase;

import java.util.Set;

@Schema(description = "The new case that needs a lead worker")
public record RecommendationRequest(
        @NotBlank
        @Pattern(regexp = SiteCodes.PATTERN, message = SiteCodes.MESSAGE)
        @Pattern(regexp = ".*-[0-9]{6}(-.*)?", message = "must contain a 6-digit district code, e.g. JO-440104-01")
        @Schema(description = "The case's supervising judicial office", examples = "JO-440104-01")
        String officeCode,

        @NotNull
        CaseType caseType,

        @Schema(description = "Absent before the first assessment; a HIGH case needs more free capacity")
        RiskLevel riskLevel,

        @Schema(description = "Specialisations the case needs; a worker with more of them ranks higher")
        Set<@NotNull Specialisation> specialisations,

        @Min(1)
        @Max(50)
        @Schema(description = "Most candidates to return, default 10")
        Integer limit) {

    private static final int DEFAULT_LIMIT = 10;

    NewCase toNewCase() {
        return new NewCase(officeCode, caseType, riskLevel, specialisations);
    }

    int limitOrDefault() {
        return limit == null ? DEFAULT_LIMIT : limit;
    }
}
