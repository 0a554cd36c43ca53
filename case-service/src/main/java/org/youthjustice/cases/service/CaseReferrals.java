package org.youthjustice.cases.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.hibernate.exception.ConstraintViolationException;
import org.youthjustice.cases.domain.CaseStatus;
import org.youthjustice.cases.domain.JuvenileCase;
import org.youthjustice.cases.messaging.CaseEvents;
import org.youthjustice.platform.caller.Caller;
import org.youthjustice.platform.problem.ProblemException;
import org.youthjustice.platform.problem.ProblemType;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static org.youthjustice.cases.config.Clocks.SERVICE_ZONE;

/**
 * Referring juveniles: a court's referral opens a case, unless a rule refuses it or the juvenile already has an open
 * case ({@link DuplicateReferrals}); the referrals of a bulk import are opened a chunk at a time.
 */
@ApplicationScoped
@Transactional
public class CaseReferrals {

    private static final String OPEN_CASE_INDEX = "juvenile_case_one_open_per_juvenile";

    @Inject
    Caller caller;

    @Inject
    Caseload cases;

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
                return cases.find(earlier.get());
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
        LocalDate today = LocalDate.now(clock.withZone(SERVICE_ZONE));
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
                    prefix = CaseReferences.cityPrefixOf(region);
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
        LocalDate today = LocalDate.now(clock.withZone(SERVICE_ZONE));
        ReferralRules.check(referral, today);
        String cityPrefix = CaseReferences.cityPrefixOf(referral.regionCode());
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

    /** An {@code Idempotency-Key} and the hash of the request it came with. */
    public record IdempotentRequest(String key, String requestHash) {
    }
}
