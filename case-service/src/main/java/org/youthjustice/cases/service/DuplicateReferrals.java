package org.youthjustice.cases.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.youthjustice.platform.caller.Caller;
import org.youthjustice.platform.problem.ProblemException;

import java.time.Duration;
import java.util.Optional;

/**
 * What a referral of a juvenile who already has an open case is told. The referring court is told its own case, so
 * that it sends its papers there rather than opening a duplicate; another court learns only that the juvenile cannot
 * be referred, nothing of the case (a court officer is not in that case's scope), and after a few such refusals
 * nothing at all for a while: otherwise referrals would answer, for any identity number, whether the juvenile has a
 * case anywhere.
 */
@ApplicationScoped
public class DuplicateReferrals {

    @Inject
    Caller caller;

    @Inject
    ReferralProbes probes;

    /** The refusal of a referral by {@code court} of a juvenile whose case {@code open} is open. */
    ProblemException refusal(OpenCase open, String court) {
        // per client and subject: a partner system's service account and a person of the same court count apart
        String prober = caller.clientId().orElse("") + "/" + caller.subject();
        Optional<Duration> wait = probes.wait(prober);
        if (wait.isPresent()) {
            return new Throttled(wait.get(), "Too many referrals of juveniles with another court's open case "
                    + "lately.");
        }
        if (open.courtCode().equals(court)) {
            return ProblemException.conflict("This juvenile already has an open case " + open.reference()
                    + "; add to that case instead of referring again.").with("existingReference", open.reference());
        }
        probes.refused(prober);
        return ProblemException.conflict("This juvenile already has an open case, which another court referred; "
                + "it is not referred again.");
    }
}
