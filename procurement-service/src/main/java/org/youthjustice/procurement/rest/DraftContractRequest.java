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
import org.youthjustice.platform.problem.ValidCreditCode;
import org.youthjustice.procurement.domain.PurchaseMode;
import org.youthjustice.procurement.domain.ServiceType;
import org.youthjustice.procurement.service.NewContract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

@Schema(description = "A service-purchase contract to draft")
public record DraftContractRequest(
        @NotNull
        @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{2,39}", message = "must be 3 to 40 capitals, digits or hyphens")
        @Schema(description = "The purchaser's contract number; postings name it as their contract",
                examples = "GZ-JUS-2026-001")
        String number,

        @NotBlank
        @Size(max = 200)
        @Schema(examples = "Judicial social work at the Yuexiu judicial offices, 2027")
        String title,

        @NotNull
        @Pattern(regexp = "DP-[0-9A-Z-]{2,36}", message = "must be DP- and 2 to 36 capitals, digits or hyphens")
        @Schema(description = "The purchasing department; an officer's own", examples = "DP-4401-JUSTICE")
        String purchaserCode,

        @NotNull
        @ValidCreditCode
        @Schema(description = "Unified social-credit code of the provider agency", examples = "52440100MJL123454L")
        String providerCode,

        @NotNull
        @Schema(examples = "BY_POST")
        PurchaseMode purchaseMode,

        @NotNull
        @Schema(examples = "JUDICIAL_SOCIAL_WORK")
        ServiceType serviceType,

        @NotNull
        @Size(min = 1, max = 50)
        @Schema(description = "Judicial office and court codes served", examples = "[\"JO-440104-01\"]")
        List<@NotNull @Pattern(regexp = SiteCodes.PATTERN, message = SiteCodes.MESSAGE) String> sites,

        @NotNull
        @Schema(description = "First day of service", examples = "2027-01-01")
        LocalDate periodStart,

        @NotNull
        @Schema(description = "Last day of service (inclusive); at most five years after periodStart",
                examples = "2027-12-31")
        LocalDate periodEnd,

        @NotNull @Min(1) @Max(10_000)
        @Schema(examples = "3")
        Integer fundedPosts,

        @Positive @Digits(integer = 12, fraction = 2)
        @Schema(description = "CNY per post-year; default yjs.cost-model (100000)", examples = "100000.00")
        BigDecimal unitCostPerPostYear,

        @Min(1) @Max(200)
        @Schema(description = "Clients per full-time social worker; default yjs.cost-model (20)", examples = "20")
        Integer clientRatio,

        @NotNull @Positive @Digits(integer = 12, fraction = 2)
        @Schema(description = "CNY, at most two decimals", examples = "300000.00")
        BigDecimal budget,

        @NotNull
        @Size(min = 1, max = 3)
        @Schema(description = "Each source once; the amounts add up to the budget")
        List<@NotNull @Valid FundingShareRequest> fundingSources) {

    NewContract toNewContract() {
        return new NewContract(number, title, purchaserCode, providerCode, purchaseMode, serviceType,
                TermsInput.sites(sites), periodStart, periodEnd, fundedPosts, unitCostPerPostYear, clientRatio, budget,
                TermsInput.funding(fundingSources));
    }
}
