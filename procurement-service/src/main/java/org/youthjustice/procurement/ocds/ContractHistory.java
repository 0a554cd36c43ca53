package org.youthjustice.procurement.ocds;

import org.youthjustice.procurement.domain.ContractPayment;
import org.youthjustice.procurement.domain.ContractStatus;
import org.youthjustice.procurement.domain.ContractStatusChange;
import org.youthjustice.procurement.domain.ContractTerms;
import org.youthjustice.procurement.domain.Provider;
import org.youthjustice.procurement.domain.PurchasingDepartment;
import org.youthjustice.procurement.domain.ServiceContract;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Everything a contract's releases are made of, read once: the contract, its two organisations, every version of
 * its terms (oldest first), its status changes (in order) and its paid instalments (by time of payment).
 */
public record ContractHistory(ServiceContract contract, PurchasingDepartment purchaser, Provider provider,
        List<ContractTerms> terms, List<ContractStatusChange> changes, List<ContractPayment> payments) {

    public static ContractHistory of(ServiceContract contract) {
        return new ContractHistory(contract, PurchasingDepartment.findById(contract.purchaserCode),
                Provider.findById(contract.providerCode), ContractTerms.history(contract.id),
                ContractStatusChange.history(contract.id),
                ContractPayment.of(contract.id).stream().filter(ContractPayment::paid)
                        .sorted(Comparator.comparing(ContractHistory::paidAt)
                                .thenComparingInt(payment -> payment.instalment))
                        .toList());
    }

    /** When a payment was recorded as paid; the start of its day of payment for a row without that instant. */
    static Instant paidAt(ContractPayment payment) {
        return payment.paidAt != null ? payment.paidAt : OcdsDates.startOf(payment.paidOn);
    }

    /** The terms in force at {@code at}: the latest version made by then (version 1 before any). */
    ContractTerms termsAt(Instant at) {
        ContractTerms inForce = terms.get(0);
        for (ContractTerms version : terms) {
            if (!version.changedAt.isAfter(at)) {
                inForce = version;
            }
        }
        return inForce;
    }

    /** The status at {@code at}: the target of the last change made by then. */
    ContractStatus statusAt(Instant at) {
        ContractStatus status = ContractStatus.DRAFT;
        for (ContractStatusChange change : changes) {
            if (!change.changedAt.isAfter(at)) {
                status = change.toStatus;
            }
        }
        return status;
    }

    /** The move out of DRAFT: the award, or a termination before any award. */
    Optional<ContractStatusChange> leftDraft() {
        return changes.stream().filter(change -> change.fromStatus == ContractStatus.DRAFT).findFirst();
    }

    /** When the contract reached {@code status}, if it did. */
    Optional<Instant> reached(ContractStatus status) {
        return changes.stream().filter(change -> change.toStatus == status).map(change -> change.changedAt)
                .findFirst();
    }

    /** The move that closed or terminated the contract after the award, if any. */
    Optional<ContractStatusChange> ending() {
        return changes.stream().filter(change -> change.fromStatus != null && change.fromStatus != ContractStatus.DRAFT
                && (change.toStatus == ContractStatus.CLOSED || change.toStatus == ContractStatus.TERMINATED))
                .findFirst();
    }

    boolean paidBy(Instant at) {
        return payments.stream().anyMatch(payment -> !paidAt(payment).isAfter(at));
    }
}
