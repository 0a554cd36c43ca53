package org.youthjustice.procurement.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An instalment of a contract's payment, tied to a milestone: planned, then paid (paid amount and day set). */
@Entity
@Table(name = "contract_payment")
public class ContractPayment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "contract_id")
    public UUID contractId;

    /** 1, 2, 3... in the order they were planned. */
    public int instalment;

    @Enumerated(EnumType.STRING)
    public Milestone milestone;

    @Column(name = "planned_amount")
    public BigDecimal plannedAmount;

    @Column(name = "planned_on")
    public LocalDate plannedOn;

    @Column(name = "paid_amount")
    public BigDecimal paidAmount;

    @Column(name = "paid_on")
    public LocalDate paidOn;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "paid_at")
    public Instant paidAt;

    @Column(name = "paid_by")
    public String paidBy;

    public boolean paid() {
        return paidAmount != null;
    }

    /** A contract's instalments in order. */
    public static List<ContractPayment> of(UUID contractId) {
        return list("contractId = ?1 order by instalment", contractId);
    }

    /** What has been paid on a contract so far, CNY. */
    public static BigDecimal paidTotal(UUID contractId) {
        BigDecimal paid = getEntityManager()
                .createQuery("select sum(p.paidAmount) from ContractPayment p where p.contractId = ?1", BigDecimal.class)
                .setParameter(1, contractId).getSingleResult();
        return Money.fen(paid == null ? BigDecimal.ZERO : paid);
    }
}
