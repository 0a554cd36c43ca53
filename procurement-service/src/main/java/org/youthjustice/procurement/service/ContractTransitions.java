package org.youthjustice.procurement.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.youthjustice.platform.caller.Caller;
import org.youthjustice.platform.problem.ProblemException;
import org.youthjustice.procurement.domain.ContractStatus;
import org.youthjustice.procurement.domain.ContractStatusChange;
import org.youthjustice.procurement.domain.ServiceContract;
import org.youthjustice.procurement.messaging.out.ContractEvents;

import java.time.Clock;
import java.time.Instant;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * Moving contracts through {@code DRAFT → AWARDED → ACTIVE → CLOSED | TERMINATED}, each move kept with who made it,
 * when and why, and published on {@code contracts.v1} in the same transaction. One method per target status, so that
 * what an award needs stays in {@link #award}.
 */
@ApplicationScoped
@Transactional
public class ContractTransitions {

    @Inject
    Contracts contracts;

    @Inject
    ContractEvents events;

    @Inject
    AwardBar awardBar;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    public ServiceContract transition(UUID id, OptionalInt expectedRevision, ContractStatus to, String reason) {
        ServiceContract c = contracts.managedForUpdate(id, expectedRevision);
        if (!c.status.canMoveTo(to)) {
            throw ProblemException.conflict("Contract " + c.number + " is " + c.status + " and cannot move to " + to
                    + ".").with("allowed", c.status.next().stream().map(Enum::name).sorted().toList());
        }
        Instant now = Instant.now(clock);
        switch (to) {
            case AWARDED -> award(c, reason, now);
            case ACTIVE -> activate(c, reason, now);
            case CLOSED -> close(c, reason, now);
            case TERMINATED -> terminate(c, reason, now);
            case DRAFT -> throw new IllegalStateException("no status moves back to DRAFT");
        }
        ServiceContract.flush();
        return c;
    }

    /**
     * The purchaser awards the contract to its provider on the terms in force, unless an unqualified evaluation bars
     * the provider from new awards (422 naming the evaluation).
     */
    void award(ServiceContract c, String reason, Instant at) {
        awardBar.refuseIfBarred(c.providerCode);
        move(c, ContractStatus.AWARDED, reason, at);
        events.awarded(c, c.terms(), at);
    }

    void activate(ServiceContract c, String reason, Instant at) {
        move(c, ContractStatus.ACTIVE, reason, at);
        events.activated(c, c.terms(), at);
    }

    void close(ServiceContract c, String reason, Instant at) {
        move(c, ContractStatus.CLOSED, reason, at);
        events.closed(c, at);
    }

    void terminate(ServiceContract c, String reason, Instant at) {
        move(c, ContractStatus.TERMINATED, reason, at);
        events.terminated(c, at);
    }

    private void move(ServiceContract c, ContractStatus to, String reason, Instant at) {
        ContractStatusChange change = new ContractStatusChange();
        change.contractId = c.id;
        change.fromStatus = c.status;
        change.toStatus = to;
        change.reason = reason.strip();
        change.changedAt = at;
        change.changedBy = caller.subject();
        change.persist();
        c.status = to;
    }
}
