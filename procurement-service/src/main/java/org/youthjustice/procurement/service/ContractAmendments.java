package org.youthjustice.procurement.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.youthjustice.platform.caller.Caller;
import org.youthjustice.platform.problem.FieldError;
import org.youthjustice.platform.problem.ProblemException;
import org.youthjustice.procurement.domain.ContractPayment;
import org.youthjustice.procurement.domain.ContractStatus;
import org.youthjustice.procurement.domain.ContractTerms;
import org.youthjustice.procurement.domain.Money;
import org.youthjustice.procurement.domain.ServiceContract;
import org.youthjustice.procurement.domain.TermsChange;
import org.youthjustice.procurement.messaging.out.ContractEvents;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;

/**
 * Amending a contract's period, posts, budget (and its funding) or sites: each amendment writes the next version of
 * the terms with its reason, numbered 1, 2, ... (terms version 2, 3, ...), and leaves the earlier versions as they
 * were; the budget never falls below what has been paid. Once awarded, each amendment is published as {@code contract.amended}; a draft's terms are published with
 * its award.
 */
@ApplicationScoped
@Transactional
public class ContractAmendments {

    @Inject
    Contracts contracts;

    @Inject
    ContractEvents events;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    public Contracts.AmendedTerms amend(UUID id, OptionalInt expectedRevision, Amendment amendment) {
        ServiceContract c = contracts.managedForUpdate(id, expectedRevision);
        if (c.status == ContractStatus.CLOSED || c.status == ContractStatus.TERMINATED) {
            throw ProblemException.conflict("Contract " + c.number + " is " + c.status + ": it is amended no more.");
        }
        ContractTerms current = c.terms();
        ContractTerms next = current.nextVersion(amendment.reason().strip(), Instant.now(clock), caller.subject());
        if (amendment.periodStart() != null) {
            next.periodStart = amendment.periodStart();
        }
        if (amendment.periodEnd() != null) {
            next.periodEnd = amendment.periodEnd();
        }
        if (amendment.fundedPosts() != null) {
            next.fundedPosts = amendment.fundedPosts();
        }
        if (amendment.budget() != null) {
            next.budget = Money.fen(amendment.budget());
        }
        if (amendment.funding() != null) {
            TermsRules.fund(next, amendment.funding());
        }
        if (amendment.sites() != null) {
            next.sites = List.copyOf(amendment.sites());
        }
        Set<TermsChange> changes = TermsChange.between(current, next);
        if (changes.isEmpty()) {
            throw ProblemException.unprocessable("The amendment changes nothing in the terms in force.",
                    List.of(new FieldError("changes", "unchanged", "must change at least one of periodStart, "
                            + "periodEnd, fundedPosts, budget, fundingSources, sites")));
        }
        TermsRules.checkPeriod(next);
        TermsRules.checkFunding(next);
        BigDecimal paid = ContractPayment.paidTotal(c.id);
        if (next.budget.compareTo(paid) < 0) {
            throw ProblemException.unprocessable("The budget cannot fall below the " + paid + " CNY already paid.",
                    List.of(new FieldError("budget", "paid", "must be at least the " + paid + " CNY already paid")));
        }
        next.persist();
        c.termsVersion = next.version;
        ServiceContract.flush();
        Contracts.AmendedTerms amended = new Contracts.AmendedTerms(current, next);
        if (c.status != ContractStatus.DRAFT) {
            events.amended(c, next, amended.number(), changes);
        }
        return amended;
    }
}
