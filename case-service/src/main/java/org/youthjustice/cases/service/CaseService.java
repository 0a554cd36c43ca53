package org.youthjustice.cases.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.hibernate.exception.ConstraintViolationException;
import org.youthjustice.cases.domain.AssignmentEnd;
import org.youthjustice.cases.domain.AuditAction;
import org.youthjustice.cases.domain.CaseAssignment;
import org.youthjustice.cases.domain.CaseStatus;
import org.youthjustice.cases.domain.CaseTransition;
import org.youthjustice.cases.domain.CaseType;
import org.youthjustice.cases.domain.ClosureReason;
import org.youthjustice.cases.domain.JuvenileCase;
import org.youthjustice.cases.domain.Region;
import org.youthjustice.cases.domain.RegionLevel;
import org.youthjustice.cases.domain.RiskLevel;
import org.youthjustice.cases.messaging.CaseEvents;
import org.youthjustice.platform.caller.Caller;
import org.youthjustice.platform.caller.Roles;
import org.youthjustice.platform.identity.IdentityNumber;
import org.youthjustice.platform.paging.Page;
import org.youthjustice.platform.paging.PageRequest;
import org.youthjustice.platform.problem.FieldError;
import org.youthjustice.platform.problem.ProblemException;
import org.youthjustice.platform.problem.ProblemType;
import org.youthjustice.platform.time.ServiceZone;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/** Referring juveniles, reading cases within the caller's scope, moving cases through their statuses. */
@ApplicationScoped
@Transactional
public class CaseService {

    private static final String OPEN_CASE_INDEX = "juvenile_case_one_open_per_juvenile";

    /**
     * A visit of case {@code c} that is late: scheduled and past its due day, or missed with no visit recorded since
     * the miss was found.
     */
    private static final String OVERDUE_VISIT = "(select 1 from CaseVisit v where v.caseId = c.id and ((v.status = "
            + "org.youthjustice.cases.domain.VisitStatus.SCHEDULED and v.dueOn < :overdueToday) or (v.status = "
            + "org.youthjustice.cases.domain.VisitStatus.MISSED and not exists (select 1 from CaseVisit w where "
            + "w.caseId = c.id and w.status = org.youthjustice.cases.domain.VisitStatus.COMPLETED and w.closedAt > "
            + "v.closedAt))))";

    @Inject
    Caller caller;

    @Inject
    CaseScope scope;

    @Inject
    CaseIdentity identity;

    @Inject
    CaseReferences references;

    @Inject
    IdempotencyKeys idempotencyKeys;

    @Inject
    CaseEvents events;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    VisitSchedule visitSchedule;

    @Inject
    DuplicateReferrals duplicates;

    /**
     * Opens a case for a referral of the caller's court. With an {@code idempotencyKey} already used for the same
     * request, answers the case that request created instead.
     */
    public JuvenileCase refer(NewReferral referral, Optional<IdempotentRequest> idempotent) {
        String court = referringCourt();
        if (idempotent.isPresent()) {
            Optional<String> earlier = idempotencyKeys.claim(caller.subject(), idempotent.get().key(),
                    idempotent.get().requestHash());
            if (earlier.isPresent()) {
                return find(earlier.get());
            }
        }
        JuvenileCase c = open(referral, court);
        idempotent.ifPresent(request -> idempotencyKeys.created(caller.subject(), request.key(), c.reference));
        return c;
    }

    /**
     * Refers the referrals of one chunk of an import in one transaction: a referral refused by a rule is left out
     * with its refusal (before it wrote anything), the others are opened together. When the transaction fails as a
     * whole (a concurrent referral of one of the juveniles committed first), nothing of the chunk is kept: the caller
     * refers its referrals one by one instead.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Referred> referTogether(List<NewReferral> referrals) {
        String court = referringCourt();
        LocalDate today = ServiceZone.today(clock);
        Referred[] outcomes = new Referred[referrals.size()];
        String[] prefixes = new String[referrals.size()];
        String[] indexes = new String[referrals.size()];
        // the items of an import share a few districts: each is looked up once per chunk
        Map<String, String> prefixByRegion = new HashMap<>();
        for (int i = 0; i < referrals.size(); i++) {
            try {
                ReferralRules.check(referrals.get(i), today);
                String region = referrals.get(i).regionCode();
                String prefix = prefixByRegion.get(region);
                if (prefix == null) {
                    prefix = cityPrefixOf(region);
                    prefixByRegion.put(region, prefix);
                }
                prefixes[i] = prefix;
                indexes[i] = identity.indexOf(referrals.get(i).identityNumber());
            } catch (ProblemException refusal) {
                outcomes[i] = new Referred(null, refusal);
            }
        }
        // one query for the open cases of the whole chunk, under every configured blind-index key (a case not yet
        // re-indexed after a rotation is found by its old index); a juvenile twice in the chunk is referred once
        Map<String, String> storedIndexOf = new HashMap<>();
        for (int i = 0; i < referrals.size(); i++) {
            if (indexes[i] != null) {
                for (String lookup : identity.lookupIndexesOf(referrals.get(i).identityNumber())) {
                    storedIndexOf.put(lookup, indexes[i]);
                }
            }
        }
        Map<String, OpenCase> openCases = openCasesOf(storedIndexOf);
        Map<String, Integer> firstInChunk = new HashMap<>();
        Map<String, Integer> perCity = new TreeMap<>();
        for (int i = 0; i < referrals.size(); i++) {
            if (outcomes[i] == null && !openCases.containsKey(indexes[i])
                    && firstInChunk.putIfAbsent(indexes[i], i) == null) {
                perCity.merge(prefixes[i], 1, Integer::sum);
            }
        }
        Map<String, Iterator<String>> reserved = new HashMap<>();
        perCity.forEach((prefix, count) -> reserved.put(prefix,
                references.reserve(prefix, today.getYear(), count).iterator()));
        Instant now = Instant.now(clock);
        for (int i = 0; i < referrals.size(); i++) {
            if (outcomes[i] == null && !openCases.containsKey(indexes[i]) && firstInChunk.get(indexes[i]) == i) {
                JuvenileCase c = newCase(referrals.get(i), indexes[i], court, reserved.get(prefixes[i]).next(), now);
                // inserted at once (identity ids); a concurrent referral that won the race fails the whole chunk
                c.persist();
                events.referred(c);
                outcomes[i] = new Referred(c.reference, null);
            }
        }
        for (int i = 0; i < referrals.size(); i++) {
            if (outcomes[i] == null) {
                OpenCase existing = openCases.containsKey(indexes[i]) ? openCases.get(indexes[i])
                        : new OpenCase(outcomes[firstInChunk.get(indexes[i])].reference(), court);
                outcomes[i] = new Referred(null, duplicates.refusal(existing, court));
            }
        }
        return List.of(outcomes);
    }

    /**
     * The open cases among the juveniles with these blind indexes (any index under any configured key, to the
     * index under the primary key that a new case would store), by index under the primary key. The indexes go as
     * one array parameter: a query with a list of a hundred parameters is translated again at every call, and only
     * three columns are read, not whole cases.
     */
    private static Map<String, OpenCase> openCasesOf(Map<String, String> storedIndexOf) {
        Map<String, OpenCase> open = new HashMap<>();
        if (!storedIndexOf.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = JuvenileCase.getEntityManager().createNativeQuery("""
                            select identity_number_index, reference, court_code from juvenile_case
                             where identity_number_index = any(?1) and status <> ?2""")
                    .setParameter(1, storedIndexOf.keySet().toArray(String[]::new))
                    .setParameter(2, CaseStatus.CLOSED.name())
                    .getResultList();
            rows.forEach(row -> open.put(storedIndexOf.get((String) row[0]),
                    new OpenCase((String) row[1], (String) row[2])));
        }
        return open;
    }

    /** The case a referral opened, or why it was refused. */
    public record Referred(String reference, ProblemException refusal) {
    }

    private String referringCourt() {
        return caller.courtCode().orElseThrow(() -> new ProblemException(403, ProblemType.ACCESS_DENIED,
                "Only a caller with a court code refers cases.", null));
    }

    /** Checks the referral against the rules and opens its case; a refusal is thrown before anything is written. */
    private JuvenileCase open(NewReferral referral, String court) {
        LocalDate today = ServiceZone.today(clock);
        ReferralRules.check(referral, today);
        String cityPrefix = cityPrefixOf(referral.regionCode());
        String indexed = identity.indexOf(referral.identityNumber());
        JuvenileCase.<JuvenileCase>find("identityNumberIndex in ?1 and status <> ?2",
                        identity.lookupIndexesOf(referral.identityNumber()), CaseStatus.CLOSED)
                .firstResultOptional().ifPresent(open -> {
                    throw duplicates.refusal(new OpenCase(open.reference, open.courtCode), court);
                });
        JuvenileCase c = newCase(referral, indexed, court, references.next(cityPrefix, today.getYear()),
                Instant.now(clock));
        persistUnlessOpenCaseRaced(c);
        events.referred(c);
        return c;
    }

    /** A new case of the referral, not persisted yet, its personal data protected under its blind index. */
    private JuvenileCase newCase(NewReferral referral, String identityNumberIndex, String court, String reference,
                                 Instant now) {
        JuvenileCase c = new JuvenileCase();
        c.reference = reference;
        c.type = referral.type();
        c.correctionKind = referral.correctionKind();
        c.referralSource = referral.referralSource();
        c.officeCode = referral.officeCode();
        c.courtCode = court;
        c.periodStart = referral.periodStart();
        c.periodEnd = referral.periodEnd();
        c.offenceDate = referral.offenceDate();
        c.regionCode = referral.regionCode();
        c.gridCode = referral.gridCode();
        c.status = CaseStatus.REFERRED;
        identity.protect(c, referral, identityNumberIndex);
        c.createdAt = now;
        c.createdBy = caller.subject();
        c.touch(caller.subject(), now);
        return c;
    }

    /**
     * Inserts the case; a concurrent referral of the same juvenile that committed first makes the one-open-case
     * index refuse it, answered like the check above (without the reference: this transaction can no longer read).
     */
    private static void persistUnlessOpenCaseRaced(JuvenileCase c) {
        try {
            c.persist();
            JuvenileCase.flush();
        } catch (PersistenceException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof ConstraintViolationException violation
                        && OPEN_CASE_INDEX.equals(violation.getConstraintName())) {
                    throw ProblemException.conflict("This juvenile already has an open case; add to that case "
                            + "instead of referring again.");
                }
            }
            throw e;
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public JuvenileCase find(String reference) {
        StringBuilder query = new StringBuilder("from JuvenileCase c where c.reference = :reference");
        Parameters parameters = Parameters.with("reference", reference);
        scope.restrict(query, parameters);
        return JuvenileCase.<JuvenileCase>find(query.toString(), parameters).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("No case " + reference + "."));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<JuvenileCase> list(CaseFilter filter, CaseSort sort, PageRequest page) {
        var found = matching(filter, sort);
        return Page.of(found, page);
    }

    /**
     * The cases in the caller's scope (never a sealed one) that match every filter given, sorted: the one query of
     * the list and of the export, so that both always select the same cases.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PanacheQuery<JuvenileCase> matching(CaseFilter filter, CaseSort sort) {
        StringBuilder query = new StringBuilder("from JuvenileCase c where 1 = 1");
        Parameters parameters = new Parameters();
        filter.status().ifPresent(status -> {
            query.append(" and c.status = :status");
            parameters.and("status", status);
        });
        filter.type().ifPresent(type -> {
            query.append(" and c.type = :type");
            parameters.and("type", type);
        });
        filter.workerId().ifPresent(worker -> {
            query.append(" and c.assignedWorkerId = :worker");
            parameters.and("worker", worker);
        });
        filter.assigned().ifPresent(assigned -> query.append(assigned
                ? " and c.assignedWorkerId is not null" : " and c.assignedWorkerId is null"));
        filter.riskLevel().ifPresent(risk -> {
            query.append(" and c.riskLevel = :risk");
            parameters.and("risk", risk);
        });
        filter.officeCode().ifPresent(office -> {
            query.append(" and c.officeCode = :office");
            parameters.and("office", office);
        });
        // A period filter keeps the cases whose correction period overlaps it.
        filter.periodFrom().ifPresent(from -> {
            query.append(" and c.periodEnd >= :periodFrom");
            parameters.and("periodFrom", from);
        });
        filter.periodTo().ifPresent(to -> {
            query.append(" and c.periodStart <= :periodTo");
            parameters.and("periodTo", to);
        });
        filter.overdueVisits().ifPresent(overdue -> {
            if (caller.hasRole(Roles.COURT_OFFICER) && !caller.hasAnyRole(Roles.ADMIN, Roles.JUDICIAL_OFFICER)) {
                throw new ProblemException(403, ProblemType.ACCESS_DENIED, "Court officers see referral data only, "
                        + "not visits.", null);
            }
            query.append(overdue ? " and exists " : " and not exists ").append(OVERDUE_VISIT);
            parameters.and("overdueToday", ServiceZone.today(clock));
        });
        scope.restrict(query, parameters);
        return JuvenileCase.find(query.toString(), sort.toSort(), parameters);
    }

    /**
     * The case in the caller's scope, locked for this transaction, if it is still the version the caller read
     * (412 otherwise).
     */
    public JuvenileCase findForUpdate(String reference, OptionalInt expectedVersion) {
        JuvenileCase c = find(reference);
        JuvenileCase.getEntityManager().lock(c, LockModeType.PESSIMISTIC_WRITE);
        JuvenileCase.getEntityManager().refresh(c);
        if (expectedVersion.isPresent() && expectedVersion.getAsInt() != c.version) {
            throw ProblemException.preconditionFailed("Case " + reference + " has changed since you read it; "
                    + "read it again.");
        }
        return c;
    }

    public JuvenileCase transition(String reference, OptionalInt expectedVersion, CaseStatus to, String reason,
                                   ClosureReason closureReason) {
        JuvenileCase c = findForUpdate(reference, expectedVersion);
        if (to == CaseStatus.CLOSED && closureReason == null) {
            throw ProblemException.badRequest("Closing a case needs a closure reason.", List.of(
                    new FieldError("closureReason", "required", "must be given when closing")));
        }
        if (to != CaseStatus.CLOSED && closureReason != null) {
            throw ProblemException.badRequest("A closure reason is given only when closing.", List.of(
                    new FieldError("closureReason", "not-closing", "must be absent unless to is CLOSED")));
        }
        if (!c.status.mayMoveTo(to)) {
            throw ProblemException.conflict("Case " + reference + " is " + c.status + " and cannot move to " + to
                    + ".").with("allowed", c.status.allowedTargets().stream().map(Enum::name).toList());
        }
        Instant now = Instant.now(clock);
        CaseTransition transition = new CaseTransition();
        transition.caseId = c.id;
        transition.fromStatus = c.status;
        transition.toStatus = to;
        transition.reason = reason.strip();
        transition.closureReason = closureReason;
        transition.changedAt = now;
        transition.changedBy = caller.subject();
        transition.persist();
        if (to == CaseStatus.CLOSED) {
            // the lead worker stays on record as the last one; their time on the case ends with it
            CaseAssignment.current(c.id).ifPresent(a -> a.end(AssignmentEnd.CASE_CLOSED, caller.subject(), now));
        }
        c.status = to;
        c.closureReason = closureReason;
        c.touch(caller.subject(), now);
        JuvenileCase.flush();
        events.transitioned(c, transition);
        audit.record(AuditAction.STATUS_CHANGED, c.reference, null, transition.fromStatus + "→" + to);
        visitSchedule.caseMoved(c, now);
        return c;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CaseTransition> history(String reference) {
        JuvenileCase c = find(reference);
        return CaseTransition.list("caseId", Sort.by("changedAt").and("id"), c.id);
    }

    /** The prefix of the city a case filed under {@code regionCode} is numbered in. */
    private static String cityPrefixOf(String regionCode) {
        Region region = Region.findById(regionCode);
        if (region != null && region.level == RegionLevel.DISTRICT) {
            region = Region.findById(region.parentCode);
        } else if (region != null && (region.level != RegionLevel.CITY
                || Region.count("parentCode", region.code) > 0)) {
            // A city with districts files its cases under one of them; Dongguan and Zhongshan have none.
            region = null;
        }
        if (region == null || region.referencePrefix == null) {
            throw ProblemException.unprocessable("Cases are filed under a district served by the platform.",
                    List.of(new FieldError("regionCode", "unknown", "must be a district served (see /regions)")));
        }
        return region.referencePrefix;
    }

    /** An {@code Idempotency-Key} and the hash of the request it came with. */
    public record IdempotentRequest(String key, String requestHash) {
    }

    /** Filters of the case list; each absent one does not filter. */
    public record CaseFilter(Optional<CaseStatus> status, Optional<CaseType> type, Optional<String> officeCode,
                             Optional<String> workerId, Optional<Boolean> assigned, Optional<RiskLevel> riskLevel,
                             Optional<LocalDate> periodFrom, Optional<LocalDate> periodTo,
                             Optional<Boolean> overdueVisits) {
    }
}
