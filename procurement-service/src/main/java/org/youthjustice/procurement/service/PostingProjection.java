package org.youthjustice.procurement.service;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.youthjustice.platform.messaging.EventEnvelope;
import org.youthjustice.platform.messaging.MalformedEventException;
import org.youthjustice.procurement.messaging.in.WorkerPosted;
import org.youthjustice.procurement.messaging.in.WorkerPostingEnded;

import java.time.Clock;
import java.time.Instant;

/**
 * The postings of workers from worker-service's events, one row per posting id, for the posts a contract has
 * filled. The posting and its end merge into one row in either order: an end that comes first creates the row
 * (counting for nothing until the posting's first day is known), and the earliest end wins, as worker-service only
 * ever moves an end earlier. Runs in the inbox's transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PostingProjection {

    @Inject
    Clock clock;

    public void posted(WorkerPosted posted) {
        if (posted.postingId() == null || posted.agencyCode() == null || posted.siteCode() == null
                || posted.fraction() == null || posted.from() == null) {
            throw new MalformedEventException("worker.posted without postingId, agencyCode, siteCode, fraction or from");
        }
        Panache.getEntityManager().createNativeQuery("""
                        insert into coverage_posting (posting_id, agency_code, site_code, fraction, contract_number,
                            starts_on, posted_last_day, updated_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                        on conflict (posting_id) do update set agency_code = excluded.agency_code,
                            site_code = excluded.site_code, fraction = excluded.fraction,
                            contract_number = excluded.contract_number, starts_on = excluded.starts_on,
                            posted_last_day = excluded.posted_last_day, updated_at = excluded.updated_at""")
                .setParameter(1, posted.postingId()).setParameter(2, posted.agencyCode())
                .setParameter(3, posted.siteCode()).setParameter(4, posted.fraction())
                .setParameter(5, posted.contractId()).setParameter(6, posted.from())
                .setParameter(7, posted.to()).setParameter(8, Instant.now(clock)).executeUpdate();
    }

    public void ended(WorkerPostingEnded ended) {
        if (ended.postingId() == null || ended.agencyCode() == null || ended.siteCode() == null
                || ended.fraction() == null || ended.endsOn() == null) {
            throw new MalformedEventException(
                    "worker.posting-ended without postingId, agencyCode, siteCode, fraction or endsOn");
        }
        // the posting's own fields stay as worker.posted wrote them; an end that comes first supplies them meanwhile
        Panache.getEntityManager().createNativeQuery("""
                        insert into coverage_posting (posting_id, agency_code, site_code, fraction, contract_number,
                            ended_last_day, updated_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                        on conflict (posting_id) do update set
                            ended_last_day = least(coverage_posting.ended_last_day, excluded.ended_last_day),
                            updated_at = excluded.updated_at""")
                .setParameter(1, ended.postingId()).setParameter(2, ended.agencyCode())
                .setParameter(3, ended.siteCode()).setParameter(4, ended.fraction())
                .setParameter(5, ended.contractId()).setParameter(6, ended.endsOn())
                .setParameter(7, Instant.now(clock)).executeUpdate();
    }

    /** Dispatches worker-service's posting events. */
    public void apply(EventEnvelope event) {
        switch (event.type()) {
            case WorkerPosted.TYPE -> posted(event.data(WorkerPosted.class));
            case WorkerPostingEnded.TYPE -> ended(event.data(WorkerPostingEnded.class));
            default -> throw new IllegalArgumentException("not a posting event: " + event.type());
        }
    }
}
