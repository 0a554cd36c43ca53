package org.youthjustice.cases.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;
import org.youthjustice.platform.time.ServiceZone;
import org.youthjustice.cases.domain.CipherColumns;
import org.youthjustice.cases.domain.JuvenileAge;
import org.youthjustice.cases.messaging.out.TrackingEvents;
import org.youthjustice.platform.identity.IdentityCipher;
import org.youthjustice.platform.identity.IdentityNumber;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Finds the juveniles of open cases who turned 18 in a month that has ended: flags each case once (a conditional
 * update, so that replicas running the check together flag and publish it once) and publishes
 * {@code subject.turned-18} with that month. The birth date is read from the encrypted identity number and never leaves
 * this class, not even as the day of an event: a case is due only from the first day of the month after the one in
 * which its juvenile turned 18, so the cases due change only at the turn of a month (and with referrals), and the
 * first check of a month raises the previous month's batch whatever the days of the birthdays. The check still runs
 * daily, so that a missed run, or the referral of a juvenile who turned 18 in an earlier month, is taken up the next
 * day.
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
            timeZone = ServiceZone.ID, concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        int flagged = detect();
        if (flagged > 0) {
            LOG.infof("Flagged %d cases whose juvenile turned 18", flagged);
        }
    }

    /**
     * Flags every open case whose juvenile turned 18 before this month and was not flagged yet; answers how many this
     * call did.
     */
    public int detect() {
        LocalDate today = ServiceZone.today(clock);
        YearMonth thisMonth = YearMonth.from(today);
        int flagged = 0;
        long after = 0;
        List<Object[]> open;
        do {
            long from = after;
            open = QuarkusTransaction.requiringNew().call(() -> rows(entityManager.createNativeQuery(
                            "select id, identity_number_cipher, reference from juvenile_case"
                                    + " where status <> 'CLOSED'"
                                    + " and turned_18_on is null and id > ?1 order by id")
                    .setParameter(1, from).setMaxResults(BATCH).getResultList()));
            for (Object[] row : open) {
                long caseId = ((Number) row[0]).longValue();
                after = caseId;
                YearMonth month = JuvenileAge.of(IdentityNumber.parse(cipher.decrypt((String) row[1],
                        CipherColumns.CASE_IDENTITY_NUMBER.at(row[2])))).monthOfEighteen();
                if (month.isBefore(thisMonth)
                        && QuarkusTransaction.requiringNew().call(() -> flag(caseId, today, month))) {
                    flagged++;
                }
            }
        } while (open.size() == BATCH);
        return flagged;
    }

    private boolean flag(long caseId, LocalDate today, YearMonth month) {
        int flagged = entityManager.createNativeQuery("update juvenile_case set turned_18_on = ?1"
                + " where id = ?2 and turned_18_on is null").setParameter(1, today).setParameter(2, caseId)
                .executeUpdate();
        if (flagged == 0) {
            return false;
        }
        Object[] c = (Object[]) entityManager.createNativeQuery("select reference, office_code from juvenile_case"
                + " where id = ?1").setParameter(1, caseId).getSingleResult();
        events.subjectTurned18((String) c[0], (String) c[1], month);
        return true;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(List<?> result) {
        return (List<Object[]>) result;
    }
}
