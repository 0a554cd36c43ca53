package org.youthjustice.procurement.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.youthjustice.platform.caller.Caller;
import org.youthjustice.platform.paging.Page;
import org.youthjustice.platform.paging.PageRequest;
import org.youthjustice.platform.problem.FieldError;
import org.youthjustice.platform.problem.ProblemException;
import org.youthjustice.platform.time.ServiceZone;
import org.youthjustice.procurement.domain.ContractEvaluation;
import org.youthjustice.procurement.domain.ContractPayment;
import org.youthjustice.procurement.domain.ContractStatus;
import org.youthjustice.procurement.domain.Milestone;
import org.youthjustice.procurement.domain.Money;
import org.youthjustice.procurement.domain.PaymentStatus;
import org.youthjustice.procurement.domain.ServiceContract;
import org.youthjustice.procurement.domain.Withholding;
import org.youthjustice.procurement.messaging.out.ContractEvents;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A contract's payment in instalments: planned (numbered 1, 2, 3 in order, the planned total within the budget of
 * the terms in force), then paid (the paid total within the budget; a mid-term instalment only after an evaluation;
 * nothing while an unqualified evaluation withholds), publishing {@code payment.made} and, once each, the budget
 * thresholds. Write access: the purchaser's procurement officers and admins (ContractScope).
 */
@ApplicationScoped
@Transactional
public class ContractPayments {

    /** Instalments are planned while the contract is drafted, awarded or running. */
    static final Set<ContractStatus> PLANNABLE = EnumSet.of(ContractStatus.DRAFT, ContractStatus.AWARDED,
            ContractStatus.ACTIVE);
    /** Money flows only to an awarded or running contract. */
    static final Set<ContractStatus> PAYABLE = EnumSet.of(ContractStatus.AWARDED, ContractStatus.ACTIVE);

    @Inject
    ContractLocks locks;

    @Inject
    ContractScope scope;

    @Inject
    BudgetThresholds thresholds;

    @Inject
    ContractEvents events;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    public ContractPayment plan(UUID contractId, NewPayment planned) {
        ServiceContract contract = locks.managed(contractId);
        if (!PLANNABLE.contains(contract.status)) {
            throw ProblemException.conflict("Instalments are planned for a DRAFT, AWARDED or ACTIVE contract; this "
                    + "one is " + contract.status + ".").with("contractStatus", contract.status.name());
        }
        List<ContractPayment> instalments = ContractPayment.of(contractId);
        BigDecimal amount = Money.fen(planned.plannedAmount());
        BigDecimal budget = contract.terms().budget;
        BigDecimal plannedTotal = instalments.stream().map(p -> p.plannedAmount).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        BigDecimal unplanned = Money.fen(budget.subtract(plannedTotal));
        if (amount.compareTo(unplanned) > 0) {
            throw ProblemException.unprocessable("Planning " + amount + " CNY would take the planned instalments "
                    + "beyond the budget of " + Money.fen(budget) + " CNY: " + unplanned + " CNY remain unplanned.",
                    List.of(new FieldError("plannedAmount", "budget",
                            "at most " + unplanned + " CNY remain unplanned")));
        }
        ContractPayment payment = new ContractPayment();
        payment.id = UUID.randomUUID();
        payment.contractId = contractId;
        payment.instalment = instalments.size() + 1;
        payment.milestone = planned.milestone();
        payment.plannedAmount = amount;
        payment.plannedOn = planned.plannedOn();
        payment.createdAt = Instant.now(clock);
        payment.createdBy = caller.subject();
        payment.persist();
        return payment;
    }

    public Instalment disburse(UUID contractId, UUID paymentId, BigDecimal paidAmount, LocalDate paidOn) {
        ServiceContract contract = locks.managed(contractId);
        ContractPayment payment = find(contractId, paymentId);
        if (!PAYABLE.contains(contract.status)) {
            throw ProblemException.conflict("Instalments are paid to an AWARDED or ACTIVE contract; this one is "
                    + contract.status + ".").with("contractStatus", contract.status.name());
        }
        if (payment.paid()) {
            throw ProblemException.conflict("Instalment " + payment.instalment + " was paid on " + payment.paidOn
                    + ".");
        }
        if (paidOn.isAfter(ServiceZone.today(clock))) {
            throw ProblemException.unprocessable("A payment is recorded once made, not for a day to come.",
                    List.of(new FieldError("paidOn", "future", "must not be after today")));
        }
        BigDecimal amount = Money.fen(paidAmount);
        BigDecimal budget = contract.terms().budget;
        BigDecimal paidBefore = ContractPayment.paidTotal(contractId);
        BigDecimal remaining = Money.fen(budget.subtract(paidBefore));
        if (amount.compareTo(remaining) > 0) {
            throw ProblemException.unprocessable("Paying " + amount + " CNY would exceed the budget of "
                    + Money.fen(budget) + " CNY: " + remaining + " CNY remain to be paid.",
                    List.of(new FieldError("paidAmount", "budget", "at most " + remaining + " CNY remain")));
        }
        List<ContractEvaluation> evaluations = ContractEvaluation.of(contractId);
        if (payment.milestone == Milestone.MID_TERM && evaluations.isEmpty()) {
            throw ProblemException.unprocessable("A mid-term instalment is paid after a performance evaluation; "
                    + "this contract has none yet.",
                    List.of(new FieldError("milestone", "evaluation", "MID_TERM is paid after an evaluation")));
        }
        List<ContractPayment> instalments = ContractPayment.of(contractId);
        Optional<Withholding> withholding = Withholding.of(evaluations, instalments);
        if (withholding.isPresent()) {
            Withholding held = withholding.get();
            throw ProblemException.unprocessable("Instalment " + held.instalment() + " is withheld after the "
                    + "unqualified evaluation " + held.evaluationId() + ": nothing is paid until a later evaluation "
                    + "rates the contract qualified or better.", List.of())
                    .with("evaluationId", held.evaluationId().toString())
                    .with("withheldInstalment", held.instalment());
        }
        payment.paidAmount = amount;
        payment.paidOn = paidOn;
        payment.paidAt = Instant.now(clock);
        payment.paidBy = caller.subject();
        BigDecimal paidTotal = paidBefore.add(amount);
        events.paymentMade(contract, payment, paidTotal, budget);
        thresholds.reached(contract, budget, paidTotal, paidOn);
        return new Instalment(payment, PaymentStatus.PAID, null);
    }

    /** A contract's instalments in order, with where each stands; for every reader of the contract. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Instalment> instalments(UUID contractId, PageRequest page) {
        scope.readable(contractId);
        List<ContractPayment> all = ContractPayment.of(contractId);
        Optional<Withholding> withholding = Withholding.of(ContractEvaluation.of(contractId), all);
        return Page.slice(all, page).map(p -> Instalment.of(p, withholding));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Instalment instalment(UUID contractId, UUID paymentId) {
        scope.readable(contractId);
        ContractPayment payment = find(contractId, paymentId);
        Optional<Withholding> withholding = Withholding.of(ContractEvaluation.of(contractId),
                ContractPayment.of(contractId));
        return Instalment.of(payment, withholding);
    }

    private static ContractPayment find(UUID contractId, UUID paymentId) {
        return ContractPayment.<ContractPayment>findByIdOptional(paymentId)
                .filter(p -> p.contractId.equals(contractId))
                .orElseThrow(() -> ProblemException.notFound("No payment " + paymentId + " of this contract."));
    }
}
