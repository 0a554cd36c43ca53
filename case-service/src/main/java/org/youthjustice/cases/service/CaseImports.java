package org.youthjustice.cases.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.youthjustice.platform.problem.ProblemException;

import java.util.Optional;

/**
 * Refers the items of a bulk import one by one, each in its own transaction (through {@link CaseService#refer}),
 * so that a refused item leaves the others referred.
 */
@ApplicationScoped
public class CaseImports {

    @Inject
    CaseService cases;

    /** The outcome of one item: the case's reference, or the refusal. */
    public record Outcome(String reference, ProblemException refusal) {
    }

    public Outcome refer(NewReferral referral) {
        try {
            return new Outcome(cases.refer(referral, Optional.empty()).reference, null);
        } catch (ProblemException refusal) {
            return new Outcome(null, refusal);
        }
    }
}
