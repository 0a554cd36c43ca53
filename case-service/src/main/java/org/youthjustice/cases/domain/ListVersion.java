package org.youthjustice.cases.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * The version row of a list of a case that is replaced as a whole (its plan's goals, its team): the rows of the list
 * come and go with each write, so the version that {@code If-Match} names lives here, one row per case from the first
 * write on.
 */
@MappedSuperclass
public abstract class ListVersion extends PanacheEntityBase {

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
