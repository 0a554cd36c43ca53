package org.youthjustice.procurement.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.youthjustice.platform.caller.Caller;
import org.youthjustice.platform.paging.Page;
import org.youthjustice.platform.paging.PageRequest;
import org.youthjustice.platform.problem.FieldError;
import org.youthjustice.platform.problem.ProblemException;
import org.youthjustice.platform.time.ServiceZone;
import org.youthjustice.procurement.config.EvaluationConfig;
import org.youthjustice.procurement.domain.ContractEvaluation;
import org.youthjustice.procurement.domain.ContractStatus;
import org.youthjustice.procurement.domain.Indicator;
import org.youthjustice.procurement.domain.Rating;
import org.youthjustice.procurement.domain.Scorecard;
import org.youthjustice.procurement.domain.ServiceContract;
import org.youthjustice.procurement.messaging.out.ContractEvents;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Third-party performance evaluations of a running or closed contract, with what follows from the rating: below
 * GOOD a rectification plan is required; UNQUALIFIED withholds the next instalment (see {@code Withholding}) and
 * bars the provider from new awards for {@code yjs.evaluation.award-bar} from the day of the evaluation
 * ({@link AwardBar}). Publishes {@code evaluation.completed}.
 */
@ApplicationScoped
@Transactional
public class ContractEvaluations {

    static final Set<ContractStatus> EVALUABLE = EnumSet.of(ContractStatus.ACTIVE, ContractStatus.CLOSED);

    @Inject
    ContractLocks locks;

    @Inject
    ContractScope scope;

    @Inject
    ContractEvents events;

    @Inject
    EvaluationConfig config;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    public ContractEvaluation evaluate(UUID contractId, NewEvaluation evaluated) {
        ServiceContract contract = locks.managed(contractId);
        if (!EVALUABLE.contains(contract.status)) {
            throw ProblemException.conflict("A contract is evaluated while ACTIVE or once CLOSED; this one is "
                    + contract.status + ".").with("contractStatus", contract.status.name());
        }
        Scorecard scorecard = scorecard(evaluated.indicators());
        if (evaluated.evaluatedOn().isAfter(ServiceZone.today(clock))) {
            throw ProblemException.unprocessable("An evaluation is recorded once made, not for a day to come.",
                    List.of(new FieldError("evaluatedOn", "future", "must not be after today")));
        }
        Rating rating = scorecard.rating();
        String plan = evaluated.rectificationPlan() == null || evaluated.rectificationPlan().isBlank() ? null
                : evaluated.rectificationPlan();
        if (rating.needsRectification() && plan == null) {
            throw ProblemException.unprocessable("A score of " + scorecard.score() + " rates " + rating
                    + ": below GOOD the provider owes a rectification plan.",
                    List.of(new FieldError("rectificationPlan", "required", "required below GOOD")));
        }
        ContractEvaluation evaluation = new ContractEvaluation();
        evaluation.id = UUID.randomUUID();
        evaluation.contractId = contractId;
        evaluation.evaluator = evaluated.evaluator();
        evaluation.evaluatedOn = evaluated.evaluatedOn();
        score(evaluation, scorecard);
        evaluation.rectificationPlan = plan;
        evaluation.barredUntil = rating == Rating.UNQUALIFIED ? evaluated.evaluatedOn().plus(config.awardBar()) : null;
        evaluation.createdAt = Instant.now(clock);
        evaluation.createdBy = caller.subject();
        evaluation.persist();
        events.evaluationCompleted(contract, evaluation);
        return evaluation;
    }

    /** A contract's evaluations, oldest first; for every reader of the contract. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ContractEvaluation> evaluations(UUID contractId, PageRequest page) {
        scope.readable(contractId);
        return Page.of(ContractEvaluation.find("contractId = ?1 order by evaluatedOn, createdAt", contractId), page);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ContractEvaluation evaluation(UUID contractId, UUID evaluationId) {
        scope.readable(contractId);
        return ContractEvaluation.<ContractEvaluation>findByIdOptional(evaluationId)
                .filter(e -> e.contractId.equals(contractId))
                .orElseThrow(() -> ProblemException.notFound("No evaluation " + evaluationId + " of this contract."));
    }

    /** Whether {@code evaluation} is the one that withholds the contract's next instalment now. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean withholds(ContractEvaluation evaluation) {
        return evaluation.rating == Rating.UNQUALIFIED && ContractEvaluation.count(
                "contractId = ?1 and (evaluatedOn > ?2 or evaluatedOn = ?2 and createdAt > ?3)",
                evaluation.contractId, evaluation.evaluatedOn, evaluation.createdAt) == 0;
    }

    private static Scorecard scorecard(List<Scorecard.Line> lines) {
        try {
            return Scorecard.of(lines);
        } catch (Scorecard.Refused refused) {
            throw ProblemException.unprocessable("The indicators do not make a scorecard: " + refused.getMessage()
                    + ".", List.of(new FieldError("indicators", "scorecard", refused.getMessage())));
        }
    }

    private static void score(ContractEvaluation evaluation, Scorecard scorecard) {
        evaluation.inputWeight = scorecard.line(Indicator.INPUT).weight();
        evaluation.inputScore = scorecard.line(Indicator.INPUT).score();
        evaluation.processWeight = scorecard.line(Indicator.PROCESS).weight();
        evaluation.processScore = scorecard.line(Indicator.PROCESS).score();
        evaluation.outputWeight = scorecard.line(Indicator.OUTPUT).weight();
        evaluation.outputScore = scorecard.line(Indicator.OUTPUT).score();
        evaluation.outcomeWeight = scorecard.line(Indicator.OUTCOME).weight();
        evaluation.outcomeScore = scorecard.line(Indicator.OUTCOME).score();
        evaluation.satisfactionWeight = scorecard.line(Indicator.SATISFACTION).weight();
        evaluation.satisfactionScore = scorecard.line(Indicator.SATISFACTION).score();
        evaluation.score = scorecard.score();
        evaluation.rating = scorecard.rating();
    }
}
