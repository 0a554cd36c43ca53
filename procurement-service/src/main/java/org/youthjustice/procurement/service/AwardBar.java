package org.youthjustice.procurement.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.youthjustice.platform.problem.FieldError;
import org.youthjustice.platform.problem.ProblemException;
import org.youthjustice.platform.time.ServiceZone;
import org.youthjustice.procurement.domain.ContractEvaluation;
import org.youthjustice.procurement.domain.Rating;

import java.time.Clock;
import java.util.List;

/**
 * A provider rated UNQUALIFIED on any of its contracts is barred from new awards until the evaluation's
 * {@code barredUntil} (the day of the evaluation plus {@code yjs.evaluation.award-bar}); the award of a contract
 * asks here first.
 */
@ApplicationScoped
public class AwardBar {

    @Inject
    Clock clock;

    /** Refuses with 422 naming {@code providerCode}, the evaluation and the bar's end, while the provider is barred. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void refuseIfBarred(String providerCode) {
        ContractEvaluation.<ContractEvaluation>find("""
                        select e from ContractEvaluation e, ServiceContract c
                         where c.id = e.contractId and c.providerCode = ?1 and e.rating = ?2 and e.barredUntil > ?3
                         order by e.barredUntil desc, e.createdAt desc""",
                        providerCode, Rating.UNQUALIFIED, ServiceZone.today(clock))
                .firstResultOptional().ifPresent(bar -> {
                    throw ProblemException.unprocessable("The provider is barred from new awards until "
                            + bar.barredUntil + " after the unqualified evaluation " + bar.id + ".",
                            List.of(new FieldError("providerCode", "barred", "barred from new awards until "
                                    + bar.barredUntil + " (evaluation " + bar.id + ")")))
                            .with("evaluationId", bar.id.toString()).with("barredUntil", bar.barredUntil.toString());
                });
    }
}
