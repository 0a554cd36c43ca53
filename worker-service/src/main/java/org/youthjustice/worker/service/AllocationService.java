package org.youthjustice.worker.service;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import org.youthjustice.platform.caller.Caller;
import org.youthjustice.platform.caller.Roles;
import org.youthjustice.platform.problem.FieldError;
import org.youthjustice.platform.problem.ProblemException;
import org.youthjustice.platform.problem.ProblemType;
import org.youthjustice.worker.domain.CaseType;
import org.youthjustice.worker.domain.DistrictCodes;
import org.youthjustice.worker.domain.Posting;
import org.youthjustice.worker.domain.QualificationLevel;
import org.youthjustice.worker.domain.RiskLevel;
import org.youthjustice.worker.domain.Specialisation;
import org.youthjustice.worker.domain.Worker;
import org.youthjustice.worker.domain.WorkerCaseload;
import org.youthjustice.worker.domain.WorkerStatus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Ranks workers for a new case. Candidates are active workers posted today at the case's judicial office or at
 * another site of its city, with enough free weighted capacity for the case (its risk weight), and for a
 * correction case a qualification valid today. Ranked by posting at the office, then matching specialisations,
 * then free capacity, then qualification level.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AllocationService {

    @Inject
    Caller caller;

    @Inject
    CaseloadFigures figures;

    public List<Recommendation> recommend(NewCase request, int limit) {
        String city = DistrictCodes.cityOf(request.officeCode()).orElseThrow(() -> ProblemException.badRequest(
                "The office code names no district.", List.of(new FieldError("officeCode", "district",
                        "must contain a 6-digit district code, e.g. JO-440104-01"))));
        if (!caller.hasRole(Roles.ADMIN) && !caller.hasRole(Roles.AGENCY_SUPERVISOR)
                && caller.officeCode().filter(request.officeCode()::equals).isEmpty()) {
            throw new ProblemException(403, ProblemType.ACCESS_DENIED,
                    "Judicial officers ask for recommendations for their own office only.", null);
        }
        LocalDate today = figures.today();
        BigDecimal needed = figures.weight(request.riskLevel());
        Set<Specialisation> wanted = request.specialisations() == null || request.specialisations().isEmpty()
                ? EnumSet.noneOf(Specialisation.class) : EnumSet.copyOf(request.specialisations());
        // Those posted at the office rank first: the city's other workers are only read when the office has too few.
        List<Recommendation> candidates = candidates(request, city, today, needed, wanted, true, limit);
        if (candidates.size() < limit) {
            candidates.addAll(candidates(request, city, today, needed, wanted, false, limit - candidates.size()));
        }
        return candidates;
    }

    /**
     * The best {@code limit} candidates posted today at the office ({@code atOffice}), or only elsewhere in the city.
     * The database chooses them by the figures kept at each worker's last change ({@code capacity_state}, by
     * {@link CapacityWatch}) in the ranking's order, with a margin; each is then checked and ranked again by the
     * figures counted now, which the answer shows.
     */
    private List<Recommendation> candidates(NewCase request, String city, LocalDate today, BigDecimal needed,
                                            Set<Specialisation> wanted, boolean atOffice, int limit) {
        List<Worker> chosen = chosen(request, city, today, needed, wanted, atOffice, 2 * limit + 10);
        if (chosen.isEmpty()) {
            return new ArrayList<>();
        }
        Map<String, WorkerCaseload> caseloads = figures.of(chosen);
        Map<String, List<Posting>> postings = new LinkedHashMap<>();
        for (Posting posting : figures.postingsToday(chosen.stream().map(w -> w.workerId).toList())) {
            // the like patterns are a coarse filter; the district must really be in the city
            if (DistrictCodes.cityOf(posting.siteCode).filter(city::equals).isPresent()) {
                postings.computeIfAbsent(posting.workerId, id -> new ArrayList<>()).add(posting);
            }
        }
        List<Recommendation> candidates = new ArrayList<>();
        for (Worker worker : chosen) {
            WorkerCaseload caseload = caseloads.get(worker.workerId);
            List<Posting> own = postings.getOrDefault(worker.workerId, List.of());
            boolean qualified = worker.qualification().map(q -> !q.issuedOn().isAfter(today)
                    && !q.expiresOn().isBefore(today)).orElse(false);
            if (own.isEmpty() || caseload.free().compareTo(needed) < 0 || caseload.free().signum() <= 0
                    || request.caseType() == CaseType.CORRECTION && !qualified
                    || own.stream().anyMatch(p -> p.siteCode.equals(request.officeCode())) != atOffice) {
                continue;
            }
            candidates.add(recommendation(worker, own, caseload, request, wanted, needed, qualified));
        }
        candidates.sort(Comparator.comparing(Recommendation::postedAtOffice).reversed()
                .thenComparing(Comparator.comparingInt((Recommendation r) -> r.matchingSpecialisations().size())
                        .reversed())
                .thenComparing(Recommendation::freeCapacity, Comparator.reverseOrder())
                .thenComparing(r -> rank(r.qualificationLevel()), Comparator.reverseOrder())
                .thenComparing(Recommendation::workerId));
        return new ArrayList<>(candidates.stream().limit(limit).toList());
    }

    /**
     * Active workers in the caller's reach posted today at the office, or else only elsewhere in the city, with
     * free capacity for the case by their kept figures, in the ranking's order: at most {@code limit}.
     */
    private List<Worker> chosen(NewCase request, String city, LocalDate today, BigDecimal needed,
                                Set<Specialisation> wanted, boolean atOffice, int limit) {
        String postedToday = " p.starts_on <= :today and (p.ends_on is null or p.ends_on >= :today)";
        // At the office, each worker's kept figures are looked up by key (offset 0 keeps the lateral subquery from
        // being joined: joined, the planner reads every worker's row to hash the thousand posted at an office).
        // Elsewhere in the city, most workers are candidates and a join reads them at once.
        String free = atOffice ? " cross join lateral (select s.capacity - s.weighted_load as free"
                + " from capacity_state s where s.worker_id = w.worker_id offset 0) f"
                : " join (select worker_id, capacity - weighted_load as free from capacity_state) f"
                + " on f.worker_id = w.worker_id";
        StringBuilder query = new StringBuilder(atOffice
                // at most one posting of a worker at a site covers a day (the same site twice in a period is refused)
                ? "select w.worker_id from posting p join worker w on w.worker_id = p.worker_id" + free
                        + " where p.site_code = :office and" + postedToday
                : "select w.worker_id from worker w" + free
                        + " where not exists (select 1 from posting p where p.worker_id = w.worker_id and"
                        + postedToday + " and p.site_code = :office)"
                        + " and exists (select 1 from posting p where p.worker_id = w.worker_id and" + postedToday
                        + " and (p.site_code like :inside or p.site_code like :atEnd))");
        query.append(" and w.status = :active and f.free >= :needed and f.free > 0");
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("active", WorkerStatus.ACTIVE.name());
        parameters.put("needed", needed);
        parameters.put("today", today);
        parameters.put("office", request.officeCode());
        if (!atOffice) {
            parameters.put("inside", "%-" + city + "__-%");
            parameters.put("atEnd", "%-" + city + "__");
        }
        String qualifiedToday = "w.qualification_level is not null and w.certificate_issued_on <= :today"
                + " and w.certificate_expires_on >= :today";
        if (request.caseType() == CaseType.CORRECTION) {
            query.append(" and ").append(qualifiedToday);
        }
        if (!caller.hasRole(Roles.ADMIN) && caller.hasRole(Roles.AGENCY_SUPERVISOR)) {
            query.append(" and w.agency_code = :ownAgency");
            parameters.put("ownAgency", caller.agencyId().orElse(""));
        }
        // the specialisations column lists enum names, none of which is part of another
        StringBuilder matching = new StringBuilder();
        wanted.forEach(s -> matching.append(matching.isEmpty() ? "" : " + ")
                .append("case when w.specialisations like '%").append(s.name()).append("%' then 1 else 0 end"));
        StringBuilder level = new StringBuilder("case when ").append(qualifiedToday)
                .append(" then case w.qualification_level");
        for (QualificationLevel each : QualificationLevel.values()) {
            level.append(" when '").append(each.name()).append("' then ").append(rank(each));
        }
        level.append(" end else -1 end");
        query.append(" order by ").append(matching.isEmpty() ? "" : matching + " desc, ").append("f.free desc, ")
                .append(level).append(" desc, w.worker_id limit ").append(limit);
        Query select = Worker.getEntityManager().createNativeQuery(query.toString(), String.class);
        parameters.forEach(select::setParameter);
        @SuppressWarnings("unchecked")
        List<String> ids = select.getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, Worker> byId = Worker.<Worker>list("workerId in :ids", Parameters.with("ids", ids)).stream()
                .collect(Collectors.toMap(w -> w.workerId, w -> w));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    private static Recommendation recommendation(Worker worker, List<Posting> postings, WorkerCaseload caseload,
                                                 NewCase request, Set<Specialisation> wanted, BigDecimal needed,
                                                 boolean qualified) {
        boolean atOffice = postings.stream().anyMatch(p -> p.siteCode.equals(request.officeCode()));
        List<String> reasons = new ArrayList<>();
        if (atOffice) {
            reasons.add("posted at " + request.officeCode() + " today");
        } else {
            reasons.add("posted in the same city today, at " + postings.stream().map(p -> p.siteCode).distinct()
                    .collect(Collectors.joining(", ")));
        }
        Set<Specialisation> matching = EnumSet.noneOf(Specialisation.class);
        matching.addAll(worker.specialisations);
        matching.retainAll(wanted);
        if (!matching.isEmpty()) {
            reasons.add("specialised in " + matching.stream().map(Enum::name).collect(Collectors.joining(", ")));
        } else if (!wanted.isEmpty()) {
            reasons.add("none of the requested specialisations");
        }
        reasons.add("free weighted capacity " + caseload.free() + " of " + caseload.capacity() + " (the case needs "
                + needed + ")");
        if (qualified) {
            reasons.add("qualified " + worker.qualificationLevel + " until " + worker.certificateExpiresOn);
        } else {
            reasons.add("no valid qualification (enough for a prevention case)");
        }
        return new Recommendation(worker.workerId, worker.agencyCode, atOffice,
                postings.stream().map(p -> p.siteCode).distinct().toList(), List.copyOf(matching),
                qualified ? worker.qualificationLevel : null, caseload.weightedLoad(), caseload.capacity(),
                caseload.free(), reasons);
    }

    private static int rank(QualificationLevel level) {
        // the enum lists the levels from the lowest to the highest
        return level == null ? -1 : level.ordinal();
    }

    /** What the recommendation is for. */
    public record NewCase(String officeCode, CaseType caseType, RiskLevel riskLevel,
                          Set<Specialisation> specialisations) {
    }

    /** One candidate and why it ranks where it does. */
    public record Recommendation(String workerId, String agencyId, boolean postedAtOffice, List<String> postedAt,
                                 List<Specialisation> matchingSpecialisations, QualificationLevel qualificationLevel,
                                 BigDecimal weightedLoad, BigDecimal capacity, BigDecimal freeCapacity,
                                 List<String> reasons) {
    }
}
