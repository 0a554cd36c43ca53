package org.youthjustice.procurement.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/**
 * A government service-purchase contract (政府购买服务): a purchasing department buys social work from a provider
 * agency. What was agreed lives in {@link ContractTerms}, one numbered version per amendment; {@code termsVersion}
 * names the current one. {@code revision} is the optimistic lock behind the {@code ETag}.
 */
@Entity
@Table(name = "service_contract")
public class ServiceContract extends PanacheEntityBase {

    @Id
    public UUID id;

    /** The purchaser's contract number, e.g. {@code GZ-JUS-2026-001}; postings name it as their contract. */
    public String number;

    public String title;

    @Column(name = "purchaser_code")
    public String purchaserCode;

    /** The provider's unified social-credit code. */
    @Column(name = "provider_code")
    public String providerCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "purchase_mode")
    public PurchaseMode purchaseMode;

    @Enumerated(EnumType.STRING)
    @Column(name = "service_type")
    public ServiceType serviceType;

    @Enumerated(EnumType.STRING)
    public ContractStatus status;

    @Column(name = "terms_version")
    public int termsVersion;

    @Version
    public long revision;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    /** The terms in force (the latest version). */
    public ContractTerms terms() {
        return ContractTerms.of(id, termsVersion);
    }
}
