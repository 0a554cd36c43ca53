package org.youthjustice.worker.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** A social-work organisation that the government buys services from. */
@Entity
@Table(name = "agency")
public class Agency extends PanacheEntityBase {

    @Id
    @Column(name = "credit_code")
    public String creditCode;

    public String name;

    @Column(name = "region_code")
    public String regionCode;

    @Enumerated(EnumType.STRING)
    public AgencyStatus status;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Version
    public int version;

    public static Agency register(String creditCode, String name, String regionCode, String createdBy, Instant at) {
        Agency agency = new Agency();
        agency.creditCode = creditCode;
        agency.name = name;
        agency.regionCode = regionCode;
        agency.status = AgencyStatus.ACTIVE;
        agency.createdBy = createdBy;
        agency.createdAt = at;
        return agency;
    }
}
