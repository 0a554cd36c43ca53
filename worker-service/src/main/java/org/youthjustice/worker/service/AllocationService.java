package org.youthjustice.worker.service;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
        Map<Worker, List<Posting>> nearby = postedInCity(city, today);
        Map<String, WorkerCaseload> caseloads = figures.of(new ArrayList<>(nearby.keySet()));
        BigDecimal needed = figures.weight(request.riskLevel());
        Set<Specialisation> wanted = request.specialisations() == null || request.specialisations().isEmpty()
                ? EnumSet.noneOf(Specialisation.class) : EnumSet.copyOf(request.specialisations());

        List<Recommendation> candidates = new ArrayList<>();
        nearby.forEach((worker, postings) -> {
            WorkerCaseload caseload = caseloads.get(worker.workerId);
            boolean qualified = worker.qualification().map(q -> !q.issuedOn().isAfter(today)
                    && !q.expiresOn().isBefore(today)).orElse(false);
            if (caseload.free().compareTo(needed) < 0 || caseload.free().signum() <= 0
                    || request.caseType() == CaseType.CORRECTION && !qualified) {
                return;
            }
            candidates.add(recommendation(worker, postings, caseload, request, wanted, needed, qualified));
        });
        candidates.sort(Comparator.comparing(Recommendation::postedAtOffice).reversed()
                .thenComparing(Comparator.comparingInt((Recommendation r) -> r.matchingSpecialisations().size())
                        .reversed())
                .thenComparing(Recommendation::freeCapacity, Comparator.reverseOrder())
                .thenComparing(r -> rank(r.qualificationLevel()), Comparator.reverseOrder())
                .thenComparing(Recommendation::workerId));
        return candidates.stream().limit(limit).toList();
    }

    /** Active workers in the caller's reach with a posting today at a site of the city, with those postings. */
    private Map<Worker, List<Posting>> postedInCity(String city, LocalDate today) {
        StringBuilder query = new StringBuilder("select p, w from Posting p join Worker w on w.workerId = p.workerId"
                + " where w.status = :active and p.startsOn <= :today and (p.endsOn is null or p.endsOn >= :today)"
                + " and (p.siteCode like :inside or p.siteCode like :atEnd)");
        Parameters parameters = Parameters.with("active", WorkerStatus.ACTIVE).and("today", today)
                .and("inside", "%-" + city + "__-%").and("atEnd", "%-" + city + "__");
        if (!caller.hasRole(Roles.ADMIN) && caller.hasRole(Roles.AGENCY_SUPERVISOR)) {
            query.append(" and w.agencyCode = :ownAgency");
            parameters.and("ownAgency", caller.agencyId().orElse(""));
        }
        var select = Posting.getEntityManager().createQuery(query + " order by w.workerId, p.id", Object[].class);
        parameters.map().forEach(select::setParameter);
        Map<Worker, List<Posting>> result = new LinkedHashMap<>();
        for (Object[] row : select.getResultList()) {
            Posting posting = (Posting) row[0];
            // the like patterns are a coarse filter; the district must really be in the city
            if (DistrictCodes.cityOf(posting.siteCode).filter(city::equals).isPresent()) {
                result.computeIfAbsent((Worker) row[1], w -> new ArrayList<>()).add(posting);
            }
        }
        return result;
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
