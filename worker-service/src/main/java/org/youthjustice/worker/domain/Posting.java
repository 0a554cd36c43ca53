package org.youthjustice.worker.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A worker posted to a site for a period (open-ended while {@code endsOn} is null), for a fraction of full time.
 * Both ends of the period are days on which the worker is posted.
 */
@Entity
@Table(name = "posting")
public class Posting extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "worker_id")
    public String workerId;

    @Column(name = "site_code")
    public String siteCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "site_kind")
    public SiteKind siteKind;

    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;

    public BigDecimal fraction;

    @Column(name = "contract_id")
    public String contractId;

    @Column(name = "duty_days_per_week")
    public int dutyDaysPerWeek;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "ended_at")
    public Instant endedAt;

    @Column(name = "ended_by")
    public String endedBy;

    @Version
    public int version;

    /** Whether the worker is posted here on {@code day}. */
    public boolean coversDay(LocalDate day) {
        return !day.isBefore(startsOn) && (endsOn == null || !day.isAfter(endsOn));
    }

    /** Whether this posting shares at least one day with the period from {@code from} to {@code to} (open if null). */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return (to == null || !startsOn.isAfter(to)) && (endsOn == null || !endsOn.isBefore(from));
    }
}
