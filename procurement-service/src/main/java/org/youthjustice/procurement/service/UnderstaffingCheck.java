package org.youthjustice.procurement.service;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.youthjustice.platform.time.ServiceZone;
import org.youthjustice.procurement.config.CoverageConfig;
import org.youthjustice.procurement.domain.ContractNotice;
import org.youthjustice.procurement.domain.ContractStatus;
import org.youthjustice.procurement.domain.ContractTerms;
import org.youthjustice.procurement.domain.Coverage;
import org.youthjustice.procurement.domain.ServiceContract;
import org.youthjustice.procurement.messaging.out.ContractEvents;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Raises {@code contract.understaffed} for active contracts, once per episode: {@code POSTS_UNFILLED} when fewer
 * posts than funded have been filled every day for at least {@code yjs.coverage.understaffed-after} (the episode
 * begins on the first day of that unbroken run, read from the postings), {@code OVER_RATIO} when more clients are
 * active than the ratio allows for the posts filled today, with at least one filled (the episode begins on the first
 * check that found it, kept in {@code over_ratio_episode} until a check finds it over). The notice
 * ({@link ContractNotice#claim}, reason and first day as its mark) and the event commit together, so several replicas
 * raise each episode once.
 */
@ApplicationScoped
public class UnderstaffingCheck {

    public static final String POSTS_UNFILLED = "POSTS_UNFILLED";
    public static final String OVER_RATIO = "OVER_RATIO";

    @Inject
    CoverageConfig config;

    @Inject
    ContractCoverage coverage;

    @Inject
    ContractEvents events;

    @Inject
    Clock clock;

    @Scheduled(identity = "understaffed-check", every = "${yjs.coverage.understaffed-check-every:1h}",
            delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    public void check() {
        LocalDate today = ServiceZone.today(clock);
        List<ServiceContract> active = ServiceContract.list("status", ContractStatus.ACTIVE);
        active.forEach(contract -> check(contract, today));
    }

    private void check(ServiceContract contract, LocalDate today) {
        ContractTerms terms = contract.terms();
        if (today.isBefore(terms.periodStart)) {
            return;
        }
        LocalDate last = today.isBefore(terms.periodEnd) ? today : terms.periodEnd;
        Coverage figures = coverage.of(contract, today);
        long days = config.understaffedAfter().toDays();
        coverage.staffing(contract, terms).unfilledSince(terms.fundedPosts, terms.periodStart, last)
                .filter(since -> since.plusDays(days - 1).compareTo(last) <= 0)
                .ifPresent(since -> raise(contract, POSTS_UNFILLED, figures, since));
        overRatioSince(contract, figures, today)
                .ifPresent(since -> raise(contract, OVER_RATIO, figures, since));
    }

    /** The first day of the current episode of clients above the ratio; ends the episode when it is over. */
    private static Optional<LocalDate> overRatioSince(ServiceContract contract, Coverage figures, LocalDate today) {
        var em = Panache.getEntityManager();
        if (!figures.overRatioWithPostsFilled()) {
            em.createNativeQuery("delete from over_ratio_episode where contract_id = ?1")
                    .setParameter(1, contract.id).executeUpdate();
            return Optional.empty();
        }
        em.createNativeQuery("insert into over_ratio_episode (contract_id, since) values (?1, ?2) on conflict do nothing")
                .setParameter(1, contract.id).setParameter(2, today).executeUpdate();
        Object since = em.createNativeQuery("select since from over_ratio_episode where contract_id = ?1")
                .setParameter(1, contract.id).getSingleResult();
        return Optional.of(since instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) since);
    }

    private void raise(ServiceContract contract, String reason, Coverage figures, LocalDate since) {
        if (ContractNotice.claim(contract.id, ContractNotice.Kind.UNDERSTAFFED, reason + ":" + since,
                Instant.now(clock))) {
            events.understaffed(contract, reason, figures, since);
        }
    }
}
