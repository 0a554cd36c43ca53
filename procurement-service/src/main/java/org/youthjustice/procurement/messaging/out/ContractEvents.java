package org.youthjustice.procurement.messaging.out;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.youthjustice.platform.messaging.Outbox;
import org.youthjustice.procurement.domain.ContractEvaluation;
import org.youthjustice.procurement.domain.ContractPayment;
import org.youthjustice.procurement.domain.Coverage;
import org.youthjustice.procurement.domain.Money;
import org.youthjustice.procurement.domain.ServiceContract;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The events of procurement-service on {@code contracts.v1}, keyed by contract id (so that one contract's events stay
 * in order), written to the outbox in the caller's transaction. Organisations, codes and amounts only: no person.
 */
@ApplicationScoped
public class ContractEvents {

    public static final String TOPIC = "contracts.v1";

    @Inject
    Outbox outbox;

    /** An understaffing episode of {@code contract} that began on {@code since}, with today's figures. */
    public void understaffed(ServiceContract contract, String reason, Coverage coverage, LocalDate since) {
        outbox.publish(TOPIC, contract.id.toString(), ContractUnderstaffed.TYPE, ContractUnderstaffed.VERSION,
                new ContractUnderstaffed(contract.id, contract.number, contract.purchaserCode, contract.providerCode,
                        reason, coverage.fundedPosts(), coverage.filledPosts(), coverage.activeClients(),
                        coverage.clientRatio(), coverage.clientsPerFilledPost(), since, coverage.asOf()));
    }

    public void paymentMade(ServiceContract contract, ContractPayment payment, BigDecimal paidTotal,
            BigDecimal budget) {
        outbox.publish(TOPIC, contract.id.toString(), PaymentMade.TYPE, PaymentMade.VERSION,
                new PaymentMade(contract.id, contract.number, contract.purchaserCode, contract.providerCode,
                        payment.id, payment.instalment, payment.milestone.name(), Money.fen(payment.paidAmount),
                        payment.paidOn, Money.fen(paidTotal), Money.fen(budget)));
    }

    /** {@code contract.budget-threshold} at {@code percent} (80 or 100) of {@code budget}, by the payment {@code on}. */
    public void budgetThresholdReached(ServiceContract contract, int percent, BigDecimal budget, BigDecimal paidTotal,
            LocalDate on) {
        outbox.publish(TOPIC, contract.id.toString(), BudgetThresholdReached.TYPE, BudgetThresholdReached.VERSION,
                new BudgetThresholdReached(contract.id, contract.number, contract.purchaserCode,
                        contract.providerCode, percent, Money.fen(budget), Money.fen(paidTotal),
                        Money.divide(paidTotal.multiply(BigDecimal.valueOf(100)), budget), on));
    }

    public void evaluationCompleted(ServiceContract contract, ContractEvaluation evaluation) {
        outbox.publish(TOPIC, contract.id.toString(), EvaluationCompleted.TYPE, EvaluationCompleted.VERSION,
                new EvaluationCompleted(contract.id, contract.number, contract.purchaserCode, contract.providerCode,
                        evaluation.id, evaluation.evaluatedOn, evaluation.score, evaluation.rating.name(),
                        evaluation.rating.needsRectification(), evaluation.barredUntil));
    }
}
