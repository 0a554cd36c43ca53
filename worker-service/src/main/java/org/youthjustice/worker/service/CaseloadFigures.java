package org.youthjustice.worker.service;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.youthjustice.platform.time.ServiceZone;
import org.youthjustice.worker.config.CaseloadConfig;
import org.youthjustice.worker.domain.CaseloadCase;
import org.youthjustice.worker.domain.Posting;
import org.youthjustice.worker.domain.RiskLevel;
import org.youthjustice.worker.domain.Worker;
import org.youthjustice.worker.domain.WorkerCaseload;
import org.youthjustice.worker.domain.WorkerFigures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Counts caseloads and capacities. Capacity is the sum, over the postings covering today, of the posting's ratio
 * (its contract's, else its site's, else the default clients per full-time worker) times its fraction; the load is
 * the sum of the risk weights of the worker's cases.
 */
@ApplicationScoped
public class CaseloadFigures {

    /**
     * One worker's figures in one statement: the worker's agency (no row: not registered), their cases counted by
     * risk level, and their postings covering today (the ratios are configuration, so capacity is summed here).
     */
    private static final String FIGURES_OF_ONE_WORKER = """
            select 'worker' as kind, w.agency_code as code, cast(null as varchar) as contract_id,
                   cast(null as bigint) as cases, cast(null as numeric) as fraction
              from worker w where w.worker_id = :worker
            union all
            select 'cases', c.risk_level, null, count(*), null
              from caseload_case c where c.worker_id = :worker group by c.risk_level
            union all
            select 'posting', p.site_code, p.contract_id, null, p.fraction
              from posting p where p.worker_id = :worker
               and p.starts_on <= :today and (p.ends_on is null or p.ends_on >= :today)
            """;

    @Inject
    CaseloadConfig config;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    /** Today where the offices are; also outside a request, for the event consumer. */
    public LocalDate today() {
        return ServiceZone.today(clock);
    }

    public BigDecimal weight(RiskLevel level) {
        CaseloadConfig.Weights weights = config.weights();
        if (level == null) {
            return weights.unassessed();
        }
        return switch (level) {
            case HIGH -> weights.high();
            case MEDIUM -> weights.medium();
            case LOW -> weights.low();
        };
    }

    /** Clients per full-time worker for this posting: contract beats site beats the default. */
    public BigDecimal ratio(Posting posting) {
        return ratio(posting.siteCode, posting.contractId);
    }

    private BigDecimal ratio(String siteCode, String contractId) {
        if (contractId != null && config.contractRatio().containsKey(contractId)) {
            return config.contractRatio().get(contractId);
        }
        return config.siteRatio().getOrDefault(siteCode, config.clientsPerFullTime());
    }

    public BigDecimal capacity(Collection<Posting> postingsToday) {
        return postingsToday.stream().map(posting -> ratio(posting).multiply(posting.fraction))
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_UP);
    }

    public BigDecimal load(Collection<CaseloadCase> cases) {
        return cases.stream().map(c -> weight(c.riskLevel)).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, RoundingMode.HALF_UP);
    }

    public WorkerCaseload of(Worker worker) {
        return of(List.of(worker)).get(worker.workerId);
    }

    /** The caseloads of {@code workers}, in their order, in two queries whatever their number. */
    public Map<String, WorkerCaseload> of(List<Worker> workers) {
        Map<String, WorkerCaseload> result = new LinkedHashMap<>();
        if (workers.isEmpty()) {
            return result;
        }
        List<String> ids = workers.stream().map(worker -> worker.workerId).toList();
        Map<String, List<CaseloadCase>> cases = CaseloadCase.<CaseloadCase>list("workerId in :ids",
                        Sort.by("assignedAt").and("caseReference"), Parameters.with("ids", ids)).stream()
                .collect(Collectors.groupingBy(c -> c.workerId));
        Map<String, List<Posting>> postings = postingsToday(ids).stream()
                .collect(Collectors.groupingBy(posting -> posting.workerId));
        for (Worker worker : workers) {
            List<CaseloadCase> own = cases.getOrDefault(worker.workerId, List.of());
            result.put(worker.workerId, new WorkerCaseload(worker.workerId, worker.agencyCode, own, load(own),
                    capacity(postings.getOrDefault(worker.workerId, List.of()))));
        }
        return result;
    }

    /**
     * One worker's figures as {@link #of(Worker)} counts them, without loading a case or a posting: one statement,
     * which first writes the session's pending changes of cases, postings and workers (Hibernate flushes before a
     * query on their tables), so a change of this transaction counts. Empty when the worker is not registered.
     */
    public Optional<WorkerFigures> figuresOf(String workerId) {
        List<Object[]> rows = entityManager.unwrap(Session.class)
                .createNativeQuery(FIGURES_OF_ONE_WORKER, Object[].class)
                .addSynchronizedEntityClass(CaseloadCase.class)
                .addSynchronizedEntityClass(Posting.class)
                .addSynchronizedEntityClass(Worker.class)
                .setParameter("worker", workerId)
                .setParameter("today", today())
                .getResultList();
        String agencyCode = null;
        int cases = 0;
        BigDecimal load = BigDecimal.ZERO;
        BigDecimal capacity = BigDecimal.ZERO;
        for (Object[] row : rows) {
            switch ((String) row[0]) {
                case "worker" -> agencyCode = (String) row[1];
                case "cases" -> {
                    long count = ((Number) row[3]).longValue();
                    cases += Math.toIntExact(count);
                    // the sum of this level's weights, exactly as adding them case by case
                    load = load.add(weight(row[1] == null ? null : RiskLevel.valueOf((String) row[1]))
                            .multiply(BigDecimal.valueOf(count)));
                }
                case "posting" -> capacity = capacity.add(ratio((String) row[1], (String) row[2])
                        .multiply((BigDecimal) row[4]));
                default -> throw new IllegalStateException("unexpected row " + row[0]);
            }
        }
        if (agencyCode == null) {
            return Optional.empty();
        }
        return Optional.of(new WorkerFigures(workerId, agencyCode, cases, load.setScale(2, RoundingMode.HALF_UP),
                capacity.setScale(2, RoundingMode.HALF_UP)));
    }

    /** The postings of these workers that cover today. */
    public List<Posting> postingsToday(List<String> workerIds) {
        return Posting.list("workerId in :ids and startsOn <= :today and (endsOn is null or endsOn >= :today)",
                Sort.by("workerId").and("startsOn").and("id"),
                Parameters.with("ids", workerIds).and("today", today()));
    }
}
