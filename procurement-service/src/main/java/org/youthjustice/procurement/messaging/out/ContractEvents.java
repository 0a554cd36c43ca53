package org.youthjustice.procurement.messaging.out;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.youthjustice.platform.messaging.Outbox;
import org.youthjustice.procurement.domain.ContractEvaluation;
import org.youthjustice.procurement.domain.ContractPayment;
import org.youthjustice.procurement.domain.ContractTerms;
import org.youthjustice.procurement.domain.Coverage;
import org.youthjustice.procurement.domain.Money;
import org.youthjustice.procurement.domain.ServiceContract;
import org.youthjustice.procurement.domain.TermsChange;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

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

    public void awarded(ServiceContract c, ContractTerms terms, Instant at) {
        publish(c, ContractAwarded.TYPE, ContractAwarded.VERSION, new ContractAwarded(c.id, c.number,
                c.purchaserCode, c.providerCode, c.serviceType.name(), c.purchaseMode.name(), List.copyOf(terms.sites),
                terms.periodStart, terms.periodEnd, terms.fundedPosts, terms.clientRatio, Money.fen(terms.budget), at));
    }

    public void activated(ServiceContract c, ContractTerms terms, Instant at) {
        publish(c, ContractActivated.TYPE, ContractActivated.VERSION, new ContractActivated(c.id, c.number,
                c.purchaserCode, c.providerCode, List.copyOf(terms.sites), terms.periodStart, terms.periodEnd,
                terms.fundedPosts, terms.clientRatio, at));
    }

    public void amended(ServiceContract c, ContractTerms terms, int amendment, Set<TermsChange> changes) {
        publish(c, ContractAmended.TYPE, ContractAmended.VERSION, new ContractAmended(c.id, c.number,
                c.purchaserCode, c.providerCode, amendment, terms.version, changes.stream().map(Enum::name).toList(),
                List.copyOf(terms.sites), terms.periodStart, terms.periodEnd, terms.fundedPosts, terms.clientRatio,
                Money.fen(terms.budget), terms.changedAt));
    }

    public void closed(ServiceContract c, Instant at) {
        publish(c, ContractClosed.TYPE, ContractClosed.VERSION,
                new ContractClosed(c.id, c.number, c.purchaserCode, c.providerCode, at));
    }

    public void terminated(ServiceContract c, Instant at) {
        publish(c, ContractTerminated.TYPE, ContractTerminated.VERSION,
                new ContractTerminated(c.id, c.number, c.purchaserCode, c.providerCode, at));
    }

    public void expiring(ServiceContract c, ContractTerms terms, int daysBefore, LocalDate noticedOn) {
        publish(c, ContractExpiring.TYPE, ContractExpiring.VERSION, new ContractExpiring(c.id, c.number,
                c.purchaserCode, c.providerCode, terms.periodEnd, daysBefore, noticedOn));
    }

    private void publish(ServiceContract c, String type, int version, Object data) {
        outbox.publish(TOPIC, c.id.toString(), type, version, data);
    }
}
