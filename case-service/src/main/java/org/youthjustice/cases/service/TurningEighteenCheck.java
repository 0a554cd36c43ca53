package org.youthjustice.cases.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;
import org.youthjustice.cases.messaging.TrackingEvents;
import org.youthjustice.platform.identity.IdentityCipher;
import org.youthjustice.platform.identity.IdentityNumber;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Finds the juveniles of open cases who are 18 now, once a day: flags each case once (a conditional update, so
 * that replicas running the check together flag and publish it once) and publishes {@code subject.turned-18}. The
 * birth date is read from the encrypted identity number and never leaves this class.
 */
@ApplicationScoped
public class TurningEighteenCheck {

    private static final Logger LOG = Logger.getLogger(TurningEighteenCheck.class);
    private static final int BATCH = 500;

    @Inject
    EntityManager entityManager;

    @Inject
    IdentityCipher cipher;

    @Inject
    TrackingEvents events;

    @Inject
    Clock clock;

    @Scheduled(identity = "yjs-turned-18", cron = "${yjs.cases.turned-18-check.cron:0 30 0 * * ?}",
            timeZone = "Asia/Shanghai", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        int flagged = detect();
        if (flagged > 0) {
            LOG.infof("Flagged %d cases whose juvenile turned 18", flagged);
        }
    }

    /** Flags every open case whose juvenile is 18 today and was not flagged yet; answers how many this call did. */
    public int detect() {
        LocalDate today = LocalDate.now(clock.withZone(CaseService.SERVICE_ZONE));
        int flagged = 0;
        long after = 0;
        List<Object[]> open;
        do {
            long from = after;
            open = QuarkusTransaction.requiringNew().call(() -> rows(entityManager.createNativeQuery(
                            "select id, identity_number_cipher from juvenile_case where status <> 'CLOSED'"
                                    + " and turned_18_on is null and id > ?1 order by id")
                    .setParameter(1, from).setMaxResults(BATCH).getResultList()));
            for (Object[] row : open) {
                long caseId = ((Number) row[0]).longValue();
                after = caseId;
                if (IdentityNumber.parse(cipher.decrypt((String) row[1])).ageOn(today) >= 18
                        && QuarkusTransaction.requiringNew().call(() -> flag(caseId, today))) {
                    flagged++;
                }
            }
        } while (open.size() == BATCH);
        return flagged;
    }

    private boolean flag(long caseId, LocalDate today) {
        int flagged = entityManager.createNativeQuery("update juvenile_case set turned_18_on = ?1"
                + " where id = ?2 and turned_18_on is null").setParameter(1, today).setParameter(2, caseId)
                .executeUpdate();
        if (flagged == 0) {
            return false;
        }
        Object[] c = (Object[]) entityManager.createNativeQuery("select reference, office_code from juvenile_case"
                + " where id = ?1").setParameter(1, caseId).getSingleResult();
        events.subjectTurned18((String) c[0], (String) c[1], today);
        return true;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(List<?> result) {
        return (List<Object[]>) result;
    }
}
