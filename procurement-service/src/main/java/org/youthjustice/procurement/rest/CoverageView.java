package org.youthjustice.procurement.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.youthjustice.procurement.domain.Coverage;
import org.youthjustice.procurement.domain.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A contract's coverage today, from its current terms and the events of worker-service and case-service. */
@Schema(description = "A contract's coverage today: posts, clients, services, visits and budget burn. Posts, clients, "
        + "services and visits come from other services' events, so they may lag a moment behind")
public record CoverageView(
        UUID contractId,
        @Schema(description = "The day the figures are for: today in China") LocalDate asOf,
        @Schema(description = "Posts funded by the current terms") int fundedPosts,
        @Schema(description = "Posts filled today: the sum of the fractions of full time of the provider's postings at "
                + "the contract's sites that cover today and overlap the period; a posting naming another contract "
                + "does not count") BigDecimal filledPosts,
        @Schema(description = "Post-days left vacant from the period's start to today (or its end, if earlier): the sum "
                + "over those days of max(0, funded − filled that day), two decimals") BigDecimal vacancyPostDays,
        @Schema(description = "Cases at the contract's sites (by judicial office or court) whose latest status is not "
                + "CLOSED; a case still REFERRED counts") long activeClients,
        @Schema(description = "Clients per worker the terms fund") int clientRatio,
        @Schema(description = "Active clients ÷ filled posts, two decimals half up; null while no post is filled",
                nullable = true) BigDecimal clientsPerFilledPost,
        @Schema(description = "More active clients than the ratio allows for the filled posts (also with clients and "
                + "no post filled)") boolean ratioExceeded,
        @Schema(description = "Minutes of service the provider's workers recorded at the sites within the period")
        long serviceMinutes,
        @Schema(description = "Visits at the sites within the period whose latest outcome is completed")
        long visitsCompleted,
        @Schema(description = "Visits at the sites within the period whose latest outcome is missed") long visitsMissed,
        @Schema(description = "Budget of the current terms, CNY") BigDecimal budget,
        @Schema(description = "Paid so far, CNY") BigDecimal paidTotal,
        @Schema(description = "Paid total × 100 ÷ budget, two decimals half up") BigDecimal burnPercent,
        @Schema(description = "Budget × 365 ÷ days of the period ÷ active clients, CNY rounded half up to the fen; null "
                + "without active clients", nullable = true) BigDecimal costPerClientYear,
        @Schema(description = "Always CNY") String currency) {

    static CoverageView of(UUID contractId, Coverage c) {
        return new CoverageView(contractId, c.asOf(), c.fundedPosts(), c.filledPosts(), c.vacancyPostDays(),
                c.activeClients(), c.clientRatio(), c.clientsPerFilledPost(), c.ratioExceeded(), c.serviceMinutes(),
                c.visitsCompleted(), c.visitsMissed(), c.budget(), c.paidTotal(), c.burnPercent(),
                c.costPerClientYear(), Money.CURRENCY);
    }
}
