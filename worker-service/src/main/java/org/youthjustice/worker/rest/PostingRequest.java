package org.youthjustice.worker.rest;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.youthjustice.worker.domain.SiteKind;
import org.youthjustice.worker.service.NewPosting;

import java.math.BigDecimal;
import java.time.LocalDate;

@Schema(description = "A posting of the worker to a site for a period and a fraction of full time")
public record PostingRequest(
        @NotNull
        @Pattern(regexp = SiteCodes.PATTERN, message = SiteCodes.MESSAGE)
        @Schema(examples = "JO-440104-01")
        String siteCode,

        @NotNull
        SiteKind siteKind,

        @NotNull
        @Schema(description = "First day of the posting", examples = "2026-01-01")
        LocalDate from,

        @Schema(description = "Last day of the posting; absent for an open-ended posting", examples = "2026-12-31")
        LocalDate to,

        @NotNull
        @DecimalMin(value = "0", inclusive = false)
        @DecimalMax("1")
        @Digits(integer = 1, fraction = 2)
        @Schema(description = "Fraction of full time, more than 0 and at most 1", examples = "0.5")
        BigDecimal fraction,

        @Pattern(regexp = "[0-9A-Za-z-]{1,40}", message = "must be 1 to 40 letters, digits or hyphens")
        @Schema(description = "The procurement contract the post is funded by", examples = "GZ-JUS-2026-001")
        String contractId,

        @NotNull
        @Min(1)
        @Max(7)
        @Schema(examples = "3")
        Integer dutyDaysPerWeek) {

    NewPosting toNewPosting() {
        return new NewPosting(siteCode, siteKind, from, to, fraction, contractId, dutyDaysPerWeek);
    }
}
