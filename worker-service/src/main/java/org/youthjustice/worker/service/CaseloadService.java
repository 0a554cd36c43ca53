package org.youthjustice.worker.service;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.youthjustice.platform.caller.Caller;
import org.youthjustice.platform.caller.Roles;
import org.youthjustice.platform.paging.Page;
import org.youthjustice.platform.paging.PageRequest;
import org.youthjustice.worker.domain.Agency;
import org.youthjustice.worker.domain.CapacityState;
import org.youthjustice.worker.domain.Worker;
import org.youthjustice.worker.domain.WorkerCaseload;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reading caseloads: one worker's, a list per worker (both with only the cases the caller may see), and figures per
 * agency without any worker or case in them.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CaseloadService {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Inject
    Caller caller;

    @Inject
    WorkerService workers;

    @Inject
    WorkerScope scope;

    @Inject
    CaseloadFigures figures;

    @Inject
    CaseloadDisclosure disclosure;

    /** The caseload of a worker in the caller's scope (404 otherwise), with the cases the caller may see. */
    public DisclosedCaseload caseloadOf(String workerId) {
        return disclosure.disclose(figures.of(workers.find(workerId)));
    }

    /**
     * Per worker in the caller's scope, of an agency or posted today at a site if asked, sorted and paged, each with
     * the cases the caller may see. The order by utilisation is that of the figures kept at each worker's last change
     * ({@link CapacityState}, by {@link CapacityWatch}), so that a page reads its twenty workers, not every worker's
     * cases; the figures shown are counted now. The total is counted up to {@link Page#COUNT_LIMIT} (exact on the last
     * page), as case-service's lists are.
     */
    public Page<DisclosedCaseload> list(Optional<String> agency, Optional<String> site, CaseloadSort sort,
                                        PageRequest page) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Parameters parameters = new Parameters();
        agency.ifPresent(code -> {
            where.append(" and w.agencyCode = :agency");
            parameters.and("agency", code);
        });
        site.ifPresent(code -> {
            where.append(" and exists (select 1 from Posting p where p.workerId = w.workerId and p.siteCode = :site"
                    + " and p.startsOn <= :today and (p.endsOn is null or p.endsOn >= :today))");
            parameters.and("site", code).and("today", figures.today());
        });
        scope.restrict(where, parameters);
        EntityManager entityManager = Worker.getEntityManager();
        // Every worker has a state row (registration creates it, V32 made those of the workers before). Without a
        // site, the page is read in the order of the utilisation index, joining each worker's row. With one, the
        // few workers posted there are found first (posting_site_idx) and sorted, each row's utilisation looked up
        // by its key: joined, the planner walks every worker in the index's order to find them, or reads every
        // state row to hash them (100 ms instead of 5 at 100,000 workers).
        TypedQuery<Worker> select = entityManager.createQuery(site.isPresent()
                ? "select w from Worker w" + where + " order by " + sort.orderBy().replace("s.workerId", "w.workerId")
                        .replace("s.utilisation", "(select s.utilisation from CapacityState s"
                                + " where s.workerId = w.workerId)")
                : "select w from Worker w join CapacityState s on s.workerId = w.workerId" + where
                        + " order by " + sort.orderBy(), Worker.class);
        // Counted up to one beyond Page.COUNT_LIMIT, as case-service's lists are: the admin's exact count of 100,000
        // workers was 10 of a page's 11 ms in the database (benchmarks/province-scale/worker-plans.md).
        TypedQuery<String> counted = entityManager.createQuery("select w.workerId from Worker w" + where,
                String.class).setMaxResults(Page.COUNT_LIMIT + 1);
        parameters.map().forEach((name, value) -> {
            select.setParameter(name, value);
            counted.setParameter(name, value);
        });
        List<Worker> items = select.setFirstResult(page.offset()).setMaxResults(page.size).getResultList();
        Page<Worker> shown = Page.counted(items, page, () -> counted.getResultList().size());
        Map<String, WorkerCaseload> caseloads = figures.of(shown.items());
        return shown.map(worker -> disclosure.disclose(caseloads.get(worker.workerId)));
    }

    /**
     * Figures per agency (workers, cases, weighted load, capacity, utilisation), never a worker: what procurement
     * officers may read. Supervisors see their own agency's. The sums of the figures kept per worker
     * ({@link CapacityState}: at the worker's last change of cases or postings, or the last recheck), so that a page of
     * agencies reads one row per worker, not every case.
     */
    public Page<AgencyCaseload> agencies(Optional<String> agency, PageRequest page) {
        StringBuilder query = new StringBuilder("from Agency a where 1 = 1");
        Parameters parameters = new Parameters();
        agency.ifPresent(code -> {
            query.append(" and a.creditCode = :agency");
            parameters.and("agency", code);
        });
        if (!caller.hasAnyRole(Roles.ADMIN, Roles.PROCUREMENT_OFFICER)) {
            query.append(" and a.creditCode = :ownAgency");
            parameters.and("ownAgency", caller.agencyId().orElse(""));
        }
        Page<Agency> shown = Page.of(Agency.<Agency>find(query.toString(), Sort.by("creditCode"), parameters), page);
        List<String> codes = shown.items().stream().map(a -> a.creditCode).toList();
        Map<String, Object[]> sums = new HashMap<>();
        if (!codes.isEmpty()) {
            Worker.getEntityManager().createQuery("select w.agencyCode, count(w), sum(s.cases), sum(s.weightedLoad),"
                            + " sum(s.capacity) from Worker w join CapacityState s on s.workerId = w.workerId"
                            + " where w.agencyCode in :codes group by w.agencyCode", Object[].class)
                    .setParameter("codes", codes).getResultList().forEach(row -> sums.put((String) row[0], row));
        }
        return shown.map(a -> summed(a, sums.get(a.creditCode)));
    }

    private static AgencyCaseload summed(Agency agency, Object[] sums) {
        int workers = sums == null ? 0 : ((Number) sums[1]).intValue();
        int cases = sums == null || sums[2] == null ? 0 : ((Number) sums[2]).intValue();
        BigDecimal load = sums == null || sums[3] == null ? BigDecimal.ZERO : (BigDecimal) sums[3];
        BigDecimal capacity = sums == null || sums[4] == null ? BigDecimal.ZERO : (BigDecimal) sums[4];
        BigDecimal utilisation = capacity.signum() == 0 ? null
                : load.multiply(HUNDRED).divide(capacity, 1, RoundingMode.HALF_UP);
        return new AgencyCaseload(agency.creditCode, agency.name, workers, cases,
                load.setScale(2, RoundingMode.HALF_UP), capacity.setScale(2, RoundingMode.HALF_UP), utilisation);
    }

    /** One agency's figures. */
    public record AgencyCaseload(String agencyId, String agencyName, int workers, int cases, BigDecimal weightedLoad,
                                 BigDecimal capacity, BigDecimal utilisationPercent) {
    }

    /** The orders of the caseload list; utilisation as kept per worker, ties by worker id. */
    public enum CaseloadSort {
        UTILISATION_DESCENDING("s.utilisation desc, s.workerId"),
        UTILISATION("s.utilisation, s.workerId"),
        WORKER_ID("w.workerId");

        private final String orderBy;

        CaseloadSort(String orderBy) {
            this.orderBy = orderBy;
        }

        /** The order by clause over the worker {@code w} and their {@link CapacityState} {@code s}. */
        String orderBy() {
            return orderBy;
        }

        /** From the query parameter: {@code -utilisation}, {@code utilisation} or {@code workerId}. */
        public static CaseloadSort of(String parameter) {
            return switch (parameter) {
                case "-utilisation" -> UTILISATION_DESCENDING;
                case "utilisation" -> UTILISATION;
                default -> WORKER_ID;
            };
        }
    }
}
