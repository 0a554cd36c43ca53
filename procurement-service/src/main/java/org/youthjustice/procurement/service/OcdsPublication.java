package org.youthjustice.procurement.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.youthjustice.platform.paging.Page;
import org.youthjustice.platform.paging.PageRequest;
import org.youthjustice.platform.problem.ProblemException;
import org.youthjustice.procurement.config.OcdsConfig;
import org.youthjustice.procurement.domain.ContractStatus;
import org.youthjustice.procurement.domain.ServiceContract;
import org.youthjustice.procurement.ocds.ContractHistory;
import org.youthjustice.procurement.ocds.ContractReleases;
import org.youthjustice.procurement.ocds.Ocds;
import org.youthjustice.procurement.ocds.OcdsDates;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The contracts that have left DRAFT, published as OCDS 1.1 release packages for anyone with a token: a contract's
 * every release, or a page of every published contract's compiled release. A draft is not published (404).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OcdsPublication {

    @Inject
    OcdsConfig config;

    @Inject
    Clock clock;

    /** Every release of the contract {@code id}, oldest first. */
    public Ocds.ReleasePackage contract(UUID id, URI uri) {
        ServiceContract contract = ServiceContract.<ServiceContract>findByIdOptional(id)
                .filter(found -> found.status != ContractStatus.DRAFT)
                .orElseThrow(() -> ProblemException.notFound("No published contract " + id + "."));
        List<Ocds.Release> releases = releases().releases(ContractHistory.of(contract));
        return new Ocds.ReleasePackage(uri.toString(), Ocds.VERSION, lastDate(releases), publisher(), releases,
                null, null, null);
    }

    /** A page of the compiled releases of every published contract, in the order they were drafted. */
    public Ocds.ReleasePackage page(PageRequest request, URI uri) {
        Page<ServiceContract> page = Page.of(ServiceContract.<ServiceContract>find("status <> ?1",
                Sort.ascending("createdAt", "id"), ContractStatus.DRAFT), request);
        ContractReleases releases = releases();
        List<Ocds.Release> compiled = page.items().stream()
                .map(contract -> releases.compiled(ContractHistory.of(contract))).toList();
        return new Ocds.ReleasePackage(uri.toString(), Ocds.VERSION, lastDate(compiled), publisher(), compiled,
                page.page(), page.size(), page.total());
    }

    private ContractReleases releases() {
        return new ContractReleases(config.ocidPrefix());
    }

    private Ocds.Publisher publisher() {
        return new Ocds.Publisher(config.publisherName());
    }

    /** OCDS: a package made on demand is dated by the last change of its contents (now, when it has none). */
    private String lastDate(List<Ocds.Release> releases) {
        return releases.stream().map(Ocds.Release::date).max(Comparator.comparing(OffsetDateTime::parse))
                .orElseGet(() -> OcdsDates.of(Instant.now(clock)));
    }
}
