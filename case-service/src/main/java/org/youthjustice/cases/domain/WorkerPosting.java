package org.youthjustice.cases.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/**
 * A posting of a worker at a site as worker-service announced it ({@code worker.posted}, {@code
 * worker.posting-ended}): which agency serves which judicial office, through whom, when.
 */
@Entity
@Table(name = "worker_posting")
public class WorkerPosting extends PanacheEntityBase {

    @Id
    @Column(name = "posting_id")
    public Long postingId;

    @Column(name = "worker_id")
    public String workerId;

    @Column(name = "agency_id")
    public String agencyId;

    @Column(name = "site_code")
    public String siteCode;

    @Column(name = "first_day")
    public LocalDate firstDay;

    @Column(name = "last_day")
    public LocalDate lastDay;

    public boolean covers(LocalDate day) {
        return !firstDay.isAfter(day) && (lastDay == null || !lastDay.isBefore(day));
    }
}
