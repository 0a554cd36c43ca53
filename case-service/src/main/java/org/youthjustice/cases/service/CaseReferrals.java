package org.youthjustice.cases.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.hibernate.exception.ConstraintViolationException;
import org.youthjustice.cases.domain.CaseStatus;
import org.youthjustice.cases.domain.JuvenileCase;
import org.youthjustice.cases.messaging.out.CaseEvents;
import org.youthjustice.platform.caller.Caller;
import org.youthjustice.platform.identity.IdentityNumber;
import org.youthjustice.platform.problem.ProblemException;
import org.youthjustice.platform.problem.ProblemType;
import org.youthjustice.platform.time.ServiceZone;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

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
    OpenCases openCases;

    @Inject
    CaseReferences references;

    @Inject
    CaseEvents events;

    @Inject
    Clock clock;

    @Inject
    DuplicateReferrals duplicates;

    /** Opens a case for a referral of the caller's court. */
    public JuvenileCase refer(NewReferral referral) {
        return open(referral, referringCourt());
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
        List<ChunkItem> items = new ArrayList<>(referrals.size());
        // the items of an import share a few districts: each is looked up once per chunk
        Map<String, String> prefixByRegion = new HashMap<>();
        for (NewReferral referral : referrals) {
            items.add(ChunkItem.checked(items.size(), referral, today, prefixByRegion));
        }
        // one query for the open cases of the whole chunk; a juvenile twice in the chunk is referred once, by the
        // first of its items
        Map<IdentityNumber, OpenCase> open = openCases.ofAll(items.stream().filter(ChunkItem::admitted)
                .map(ChunkItem::juvenile).toList());
        Map<IdentityNumber, ChunkItem> toOpen = new LinkedHashMap<>();
        Map<String, Integer> perCity = new TreeMap<>();
        for (ChunkItem item : items) {
            if (item.admitted() && !open.containsKey(item.juvenile())
                    && toOpen.putIfAbsent(item.juvenile(), item) == null) {
                perCity.merge(item.cityPrefix(), 1, Integer::sum);
            }
        }
        Map<String, Iterator<String>> reserved = new HashMap<>();
        perCity.forEach((prefix, count) -> reserved.put(prefix,
                references.reserve(prefix, today.getYear(), count).iterator()));
        Instant now = Instant.now(clock);
        Map<IdentityNumber, String> opened = new HashMap<>();
        for (ChunkItem item : toOpen.values()) {
            JuvenileCase c = newCase(item.referral(), court, reserved.get(item.cityPrefix()).next(), now);
            // inserted at once (identity ids); a concurrent referral that won the race fails the whole chunk
            c.persist();
            events.referred(c);
            opened.put(item.juvenile(), c.reference);
        }
        List<Referred> outcomes = new ArrayList<>(items.size());
        for (ChunkItem item : items) {
            if (!item.admitted()) {
                outcomes.add(new Referred(null, item.refusal()));
            } else if (toOpen.containsKey(item.juvenile())
                    && toOpen.get(item.juvenile()).position() == item.position()) {
                outcomes.add(new Referred(opened.get(item.juvenile()), null));
            } else {
                OpenCase existing = open.containsKey(item.juvenile()) ? open.get(item.juvenile())
                        : new OpenCase(opened.get(item.juvenile()), court);
                outcomes.add(new Referred(null, duplicates.refusal(existing, court)));
            }
        }
        return outcomes;
    }

    /** The case a referral opened, or why it was refused. */
    public record Referred(String reference, ProblemException refusal) {
    }

    /**
     * One referral of an import chunk after the rules: admitted, with the city its reference is numbered in, or
     * refused.
     */
    private record ChunkItem(int position, NewReferral referral, String cityPrefix, ProblemException refusal) {

        static ChunkItem checked(int position, NewReferral referral, LocalDate today,
                                 Map<String, String> prefixByRegion) {
            try {
                ReferralRules.check(referral, today);
                String prefix = prefixByRegion.get(referral.regionCode());
                if (prefix == null) {
                    prefix = CaseReferences.cityPrefixOf(referral.regionCode());
                    prefixByRegion.put(referral.regionCode(), prefix);
                }
                return new ChunkItem(position, referral, prefix, null);
            } catch (ProblemException refusal) {
                return new ChunkItem(position, referral, null, refusal);
            }
        }

        boolean admitted() {
            return refusal == null;
        }

        IdentityNumber juvenile() {
            return referral.identityNumber();
        }
    }

    private String referringCourt() {
        return caller.courtCode().orElseThrow(() -> new ProblemException(403, ProblemType.ACCESS_DENIED,
                "Only a caller with a court code refers cases.", null));
    }

    /** Checks the referral against the rules and opens its case; a refusal is thrown before anything is written. */
    private JuvenileCase open(NewReferral referral, String court) {
        LocalDate today = ServiceZone.today(clock);
        ReferralRules.check(referral, today);
        String cityPrefix = CaseReferences.cityPrefixOf(referral.regionCode());
        openCases.of(referral.identityNumber()).ifPresent(open -> {
            throw duplicates.refusal(open, court);
        });
        JuvenileCase c = newCase(referral, court, references.next(cityPrefix, today.getYear()), Instant.now(clock));
        persistUnlessOpenCaseRaced(c);
        events.referred(c);
        return c;
    }

    /** A new case of the referral, not persisted yet, its personal data protected. */
    private JuvenileCase newCase(NewReferral referral, String court, String reference, Instant now) {
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
        identity.protect(c, referral);
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
}
