package org.youthjustice.procurement.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.youthjustice.procurement.service.Amendment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

@Schema(description = "An amendment of the terms: its reason and the terms it changes; an absent term stays")
public record AmendmentRequest(
        @NotBlank
        @Size(max = 1000)
        @Schema(description = "Why; kept with the amendment, never published", examples = "Two more posts for 2027")
        String reason,

        @Schema(examples = "2027-01-01")
        LocalDate periodStart,

        @Schema(description = "Last day of service (inclusive)", examples = "2028-06-30")
        LocalDate periodEnd,

        @Min(1) @Max(10_000)
        @Schema(examples = "5")
        Integer fundedPosts,

        @Positive @Digits(integer = 12, fraction = 2)
        @Schema(description = "CNY; the funding sources must still add up to it", examples = "500000.00")
        BigDecimal budget,

        @Size(min = 1, max = 3)
        @Schema(description = "Replaces the funding: each source once, adding up to the budget")
        List<@NotNull @Valid FundingShareRequest> fundingSources,

        @Size(min = 1, max = 50)
        @Schema(description = "Replaces the sites served", examples = "[\"JO-440104-01\", \"CT-440104\"]")
        List<@NotNull @Pattern(regexp = SiteCodes.PATTERN, message = SiteCodes.MESSAGE) String> sites) {

    Amendment toAmendment() {
        return new Amendment(reason, periodStart, periodEnd, fundedPosts, budget,
                fundingSources == null ? null : TermsInput.funding(fundingSources),
                sites == null ? null : TermsInput.sites(sites));
    }
}
