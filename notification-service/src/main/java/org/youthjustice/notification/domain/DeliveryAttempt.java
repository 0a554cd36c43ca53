package org.youthjustice.notification.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** One attempt of a delivery, as the delivery log shows it: no personal data, no URL. */
@Entity
@Table(name = "delivery_attempt")
@IdClass(DeliveryAttempt.Key.class)
public class DeliveryAttempt extends PanacheEntityBase {

    /** What became of the delivery after this attempt. */
    public enum Result {
        DELIVERED,
        /** Failed; tried again later. */
        RETRY,
        /** Failed; given up. */
        FAILED
    }

    public record Key(UUID deliveryId, int attempt) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }

    @Id
    @Column(name = "delivery_id")
    public UUID deliveryId;

    @Id
    public int attempt;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "duration_ms")
    public int durationMs;

    @Column(name = "status_code")
    public Integer statusCode;

    @Enumerated(EnumType.STRING)
    public Result outcome;

    public String error;
}
