package org.youthjustice.procurement.service;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.youthjustice.platform.paging.Page;
import org.youthjustice.platform.paging.PageRequest;
import org.youthjustice.platform.problem.ProblemException;
import org.youthjustice.procurement.domain.Provider;

import java.util.Optional;

/** The provider agencies known from worker-service's {@code agency.registered}, as this service holds them. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ProviderAgencies {

    public Provider find(String creditCode) {
        return Provider.<Provider>findByIdOptional(creditCode)
                .orElseThrow(() -> ProblemException.notFound("No provider agency " + creditCode + "."));
    }

    public Page<Provider> list(Optional<String> regionCode, PageRequest page) {
        Sort order = Sort.by("name").and("creditCode");
        return Page.of(regionCode.isPresent()
                ? Provider.find("regionCode = :region", order, Parameters.with("region", regionCode.get()))
                : Provider.findAll(order), page);
    }
}
