package org.youthjustice.procurement.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.youthjustice.platform.caller.Caller;
import org.youthjustice.platform.problem.FieldError;
import org.youthjustice.platform.problem.ProblemException;
import org.youthjustice.platform.problem.ProblemType;
import org.youthjustice.procurement.config.CostModelConfig;
import org.youthjustice.procurement.domain.ContractStatus;
import org.youthjustice.procurement.domain.ContractStatusChange;
import org.youthjustice.procurement.domain.ContractTerms;
import org.youthjustice.procurement.domain.Money;
import org.youthjustice.procurement.domain.Provider;
import org.youthjustice.procurement.domain.PurchasingDepartment;
import org.youthjustice.procurement.domain.ServiceContract;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Drafting contracts: a procurement officer for their own department (an admin for any), with a provider this
 * service knows from {@code agency.registered}. The terms become version 1; unit cost and client ratio default to the
 * cost model's.
 */
@ApplicationScoped
@Transactional
public class ContractDrafting {

    @Inject
    ContractScope scope;

    @Inject
    Caller caller;

    @Inject
    CostModelConfig defaults;

    @Inject
    Clock clock;

    public ServiceContract draft(NewContract draft) {
        if (!scope.manages(draft.purchaserCode())) {
            throw new ProblemException(403, ProblemType.ACCESS_DENIED,
                    "Procurement officers draft contracts for their own department only.", null);
        }
        if (PurchasingDepartment.findById(draft.purchaserCode()) == null) {
            throw ProblemException.unprocessable("No purchasing department " + draft.purchaserCode() + ".",
                    List.of(new FieldError("purchaserCode", "unknown", "must be a registered purchasing department")));
        }
        if (Provider.findById(draft.providerCode()) == null) {
            // the replica fills from worker-service's agency.registered: a new agency may not have arrived yet
            throw ProblemException.unprocessable("No provider agency " + draft.providerCode() + " is known (yet).",
                    List.of(new FieldError("providerCode", "unknown",
                            "must be an agency registered in worker-service; retry once its registration arrived")));
        }
        if (ServiceContract.count("number", draft.number()) > 0) {
            throw ProblemException.conflict("A contract numbered " + draft.number() + " exists already.");
        }
        Instant now = Instant.now(clock);
        ServiceContract c = new ServiceContract();
        c.id = UUID.randomUUID();
        c.number = draft.number();
        c.title = draft.title().strip();
        c.purchaserCode = draft.purchaserCode();
        c.providerCode = draft.providerCode();
        c.purchaseMode = draft.purchaseMode();
        c.serviceType = draft.serviceType();
        c.status = ContractStatus.DRAFT;
        c.termsVersion = 1;
        c.createdAt = now;
        c.createdBy = caller.subject();

        ContractTerms terms = new ContractTerms();
        terms.contractId = c.id;
        terms.version = 1;
        terms.periodStart = draft.periodStart();
        terms.periodEnd = draft.periodEnd();
        terms.fundedPosts = draft.fundedPosts();
        terms.unitCostPerPostYear = Money.fen(draft.unitCostPerPostYear() != null
                ? draft.unitCostPerPostYear() : defaults.unitCostPerPostYear());
        terms.clientRatio = draft.clientRatio() != null ? draft.clientRatio() : defaults.clientRatio();
        terms.budget = Money.fen(draft.budget());
        TermsRules.fund(terms, draft.funding());
        terms.sites = List.copyOf(draft.sites());
        terms.changedAt = now;
        terms.changedBy = c.createdBy;
        TermsRules.checkPeriod(terms);
        TermsRules.checkFunding(terms);

        c.persist();
        terms.persist();
        ContractStatusChange drafted = new ContractStatusChange();
        drafted.contractId = c.id;
        drafted.toStatus = ContractStatus.DRAFT;
        drafted.changedAt = now;
        drafted.changedBy = c.createdBy;
        drafted.persist();
        ServiceContract.flush();
        return c;
    }
}
