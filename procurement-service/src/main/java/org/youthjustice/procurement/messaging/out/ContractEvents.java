package org.youthjustice.procurement.messaging.out;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.youthjustice.platform.messaging.Outbox;
import org.youthjustice.procurement.domain.Coverage;
import org.youthjustice.procurement.domain.ServiceContract;

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
}
