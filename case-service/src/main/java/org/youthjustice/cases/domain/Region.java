package org.youthjustice.cases.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A GB/T 2260 administrative division a case can belong to. Reference data, shipped by migration; cities carry
 * the prefix of their cases' pseudonymous references.
 */
@Entity
@Table(name = "region")
public class Region extends PanacheEntityBase {

    @Id
    public String code;

    @Column(name = "name_zh")
    public String nameZh;

    @Column(name = "name_en")
    public String nameEn;

    @Enumerated(EnumType.STRING)
    public RegionLevel level;

    @Column(name = "parent_code")
    public String parentCode;

    @Column(name = "reference_prefix")
    public String referencePrefix;
}
