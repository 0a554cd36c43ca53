package org.youthjustice.worker.service;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.youthjustice.platform.caller.Caller;
import org.youthjustice.platform.caller.Roles;
import org.youthjustice.platform.paging.Page;
import org.youthjustice.platform.paging.PageRequest;
import org.youthjustice.worker.domain.Agency;
import org.youthjustice.worker.domain.Worker;
import org.youthjustice.worker.domain.WorkerCaseload;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

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
     * the cases the caller may see.
     */
    public Page<DisclosedCaseload> list(Optional<String> agency, Optional<String> site, CaseloadSort sort,
                                        PageRequest page) {
        StringBuilder query = new StringBuilder("from Worker w where 1 = 1");
        Parameters parameters = new Parameters();
        agency.ifPresent(code -> {
            query.append(" and w.agencyCode = :agency");
            parameters.and("agency", code);
        });
        site.ifPresent(code -> {
            query.append(" and exists (select 1 from Posting p where p.workerId = w.workerId and p.siteCode = :site"
                    + " and p.startsOn <= :today and (p.endsOn is null or p.endsOn >= :today))");
            parameters.and("site", code).and("today", figures.today());
        });
        scope.restrict(query, parameters);
        List<Worker> found = Worker.list(query.toString(), Sort.by("workerId"), parameters);
        // Sorting by utilisation needs every worker's figures; an agency has tens of workers, not thousands.
        List<WorkerCaseload> all = new ArrayList<>(figures.of(found).values());
        all.sort(sort.comparator());
        return Page.slice(all, page).map(disclosure::disclose);
    }

    /**
     * Figures per agency (workers, cases, weighted load, capacity, utilisation), never a worker: what procurement
     * officers may read. Supervisors see their own agency's.
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
        List<Agency> agencies = Agency.list(query.toString(), Sort.by("creditCode"), parameters);
        Page<Agency> shown = Page.slice(agencies, page);
        List<String> codes = shown.items().stream().map(a -> a.creditCode).toList();
        Map<String, List<Worker>> staff = codes.isEmpty() ? Map.of()
                : Worker.<Worker>list("agencyCode in :codes", Sort.by("workerId"), Parameters.with("codes", codes))
                .stream().collect(Collectors.groupingBy(worker -> worker.agencyCode));
        return shown.map(a -> summed(a, figures.of(staff.getOrDefault(a.creditCode, List.of())).values()));
    }

    private static AgencyCaseload summed(Agency agency, Collection<WorkerCaseload> caseloads) {
        int cases = caseloads.stream().mapToInt(c -> c.cases().size()).sum();
        BigDecimal load = caseloads.stream().map(WorkerCaseload::weightedLoad).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal capacity = caseloads.stream().map(WorkerCaseload::capacity).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal utilisation = capacity.signum() == 0 ? null
                : load.multiply(HUNDRED).divide(capacity, 1, RoundingMode.HALF_UP);
        return new AgencyCaseload(agency.creditCode, agency.name, caseloads.size(), cases,
                load.setScale(2, RoundingMode.HALF_UP), capacity.setScale(2, RoundingMode.HALF_UP), utilisation);
    }

    /** One agency's figures. */
    public record AgencyCaseload(String agencyId, String agencyName, int workers, int cases, BigDecimal weightedLoad,
                                 BigDecimal capacity, BigDecimal utilisationPercent) {
    }

    /** The orders of the caseload list. */
    public enum CaseloadSort {
        UTILISATION_DESCENDING(Comparator.comparingDouble(WorkerCaseload::utilisationForSorting).reversed()
                .thenComparing(WorkerCaseload::workerId)),
        UTILISATION(Comparator.comparingDouble(WorkerCaseload::utilisationForSorting)
                .thenComparing(WorkerCaseload::workerId)),
        WORKER_ID(Comparator.comparing(WorkerCaseload::workerId));

        private final Comparator<WorkerCaseload> comparator;

        CaseloadSort(Comparator<WorkerCaseload> comparator) {
            this.comparator = comparator;
        }

        Comparator<WorkerCaseload> comparator() {
            return comparator;
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
