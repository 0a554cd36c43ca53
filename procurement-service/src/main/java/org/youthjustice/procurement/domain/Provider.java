package org.youthjustice.procurement.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A social-work agency that may provide services, as worker-service announced it ({@code agency.registered}); a
 * replica from events, never read from worker-service's tables. Organisations only: no person's data.
 */
@Entity
@Table(name = "provider")
public class Provider extends PanacheEntityBase {

    @Id
    @Column(name = "credit_code")
    public String creditCode;

    public String name;

    @Column(name = "region_code")
    public String regionCode;

    public String status;

    @Column(name = "registered_at")
    public Instant registeredAt;
}
