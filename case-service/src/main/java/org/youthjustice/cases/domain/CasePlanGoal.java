package org.youthjustice.cases.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** A goal of a correction plan with its progress; the title is an AES-GCM token (free text that may name people). */
@Entity
@Table(name = "case_plan_goal")
public class CasePlanGoal extends PanacheEntityBase {

    /** Given before the insert ({@link RowIds}): the row's tokens are bound to it. */
    @Id
    public Long id;

    @Column(name = "case_id")
    public Long caseId;

    public int position;

    @Column(name = "title_cipher")
    public String titleCipher;

    /** The kind of service that works towards it, if one does. */
    @Enumerated(EnumType.STRING)
    public ServiceKind area;

    @Column(name = "target_date")
    public LocalDate targetDate;

    public int progress;

    @Enumerated(EnumType.STRING)
    public GoalStatus status;
}
