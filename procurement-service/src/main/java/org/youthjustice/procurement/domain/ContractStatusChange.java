package org.youthjustice.procurement.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A contract's move from one status to another, with who, when and why; appended, never changed. */
@Entity
@Table(name = "contract_status_change")
public class ContractStatusChange extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "contract_id")
    public UUID contractId;

    /** Null for the drafting of the contract. */
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public ContractStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public ContractStatus toStatus;

    public String reason;

    @Column(name = "changed_at")
    public Instant changedAt;

    @Column(name = "changed_by")
    public String changedBy;

    public static List<ContractStatusChange> history(UUID contractId) {
        return list("contractId = ?1 order by id", contractId);
    }
}
