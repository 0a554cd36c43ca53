package org.youthjustice.procurement.messaging.out;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.youthjustice.platform.messaging.Outbox;

/**
 * The events of procurement-service on {@code contracts.v1}, keyed by contract id (so that one contract's events stay
 * in order), written to the outbox in the caller's transaction. Organisations, codes and amounts only: no person.
 */
@ApplicationScoped
public class ContractEvents {

    public static final String TOPIC = "contracts.v1";

    @Inject
    Outbox outbox;
}
