package org.youthjustice.procurement.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One version of a contract's terms. Version 1 is the contract as drafted and awarded; each amendment writes the
 * next version with its reason, so that the current terms and every earlier version stay readable. Rows are never
 * updated once a later version exists. The period runs from {@code periodStart} to {@code periodEnd}, both days of
 * service. The three funding amounts add up to the budget (a database check too).
 */
@Entity
@Table(name = "contract_terms")
@IdClass(ContractTerms.Key.class)
public class ContractTerms extends PanacheEntityBase {

    @Id
    @Column(name = "contract_id")
    public UUID contractId;

    @Id
    public int version;

    @Column(name = "period_start")
    public LocalDate periodStart;

    @Column(name = "period_end")
    public LocalDate periodEnd;

    @Column(name = "funded_posts")
    public int fundedPosts;

    @Column(name = "unit_cost_per_post_year")
    public BigDecimal unitCostPerPostYear;

    @Column(name = "client_ratio")
    public int clientRatio;

    public BigDecimal budget;

    @Column(name = "fiscal_amount")
    public BigDecimal fiscalAmount;

    @Column(name = "charitable_amount")
    public BigDecimal charitableAmount;

    @Column(name = "other_amount")
    public BigDecimal otherAmount;

    /** Judicial office and court codes the contract serves. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> sites;

    /** Why this version was made; null for version 1. */
    public String reason;

    @Column(name = "changed_at")
    public Instant changedAt;

    @Column(name = "changed_by")
    public String changedBy;

    public static ContractTerms of(UUID contractId, int version) {
        return findById(new Key(contractId, version));
    }

    /** Every version of a contract's terms, oldest first. */
    public static List<ContractTerms> history(UUID contractId) {
        return list("contractId = ?1 order by version", contractId);
    }

    /** A copy of these terms as the next version, to be amended and persisted. */
    public ContractTerms nextVersion(String why, Instant at, String by) {
        ContractTerms next = new ContractTerms();
        next.contractId = contractId;
        next.version = version + 1;
        next.periodStart = periodStart;
        next.periodEnd = periodEnd;
        next.fundedPosts = fundedPosts;
        next.unitCostPerPostYear = unitCostPerPostYear;
        next.clientRatio = clientRatio;
        next.budget = budget;
        next.fiscalAmount = fiscalAmount;
        next.charitableAmount = charitableAmount;
        next.otherAmount = otherAmount;
        next.sites = List.copyOf(sites);
        next.reason = why;
        next.changedAt = at;
        next.changedBy = by;
        return next;
    }

    /** The fundings add up to the budget, to the fen. */
    public boolean fundedInFull() {
        return fiscalAmount.add(charitableAmount).add(otherAmount).compareTo(budget) == 0;
    }

    public record Key(UUID contractId, int version) implements Serializable {
    }
}
