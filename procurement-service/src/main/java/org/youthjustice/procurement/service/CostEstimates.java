package org.youthjustice.procurement.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.youthjustice.platform.caller.Caller;
import org.youthjustice.platform.problem.FieldError;
import org.youthjustice.platform.problem.ProblemException;
import org.youthjustice.procurement.config.CostModelConfig;
import org.youthjustice.procurement.domain.CostEstimate;
import org.youthjustice.procurement.domain.CostModel;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** Cost estimates for planned purchases, with the configured defaults where the request is silent. */
@ApplicationScoped
@Transactional
public class CostEstimates {

    /** Service-purchase contracts run for at most five years. */
    static final int MAX_MONTHS = 60;

    @Inject
    CostModelConfig defaults;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    public CostEstimate estimate(int expectedClients, Integer clientRatio, BigDecimal unitCost, LocalDate start,
            LocalDate end) {
        if (!end.isAfter(start) || ChronoUnit.MONTHS.between(start, end) < 1) {
            throw ProblemException.unprocessable("The period must last at least one month.",
                    List.of(new FieldError("periodEnd", "period", "must be at least one month after periodStart")));
        }
        if (ChronoUnit.MONTHS.between(start, end) > MAX_MONTHS) {
            throw ProblemException.unprocessable("The period must not exceed five years.",
                    List.of(new FieldError("periodEnd", "period", "must be at most 60 months after periodStart")));
        }
        int ratio = clientRatio != null ? clientRatio : defaults.clientRatio();
        BigDecimal cost = unitCost != null ? unitCost : defaults.unitCostPerPostYear();
        CostModel.Calculation calculation = CostModel.calculate(expectedClients, ratio, cost, start, end);

        CostEstimate estimate = new CostEstimate();
        estimate.id = UUID.randomUUID();
        estimate.expectedClients = expectedClients;
        estimate.clientRatio = ratio;
        estimate.unitCostPerPostYear = cost;
        estimate.periodStart = start;
        estimate.periodEnd = end;
        estimate.months = calculation.months();
        estimate.fundedPosts = calculation.fundedPosts();
        estimate.budget = calculation.budget();
        estimate.costPerClientYear = calculation.costPerClientYear();
        estimate.createdAt = Instant.now(clock);
        estimate.createdBy = caller.subject();
        estimate.persist();
        return estimate;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CostEstimate get(UUID id) {
        return CostEstimate.<CostEstimate>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("No cost estimate " + id + "."));
    }
}
