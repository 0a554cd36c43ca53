package org.youthjustice.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.youthjustice.notification.messaging.in.CaseFact;
import org.youthjustice.notification.messaging.in.ContractFact;
import org.youthjustice.notification.messaging.in.WorkerFact;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who works for which agency, which case is whose and which office's, which contract is which department's and
 * provider's: learnt from the events, never read from another service's database. Every upsert keeps the fact with
 * the later event time, so that the order of delivery does not matter; the inbox runs each event once.
 */
@ApplicationScoped
public class RecipientDirectory {

    @Inject
    EntityManager em;

    public void learnWorker(WorkerFact worker, Instant at) {
        if (worker.workerId() == null || worker.agency() == null) {
            return;
        }
        em.createNativeQuery("""
                insert into directory_worker (worker_id, agency_code, status, learnt_at) values (?1, ?2, ?3, ?4)
                on conflict (worker_id) do update set agency_code = excluded.agency_code,
                    status = coalesce(excluded.status, directory_worker.status), learnt_at = excluded.learnt_at
                where directory_worker.learnt_at <= excluded.learnt_at""")
                .setParameter(1, worker.workerId()).setParameter(2, worker.agency())
                .setParameter(3, worker.currentStatus()).setParameter(4, at)
                .executeUpdate();
    }

    /**
     * The office of a case from any of its events; the lead worker from assignments, unassignments and closure, in the
     * same statement (one upsert an event: the consumer's commonest statement).
     */
    public void learnCase(String type, CaseFact fact, Instant at) {
        switch (type) {
            case CaseFact.ASSIGNED -> learnCase(fact, at, fact.workerId(), fact.agencyId());
            case CaseFact.UNASSIGNED -> learnCase(fact, at, null, null);
            case CaseFact.CLOSED -> {
                learnCase(fact, at, null, null);
                em.createNativeQuery("update directory_case set closed = true where reference = ?1")
                        .setParameter(1, fact.reference()).executeUpdate();
            }
            default -> em.createNativeQuery("""
                    insert into directory_case (reference, office_code, learnt_at) values (?1, ?2, ?3)
                    on conflict (reference) do update set
                        office_code = case when directory_case.learnt_at <= excluded.learnt_at
                            then coalesce(excluded.office_code, directory_case.office_code)
                            else coalesce(directory_case.office_code, excluded.office_code) end,
                        learnt_at = greatest(directory_case.learnt_at, excluded.learnt_at)""")
                    .setParameter(1, fact.reference()).setParameter(2, fact.officeCode()).setParameter(3, at)
                    .executeUpdate();
        }
    }

    /** The office as above, and the lead worker and their agency unless a later event named them already. */
    private void learnCase(CaseFact fact, Instant at, String workerId, String agencyCode) {
        em.createNativeQuery("""
                insert into directory_case (reference, office_code, learnt_at, lead_worker_id, lead_agency_code,
                                            lead_learnt_at)
                values (?1, ?2, ?3, ?4, ?5, ?3)
                on conflict (reference) do update set
                    office_code = case when directory_case.learnt_at <= excluded.learnt_at
                        then coalesce(excluded.office_code, directory_case.office_code)
                        else coalesce(directory_case.office_code, excluded.office_code) end,
                    learnt_at = greatest(directory_case.learnt_at, excluded.learnt_at),
                    lead_worker_id = case when directory_case.lead_learnt_at is null
                            or directory_case.lead_learnt_at <= excluded.lead_learnt_at
                        then excluded.lead_worker_id else directory_case.lead_worker_id end,
                    lead_agency_code = case when directory_case.lead_learnt_at is null
                            or directory_case.lead_learnt_at <= excluded.lead_learnt_at
                        then excluded.lead_agency_code else directory_case.lead_agency_code end,
                    lead_learnt_at = case when directory_case.lead_learnt_at is null
                            or directory_case.lead_learnt_at <= excluded.lead_learnt_at
                        then excluded.lead_learnt_at else directory_case.lead_learnt_at end""")
                .setParameter(1, fact.reference()).setParameter(2, fact.officeCode()).setParameter(3, at)
                .setParameter(4, workerId).setParameter(5, agencyCode)
                .executeUpdate();
    }

    public void learnContract(ContractFact contract, Instant at) {
        em.createNativeQuery("""
                insert into directory_contract (contract_id, number, purchaser_code, provider_code, learnt_at)
                values (?1, ?2, ?3, ?4, ?5)
                on conflict (contract_id) do update set number = excluded.number,
                    purchaser_code = excluded.purchaser_code, provider_code = excluded.provider_code,
                    learnt_at = excluded.learnt_at
                where directory_contract.learnt_at <= excluded.learnt_at""")
                .setParameter(1, contract.contractId()).setParameter(2, contract.number())
                .setParameter(3, contract.purchaserCode()).setParameter(4, contract.providerCode())
                .setParameter(5, at).executeUpdate();
    }

    /** The worker's agency: from workers.v1, else from the case they lead. */
    public Optional<String> agencyOf(String workerId, String reference) {
        if (workerId == null) {
            return Optional.empty();
        }
        Optional<String> known = single(em.createNativeQuery(
                "select agency_code from directory_worker where worker_id = ?1")
                .setParameter(1, workerId).getResultList());
        if (known.isPresent() || reference == null) {
            return known;
        }
        return single(em.createNativeQuery(
                "select lead_agency_code from directory_case where reference = ?1 and lead_worker_id = ?2")
                .setParameter(1, reference).setParameter(2, workerId).getResultList());
    }

    public Optional<String> leadWorkerOf(String reference) {
        return single(em.createNativeQuery("select lead_worker_id from directory_case where reference = ?1")
                .setParameter(1, reference).getResultList());
    }

    public Optional<String> officeOf(String reference) {
        return single(em.createNativeQuery("select office_code from directory_case where reference = ?1")
                .setParameter(1, reference).getResultList());
    }

    /**
     * Records a visit's outcome and answers how many visits of the case were missed in a row up to this one, by the
     * visits' own times: a completed visit before it resets the count, whatever order the events came in.
     */
    public int recordVisit(CaseFact visit, boolean missed, Instant fallback) {
        Instant occurred = missed
                ? Optional.ofNullable(visit.dueOn()).map(d -> LocalDate.parse(d).atStartOfDay().toInstant(ZoneOffset.UTC))
                        .orElse(fallback)
                : Optional.ofNullable(visit.completedAt()).orElse(fallback);
        em.createNativeQuery("""
                insert into visit_outcome (reference, visit_id, missed, occurred_at) values (?1, ?2, ?3, ?4)
                on conflict (reference, visit_id) do update set missed = excluded.missed,
                    occurred_at = excluded.occurred_at""")
                .setParameter(1, visit.reference()).setParameter(2, visit.visitId()).setParameter(3, missed)
                .setParameter(4, occurred).executeUpdate();
        Number inARow = (Number) em.createNativeQuery("""
                select count(*) from visit_outcome v
                where v.reference = ?1 and v.missed and v.occurred_at <= ?2
                  and v.occurred_at > coalesce((select max(c.occurred_at) from visit_outcome c
                      where c.reference = ?1 and not c.missed and c.occurred_at <= ?2), '-infinity'::timestamptz)""")
                .setParameter(1, visit.reference()).setParameter(2, occurred).getSingleResult();
        return inARow.intValue();
    }

    private static Optional<String> single(List<?> rows) {
        return rows.stream().filter(Objects::nonNull).findFirst().map(row -> (String) row);
    }
}
