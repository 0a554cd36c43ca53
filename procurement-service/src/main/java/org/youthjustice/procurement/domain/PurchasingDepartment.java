package org.youthjustice.procurement.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A department that buys services (a justice bureau, a civil-affairs bureau, a Youth League committee), by the code
 * that procurement officers carry in their {@code department_code} claim. A department of a province (region code
 * ending in {@code 0000}) sees the province's totals.
 */
@Entity
@Table(name = "purchasing_department")
public class PurchasingDepartment extends PanacheEntityBase {

    @Id
    public String code;

    public String name;

    @Enumerated(EnumType.STRING)
    public DepartmentKind kind;

    @Column(name = "region_code")
    public String regionCode;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    /** A province's department: its region code names a province ({@code 440000}), not a city or district. */
    public boolean provincial() {
        return regionCode.endsWith("0000");
    }
}
