package org.youthjustice.procurement.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A third-party performance evaluation of a contract: input, process, output, outcome and satisfaction, each with a
 * weight (the weights add up to 100) and a score out of 100; the score is their weighted mean, rated by
 * {@link Rating}. An unqualified rating bars the provider from new awards until {@code barredUntil}.
 */
@Entity
@Table(name = "contract_evaluation")
public class ContractEvaluation extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "contract_id")
    public UUID contractId;

    /** The evaluating organisation (a third party), not a person. */
    public String evaluator;

    @Column(name = "evaluated_on")
    public LocalDate evaluatedOn;

    @Column(name = "input_weight")
    public int inputWeight;

    @Column(name = "input_score")
    public BigDecimal inputScore;

    @Column(name = "process_weight")
    public int processWeight;

    @Column(name = "process_score")
    public BigDecimal processScore;

    @Column(name = "output_weight")
    public int outputWeight;

    @Column(name = "output_score")
    public BigDecimal outputScore;

    @Column(name = "outcome_weight")
    public int outcomeWeight;

    @Column(name = "outcome_score")
    public BigDecimal outcomeScore;

    @Column(name = "satisfaction_weight")
    public int satisfactionWeight;

    @Column(name = "satisfaction_score")
    public BigDecimal satisfactionScore;

    public BigDecimal score;

    @Enumerated(EnumType.STRING)
    public Rating rating;

    @Column(name = "rectification_plan")
    public String rectificationPlan;

    @Column(name = "barred_until")
    public LocalDate barredUntil;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    /** A contract's evaluations, oldest first. */
    public static List<ContractEvaluation> of(UUID contractId) {
        return list("contractId = ?1 order by evaluatedOn, createdAt", contractId);
    }
}
