package org.youthjustice.procurement.service;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.youthjustice.platform.paging.Page;
import org.youthjustice.platform.paging.PageRequest;
import org.youthjustice.platform.problem.ProblemException;
import org.youthjustice.procurement.domain.ContractStatusChange;
import org.youthjustice.procurement.domain.ContractTerms;
import org.youthjustice.procurement.domain.ServiceContract;

import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.stream.IntStream;

/** Reading contracts, their amendments and earlier terms within the caller's {@link ContractScope}. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Contracts {

    @Inject
    ContractScope scope;

    @Inject
    EntityManager entityManager;

    public ContractDetails details(UUID id) {
        return details(scope.readable(id));
    }

    public ContractDetails details(ServiceContract contract) {
        return new ContractDetails(contract, contract.terms(), ContractStatusChange.history(contract.id));
    }

    /** The caller's contracts, newest first (then by number), each with its terms and history. */
    public Page<ContractDetails> list(ContractFilter filter, PageRequest page) {
        StringBuilder query = new StringBuilder("from ServiceContract c where 1 = 1");
        Parameters parameters = new Parameters();
        filter.status().ifPresent(status -> {
            query.append(" and c.status = :status");
            parameters.and("status", status);
        });
        filter.serviceType().ifPresent(type -> {
            query.append(" and c.serviceType = :serviceType");
            parameters.and("serviceType", type);
        });
        filter.purchaserCode().ifPresent(code -> {
            query.append(" and c.purchaserCode = :purchaser");
            parameters.and("purchaser", code);
        });
        filter.providerCode().ifPresent(code -> {
            query.append(" and c.providerCode = :provider");
            parameters.and("provider", code);
        });
        filter.site().ifPresent(site -> {
            query.append(" and exists (select 1 from ContractTerms t where t.contractId = c.id"
                    + " and t.version = c.termsVersion and array_contains(t.sites, :site))");
            parameters.and("site", site);
        });
        scope.restrict(query, parameters);
        var found = ServiceContract.<ServiceContract>find(query.toString(),
                Sort.descending("c.createdAt").and("c.number"), parameters);
        return Page.of(found, page).map(this::details);
    }

    /**
     * The contract {@code id} locked for a change by the caller who manages it (404 otherwise), at the revision
     * {@code If-Match} named (412 otherwise).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ServiceContract managedForUpdate(UUID id, OptionalInt expectedRevision) {
        ServiceContract c = scope.managed(id);
        entityManager.lock(c, LockModeType.PESSIMISTIC_WRITE);
        entityManager.refresh(c);
        if (expectedRevision.isPresent() && expectedRevision.getAsInt() != c.revision) {
            throw ProblemException.preconditionFailed("Contract " + c.number + " has changed since you read it; "
                    + "read it again.");
        }
        return c;
    }

    /** The amendments of a readable contract, first first: each the terms version it made (2, 3, ...). */
    public List<AmendedTerms> amendments(UUID id) {
        ServiceContract c = scope.readable(id);
        List<ContractTerms> versions = ContractTerms.history(c.id);
        return IntStream.range(1, versions.size())
                .mapToObj(i -> new AmendedTerms(versions.get(i - 1), versions.get(i))).toList();
    }

    /** The previous terms and the terms of amendment {@code number} (terms version {@code number + 1}). */
    public AmendedTerms amendment(UUID id, int number) {
        ServiceContract c = scope.readable(id);
        ContractTerms amended = number < 1 ? null : ContractTerms.of(c.id, number + 1);
        if (amended == null) {
            throw ProblemException.notFound("Contract " + c.number + " has no amendment " + number + ".");
        }
        return new AmendedTerms(ContractTerms.of(c.id, number), amended);
    }

    /** Version {@code version} of a readable contract's terms (1 as drafted). */
    public ContractTerms version(UUID id, int version) {
        ServiceContract c = scope.readable(id);
        ContractTerms terms = version < 1 ? null : ContractTerms.of(c.id, version);
        if (terms == null) {
            throw ProblemException.notFound("Contract " + c.number + " has no terms version " + version + ".");
        }
        return terms;
    }

    /** An amendment: the terms before it and the terms it made. */
    public record AmendedTerms(ContractTerms before, ContractTerms after) {

        public int number() {
            return after.version - 1;
        }
    }
}
