package org.youthjustice.procurement.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;
import org.youthjustice.platform.time.ServiceZone;
import org.youthjustice.procurement.domain.ContractNotice;
import org.youthjustice.procurement.domain.ContractStatus;
import org.youthjustice.procurement.domain.ContractTerms;
import org.youthjustice.procurement.domain.ServiceContract;
import org.youthjustice.procurement.messaging.out.ContractEvents;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Raises {@code contract.expiring} for active contracts whose period ends within 90 days, and again within 30: once
 * per contract and mark. A contract first seen with 20 days left raises the 30-day notice only, never the 90-day one
 * late. Every replica runs it: the notice is claimed ({@link ContractNotice#claim}) in the transaction that writes the
 * event to the outbox, one transaction per contract, so a replica that loses the race publishes nothing.
 */
@ApplicationScoped
public class ContractExpiryCheck {

    /** The marks, nearest last: a contract takes the nearest one its days left have reached. */
    static final List<Integer> DAYS_BEFORE = List.of(90, 30);

    private static final Logger LOG = Logger.getLogger(ContractExpiryCheck.class);

    @Inject
    EntityManager entityManager;

    @Inject
    ContractEvents events;

    @Inject
    Clock clock;

    @Scheduled(identity = "yjs-contract-expiry", every = "${yjs.contracts.expiry-check-every:1h}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        int raised = raise();
        if (raised > 0) {
            LOG.infof("Raised %d contract.expiring notices", raised);
        }
    }

    /** Raises the notices due today (in Asia/Shanghai); answers how many this call raised. */
    public int raise() {
        LocalDate today = ServiceZone.today(clock);
        List<UUID> due = QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                        "select c.id from ServiceContract c, ContractTerms t where t.contractId = c.id"
                                + " and t.version = c.termsVersion and c.status = :active"
                                + " and t.periodEnd >= :today and t.periodEnd <= :horizon order by c.id", UUID.class)
                .setParameter("active", ContractStatus.ACTIVE).setParameter("today", today)
                .setParameter("horizon", today.plusDays(DAYS_BEFORE.get(0))).getResultList());
        int raised = 0;
        for (UUID id : due) {
            if (QuarkusTransaction.requiringNew().call(() -> raise(id, today))) {
                raised++;
            }
        }
        return raised;
    }

    private boolean raise(UUID id, LocalDate today) {
        ServiceContract c = entityManager.find(ServiceContract.class, id);
        ContractTerms terms = c.terms();
        long daysLeft = ChronoUnit.DAYS.between(today, terms.periodEnd);
        if (c.status != ContractStatus.ACTIVE || daysLeft < 0) {
            return false;
        }
        int mark = DAYS_BEFORE.stream().filter(days -> daysLeft <= days).reduce((far, near) -> near).orElse(0);
        if (mark == 0 || !ContractNotice.claim(c.id, ContractNotice.Kind.EXPIRING, Integer.toString(mark),
                Instant.now(clock))) {
            return false;
        }
        events.expiring(c, terms, mark, today);
        return true;
    }
}
