package org.youthjustice.worker.service;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.youthjustice.platform.caller.Caller;
import org.youthjustice.platform.caller.Roles;
import org.youthjustice.platform.paging.Page;
import org.youthjustice.platform.paging.PageRequest;
import org.youthjustice.platform.problem.ProblemException;
import org.youthjustice.worker.domain.Agency;
import org.youthjustice.worker.domain.AgencyStatus;
import org.youthjustice.worker.messaging.out.WorkerEvents;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Registering agencies and reading them within the caller's scope. */
@ApplicationScoped
@Transactional
public class AgencyService {

    @Inject
    Caller caller;

    @Inject
    WorkerEvents events;

    @Inject
    Clock clock;

    public Agency register(String creditCode, String name, String regionCode) {
        if (Agency.findById(creditCode) != null) {
            throw ProblemException.conflict("An agency with credit code " + creditCode + " is already registered.");
        }
        Agency agency = Agency.register(creditCode, name.strip(), regionCode, caller.subject(), Instant.now(clock));
        agency.persist();
        events.agencyRegistered(agency);
        return agency;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Agency find(String creditCode) {
        StringBuilder query = new StringBuilder("creditCode = :code");
        Parameters parameters = Parameters.with("code", creditCode);
        restrictToOwnAgency(query, parameters);
        return Agency.<Agency>find(query.toString(), parameters).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("No agency " + creditCode + "."));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Agency> list(Optional<String> regionCode, Optional<AgencyStatus> status, PageRequest page) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        regionCode.ifPresent(region -> {
            conditions.add("regionCode = :region");
            parameters.and("region", region);
        });
        status.ifPresent(value -> {
            conditions.add("status = :status");
            parameters.and("status", value);
        });
        StringBuilder query = new StringBuilder(conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions));
        restrictToOwnAgency(query, parameters);
        var found = Agency.<Agency>find(query.toString(), Sort.by("name").and("creditCode"), parameters);
        return Page.of(found, page);
    }

    /**
     * Workers and supervisors see their own agency only; the condition goes into the query so that another
     * agency is never loaded for them.
     */
    private void restrictToOwnAgency(StringBuilder query, Parameters parameters) {
        if (caller.hasAnyRole(Roles.ADMIN, Roles.PROCUREMENT_OFFICER, Roles.JUDICIAL_OFFICER, Roles.COURT_OFFICER)) {
            return;
        }
        query.append(" and creditCode = :ownAgency");
        parameters.and("ownAgency", caller.agencyId().orElse(""));
    }
}
