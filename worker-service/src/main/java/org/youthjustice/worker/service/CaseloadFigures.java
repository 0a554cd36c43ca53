package org.youthjustice.worker.service;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.youthjustice.platform.time.ServiceZone;
import org.youthjustice.worker.config.CaseloadConfig;
import org.youthjustice.worker.domain.CaseloadCase;
import org.youthjustice.worker.domain.Posting;
import org.youthjustice.worker.domain.RiskLevel;
import org.youthjustice.worker.domain.Worker;
import org.youthjustice.worker.domain.WorkerCaseload;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Counts caseloads and capacities. Capacity is the sum, over the postings covering today, of the posting's ratio
 * (its contract's, else its site's, else the default clients per full-time worker) times its fraction; the load is
 * the sum of the risk weights of the worker's cases.
 */
@ApplicationScoped
public class CaseloadFigures {

    @Inject
    CaseloadConfig config;

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
        if (posting.contractId != null && config.contractRatio().containsKey(posting.contractId)) {
            return config.contractRatio().get(posting.contractId);
        }
        return config.siteRatio().getOrDefault(posting.siteCode, config.clientsPerFullTime());
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

    /** The postings of these workers that cover today. */
    public List<Posting> postingsToday(List<String> workerIds) {
        return Posting.list("workerId in :ids and startsOn <= :today and (endsOn is null or endsOn >= :today)",
                Sort.by("workerId").and("startsOn").and("id"),
                Parameters.with("ids", workerIds).and("today", today()));
    }
}
