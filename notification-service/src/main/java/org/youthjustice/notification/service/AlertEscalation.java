package org.youthjustice.notification.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;
import org.youthjustice.notification.domain.Notification;
import org.youthjustice.notification.domain.Recipient;
import org.youthjustice.notification.domain.Severity;
import org.youthjustice.notification.messaging.out.NotificationEvents;
import org.youthjustice.platform.caller.Roles;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Raises an URGENT alert once more for the next level when nobody acknowledged it within
 * {@code yjs.alerts.escalation.after}: a social worker's to the supervisors of the worker's agency, a supervisor's to
 * the judicial officers of the office of the case it is about; an officer's, or anyone else's, goes no further. The
 * escalation is an alert like the others (it escalates in turn), stored through {@link Deliveries#store} with
 * {@code notification.escalated} in the same transaction.
 *
 * <p>Once per alert whatever the replicas: each alert is settled in its own transaction that first takes its row
 * ({@code for update skip locked}: a replica never waits for, nor repeats, another's) and marks it checked; the
 * unique {@code escalated_from} would refuse a second escalation even then.
 */
@ApplicationScoped
public class AlertEscalation {

    private static final Logger LOG = Logger.getLogger(AlertEscalation.class);

    /** Alerts read per query; each is then settled in a transaction of its own. */
    private static final int PAGE = 200;

    private static final UUID NO_ID = new UUID(0, 0);

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    @Inject
    EscalationSettings settings;

    @Inject
    RecipientDirectory directory;

    @Inject
    Deliveries deliveries;

    @Inject
    NotificationEvents events;

    @Scheduled(identity = "yjs-alert-escalation", every = "${yjs.alerts.escalation.check-every}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void escalateOnSchedule() {
        try {
            int escalated = escalateDue(Instant.now(clock));
            if (escalated > 0) {
                LOG.infof("Escalated %d unacknowledged urgent alerts", escalated);
            }
        } catch (RuntimeException e) {
            LOG.warnf("The escalation check failed, the next run retries: %s", e.toString());
        }
    }

    /**
     * Settles every URGENT alert created {@code after} or longer before {@code now} that is still unacknowledged and
     * unsettled, oldest first.
     *
     * @return how many this call escalated
     */
    public int escalateDue(Instant now) {
        Instant due = now.minus(settings.after());
        int escalated = 0;
        Instant lastCreated = Instant.EPOCH;
        UUID lastId = NO_ID;
        List<Object[]> page;
        do {
            Instant fromCreated = lastCreated;
            UUID fromId = lastId;
            page = QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery("""
                            select n.id, n.createdAt from Notification n
                            where n.severity = :urgent and n.acknowledgedAt is null and n.escalationCheckedAt is null
                              and n.createdAt <= :due
                              and (n.createdAt > :fromCreated or (n.createdAt = :fromCreated and n.id > :fromId))
                            order by n.createdAt, n.id""", Object[].class)
                    .setParameter("urgent", Severity.URGENT).setParameter("due", due)
                    .setParameter("fromCreated", fromCreated).setParameter("fromId", fromId)
                    .setMaxResults(PAGE).getResultList());
            for (Object[] row : page) {
                lastId = (UUID) row[0];
                lastCreated = (Instant) row[1];
                if (settle(lastId, due, now)) {
                    escalated++;
                }
            }
        } while (page.size() == PAGE);
        return escalated;
    }

    /** One alert in its own transaction, so that one that fails (and is retried next run) holds up no other. */
    private boolean settle(UUID id, Instant due, Instant now) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> escalate(id, due, now));
        } catch (RuntimeException e) {
            LOG.warnf("Alert %s could not be escalated, the next run retries: %s", id, e.toString());
            return false;
        }
    }

    private boolean escalate(UUID id, Instant due, Instant now) {
        boolean claimed = !entityManager.createNativeQuery("""
                        select id from notification
                        where id = ?1 and acknowledged_at is null and escalation_checked_at is null and created_at <= ?2
                        for update skip locked""")
                .setParameter(1, id).setParameter(2, due).getResultList().isEmpty();
        if (!claimed) {
            return false;
        }
        entityManager.createNativeQuery("update notification set escalation_checked_at = ?2 where id = ?1")
                .setParameter(1, id).setParameter(2, now).executeUpdate();
        Notification original = entityManager.find(Notification.class, id);
        Optional<Recipient> next = nextLevel(original);
        if (next.isEmpty()) {
            LOG.debugf("Alert %s (%s) has no next level to escalate to", id, original.recipientRole);
            return false;
        }
        Notification escalation = original.escalatedTo(next.get(), settings.after(), now);
        deliveries.store(escalation);
        events.escalated(original, escalation);
        return true;
    }

    /**
     * The level above the one the alert was addressed to, from the recipient directory; none for an officer, for an
     * alert to a person or to a role as a whole, and none while the directory cannot name it (logged, not guessed).
     */
    private Optional<Recipient> nextLevel(Notification alert) {
        if (alert.recipientRole == null || alert.recipientScope == null) {
            return Optional.empty();
        }
        Optional<Recipient> next = switch (alert.recipientRole) {
            case Roles.SOCIAL_WORKER -> directory.agencyOf(alert.recipientScope, alert.subjectRef)
                    .map(Recipient::supervisorOf);
            case Roles.AGENCY_SUPERVISOR -> directory.officeOf(alert.subjectRef).map(Recipient::officerOf);
            default -> Optional.empty();
        };
        if (next.isEmpty() && !Roles.JUDICIAL_OFFICER.equals(alert.recipientRole)) {
            LOG.infof("Alert %s (%s %s, about %s): no next level known, not escalated", alert.id,
                    alert.recipientRole, alert.recipientScope, alert.subjectRef);
        }
        return next;
    }
}
