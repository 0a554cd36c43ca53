package org.youthjustice.procurement.service;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import org.youthjustice.platform.caller.Caller;
import org.youthjustice.platform.caller.Roles;
import org.youthjustice.platform.time.ServiceZone;
import org.youthjustice.procurement.domain.ContractStatus;
import org.youthjustice.procurement.domain.Money;
import org.youthjustice.procurement.domain.PurchasingDepartment;
import org.youthjustice.procurement.domain.ServiceType;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Totals of the contracts that have left DRAFT, by city (the purchaser's region code cut to its city,
 * {@code 440106 → 440100}) and service type: contracts, funded posts and budget of their current terms, the posts
 * filled today (as coverage counts them, for the contracts whose period includes today), what has been paid and the
 * budget burnt. Who sees what: auditors and admins every contract; an officer of a province's
 * department the contracts of every purchaser in that province; any other officer their own department's.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ContractStatistics {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** One city's and service type's totals. */
    public record Row(String city, ServiceType serviceType, long contracts, long fundedPosts, BigDecimal filledPosts,
            BigDecimal budget, BigDecimal paidTotal, BigDecimal burnPercent) {
    }

    public List<Row> totals(Optional<ServiceType> serviceType, Optional<ContractStatus> status) {
        StringBuilder sql = new StringBuilder("""
                select left(d.region_code, 4) || '00', c.service_type, count(*), sum(t.funded_posts), sum(t.budget),
                       coalesce(sum(p.paid), 0), coalesce(sum(f.filled), 0)
                from service_contract c
                join purchasing_department d on d.code = c.purchaser_code
                join contract_terms t on t.contract_id = c.id and t.version = c.terms_version
                left join (select contract_id, sum(paid_amount) as paid from contract_payment
                           where paid_amount is not null group by contract_id) p on p.contract_id = c.id
                left join lateral (select sum(cp.fraction) as filled from coverage_posting cp
                           where cp.agency_code = c.provider_code and cp.site_code = any (t.sites)
                             and (cp.contract_number is null or cp.contract_number = c.number)
                             and cp.starts_on <= :today
                             and coalesce(least(cp.posted_last_day, cp.ended_last_day), :today) >= :today
                             and :today between t.period_start and t.period_end) f on true
                where c.status <> 'DRAFT'""");
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("today", ServiceZone.today(clock));
        restrict(sql, parameters);
        serviceType.ifPresent(type -> {
            sql.append(" and c.service_type = :serviceType");
            parameters.put("serviceType", type.name());
        });
        status.ifPresent(wanted -> {
            sql.append(" and c.status = :status");
            parameters.put("status", wanted.name());
        });
        sql.append(" group by 1, 2 order by 1, 2");
        Query query = Panache.getEntityManager().createNativeQuery(sql.toString());
        parameters.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(ContractStatistics::row).toList();
    }

    private void restrict(StringBuilder sql, Map<String, Object> parameters) {
        if (caller.hasAnyRole(Roles.ADMIN, Roles.AUDITOR)) {
            return;
        }
        String department = caller.departmentCode().orElse("");
        Optional<PurchasingDepartment> own = PurchasingDepartment.findByIdOptional(department);
        if (own.filter(PurchasingDepartment::provincial).isPresent()) {
            sql.append(" and left(d.region_code, 2) = :province");
            parameters.put("province", own.get().regionCode.substring(0, 2));
        } else {
            sql.append(" and c.purchaser_code = :department");
            parameters.put("department", department);
        }
    }

    private static Row row(Object[] columns) {
        BigDecimal budget = Money.fen((BigDecimal) columns[4]);
        BigDecimal paid = Money.fen((BigDecimal) columns[5]);
        return new Row((String) columns[0], ServiceType.valueOf((String) columns[1]), ((Number) columns[2]).longValue(),
                ((Number) columns[3]).longValue(), ((BigDecimal) columns[6]).setScale(2, RoundingMode.HALF_UP), budget,
                paid, Money.divide(paid.multiply(HUNDRED), budget));
    }
}
