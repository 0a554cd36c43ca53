package org.youthjustice.procurement.service;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import org.youthjustice.platform.time.ServiceZone;
import org.youthjustice.procurement.domain.ContractPayment;
import org.youthjustice.procurement.domain.ContractTerms;
import org.youthjustice.procurement.domain.Coverage;
import org.youthjustice.procurement.domain.ServiceContract;
import org.youthjustice.procurement.domain.Staffing;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A contract's coverage from its current terms and the projections of worker-service's and case-service's events
 * (V3). The postings that count are the provider's at the contract's sites whose period overlaps the contract's,
 * unless they name another contract; the cases, services and visits are those at its sites (services of the
 * provider's workers only).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ContractCoverage {

    @Inject
    ContractScope scope;

    @Inject
    Clock clock;

    /** The coverage of contract {@code id} today, if the caller may read the contract (404 otherwise). */
    public Coverage of(UUID id) {
        return of(scope.readable(id), ServiceZone.today(clock));
    }

    /** The coverage of {@code contract} on {@code today}. */
    public Coverage of(ServiceContract contract, LocalDate today) {
        ContractTerms terms = contract.terms();
        Staffing staffing = staffing(contract, terms);
        LocalDate last = today.isBefore(terms.periodEnd) ? today : terms.periodEnd;
        return Coverage.of(terms, today, staffing.filledOn(today),
                staffing.vacancyPostDays(terms.fundedPosts, terms.periodStart, last),
                activeClients(terms), serviceMinutes(contract, terms), visits(terms, "COMPLETED"),
                visits(terms, "MISSED"), ContractPayment.paidTotal(contract.id));
    }

    /** The postings that count for {@code contract} under {@code terms}, day by day. */
    public Staffing staffing(ServiceContract contract, ContractTerms terms) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery("""
                        select starts_on, least(posted_last_day, ended_last_day), fraction from coverage_posting
                        where agency_code = :provider and site_code in (:sites) and starts_on is not null
                          and (contract_number is null or contract_number = :number)
                          and starts_on <= :periodEnd
                          and coalesce(least(posted_last_day, ended_last_day), :periodStart) >= :periodStart""")
                .setParameter("provider", contract.providerCode).setParameter("sites", terms.sites)
                .setParameter("number", contract.number).setParameter("periodStart", terms.periodStart)
                .setParameter("periodEnd", terms.periodEnd).getResultList();
        return new Staffing(rows.stream()
                .map(row -> new Staffing.Post(day(row[0]), day(row[1]), (BigDecimal) row[2])).toList());
    }

    /** Cases at the sites, by office or court, whose latest status is not CLOSED; REFERRED and unknown count. */
    public long activeClients(ContractTerms terms) {
        return count(Panache.getEntityManager().createNativeQuery("""
                        select count(*) from coverage_case
                        where (office_code in (:sites) or court_code in (:sites))
                          and (status is null or status <> 'CLOSED')""")
                .setParameter("sites", terms.sites));
    }

    private static long serviceMinutes(ServiceContract contract, ContractTerms terms) {
        return count(Panache.getEntityManager().createNativeQuery("""
                        select coalesce(sum(minutes), 0) from coverage_service
                        where office_code in (:sites) and agency_code = :provider
                          and delivered_on between :periodStart and :periodEnd""")
                .setParameter("sites", terms.sites).setParameter("provider", contract.providerCode)
                .setParameter("periodStart", terms.periodStart).setParameter("periodEnd", terms.periodEnd));
    }

    private static long visits(ContractTerms terms, String outcome) {
        return count(Panache.getEntityManager().createNativeQuery("""
                        select count(*) from coverage_visit
                        where office_code in (:sites) and outcome = :outcome
                          and visit_on between :periodStart and :periodEnd""")
                .setParameter("sites", terms.sites).setParameter("outcome", outcome)
                .setParameter("periodStart", terms.periodStart).setParameter("periodEnd", terms.periodEnd));
    }

    private static long count(Query query) {
        return ((Number) query.getSingleResult()).longValue();
    }

    private static LocalDate day(Object value) {
        return value == null ? null : value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
