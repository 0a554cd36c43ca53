package org.youthjustice.cases.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** The individual correction plan of a case; its goals are {@link CasePlanGoal} rows, replaced as a whole. */
@Entity
@Table(name = "case_plan")
public class CasePlan extends PanacheEntityBase {

    @Id
    @Column(name = "case_id")
    public Long caseId;

    @Version
    public int version;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;
}
