package org.youthjustice.procurement.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A cost estimate as it was asked for and answered. */
@Entity
@Table(name = "cost_estimate")
public class CostEstimate extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "expected_clients")
    public int expectedClients;

    @Column(name = "client_ratio")
    public int clientRatio;

    @Column(name = "unit_cost_per_post_year")
    public BigDecimal unitCostPerPostYear;

    @Column(name = "period_start")
    public LocalDate periodStart;

    @Column(name = "period_end")
    public LocalDate periodEnd;

    public int months;

    @Column(name = "funded_posts")
    public int fundedPosts;

    public BigDecimal budget;

    @Column(name = "cost_per_client_year")
    public BigDecimal costPerClientYear;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;
}
