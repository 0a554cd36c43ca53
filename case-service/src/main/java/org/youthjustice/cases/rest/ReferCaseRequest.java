package org.youthjustice.cases.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.youthjustice.cases.domain.CaseType;
import org.youthjustice.cases.domain.CorrectionKind;
import org.youthjustice.cases.domain.ReferralSource;
import org.youthjustice.cases.service.Guardian;
import org.youthjustice.cases.service.NewReferral;
import org.youthjustice.platform.identity.IdentityNumber;

import java.time.LocalDate;
import java.util.List;

@Schema(description = "A referral of a juvenile by the caller's court. A CORRECTION case needs correctionKind, the "
        + "period and the offence date (the juvenile under 18 on it); a PREVENTION case needs referralSource.")
public record ReferCaseRequest(
        @NotNull
        @Schema(examples = "CORRECTION")
        CaseType type,

        @Schema(description = "For CORRECTION only", examples = "PROBATION")
        CorrectionKind correctionKind,

        @Schema(description = "For PREVENTION only", examples = "SCHOOL")
        ReferralSource referralSource,

        @NotNull
        @Pattern(regexp = SiteCodes.PATTERN, message = SiteCodes.MESSAGE)
        @Schema(description = "Supervising judicial office (司法所)", examples = "JO-440104-01")
        String officeCode,

        @Schema(description = "First day of the correction period", examples = "2026-12-01")
        LocalDate periodStart,

        @Schema(description = "Last day of the correction period", examples = "2027-11-30")
        LocalDate periodEnd,

        @Schema(description = "Day of the offence; the juvenile must have been under 18 on it", examples = "2026-05-10")
        LocalDate offenceDate,

        @NotNull
        @Pattern(regexp = "[0-9]{6}", message = "must be a six-digit GB/T 2260 code")
        @Schema(description = "District (GB/T 2260; Dongguan and Zhongshan: the city) the case is filed under",
                examples = "440104")
        String regionCode,

        @Pattern(regexp = "[0-9A-Za-z-]{1,40}", message = "must be 1 to 40 letters, digits or dashes")
        @Schema(description = "Grid (网格) of the community", examples = "440104-003-07")
        String gridCode,

        @NotNull
        @Valid
        JuvenileRequest juvenile) {

    /**
     * The referral this request makes, its identity number parsed into the value carried from here on; called once
     * the request is valid (its {@code @ValidIdentityNumber} passed).
     */
    NewReferral toNewReferral() {
        List<Guardian> guardians = juvenile.guardians() == null ? List.of()
                : juvenile.guardians().stream().map(g -> new Guardian(g.name().strip(), g.phone())).toList();
        return new NewReferral(type, correctionKind, referralSource, officeCode, periodStart, periodEnd, offenceDate,
                regionCode, gridCode, juvenile.name(), IdentityNumber.parse(juvenile.identityNumber()),
                juvenile.phone(), juvenile.address().strip(), guardians);
    }
}
