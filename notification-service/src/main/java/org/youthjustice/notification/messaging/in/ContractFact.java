package org.youthjustice.notification.messaging.in;

import java.util.UUID;

/**
 * The fields notification-service reads of procurement-service's events on {@code contracts.v1}: every contract
 * event carries the contract, its number, the purchasing department and the provider; other fields are ignored.
 */
public record ContractFact(UUID contractId, String number, String purchaserCode, String providerCode) {

    public static final String EXPIRING = "contract.expiring";
    public static final String BUDGET_THRESHOLD = "contract.budget-threshold";
    public static final String UNDERSTAFFED = "contract.understaffed";
    public static final String EVALUATION_COMPLETED = "evaluation.completed";

    /** Every type on the topic that names a contract (payment.made and the lifecycle events included). */
    public boolean namesAContract() {
        return contractId != null && number != null && purchaserCode != null && providerCode != null;
    }
}
