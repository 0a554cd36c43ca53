package org.youthjustice.cases.service;

import jakarta.enterprise.context.ApplicationScoped;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.youthjustice.platform.problem.ProblemException;

import java.util.ArrayList;
import java.util.List;

/**
 * Refers the items of a bulk import in chunks, one transaction per chunk, which is what makes a thousand referrals a
 * second possible (one commit per chunk, not per case). A refused item never holds back the others: rules refuse it
 * before it writes anything, and a chunk that fails as a whole is referred again item by item.
 */
@ApplicationScoped
public class CaseImports {

    static final int CHUNK = 100;

    private static final Logger LOG = Logger.getLogger(CaseImports.class);

    @Inject
    CaseReferrals cases;

    /** Chunks referred again item by item: rare races, or a bug that the fast path hides behind correct answers. */
    private final Counter redone;

    CaseImports(MeterRegistry meters) {
        redone = Counter.builder("yjs.case.import.chunks.redone")
                .description("Import chunks that failed as a whole and were referred again item by item")
                .register(meters);
    }

    public List<CaseReferrals.Referred> refer(List<NewReferral> referrals) {
        List<CaseReferrals.Referred> outcomes = new ArrayList<>(referrals.size());
        for (int from = 0; from < referrals.size(); from += CHUNK) {
            List<NewReferral> chunk = referrals.subList(from, Math.min(from + CHUNK, referrals.size()));
            try {
                outcomes.addAll(cases.referTogether(chunk));
            } catch (RuntimeException failure) {
                // the class only: the message of a database error may quote values
                LOG.infof("an import chunk of %d failed as a whole (%s); referring its items one by one",
                        chunk.size(), failure.getClass().getSimpleName());
                redone.increment();
                chunk.forEach(referral -> outcomes.add(referAlone(referral)));
            }
        }
        return outcomes;
    }

    private CaseReferrals.Referred referAlone(NewReferral referral) {
        try {
            return new CaseReferrals.Referred(cases.refer(referral).reference, null);
        } catch (ProblemException refusal) {
            return new CaseReferrals.Referred(null, refusal);
        }
    }
}
