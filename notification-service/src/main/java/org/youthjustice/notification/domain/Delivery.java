package org.youthjustice.notification.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/**
 * One alert to one recipient over one channel; unique per (alert, channel, recipient), so that a redelivered event or
 * a second planning never sends twice. Its attempts are the delivery log ({@code delivery_attempt}).
 */
@Entity
@Table(name = "delivery")
public class Delivery extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "notification_id")
    public UUID notificationId;

    public String rule;

    @Enumerated(EnumType.STRING)
    public Channel channel;

    /** The subscriber's token subject (e-mail) or the webhook id. */
    public String recipient;

    @Enumerated(EnumType.STRING)
    public DeliveryStatus status;

    public int attempts;

    @Column(name = "not_before")
    public Instant notBefore;

    @Column(name = "leased_until")
    public Instant leasedUntil;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    @Column(name = "last_status_code")
    public Integer lastStatusCode;

    @Column(name = "last_error")
    public String lastError;

    /** When the current retry window began: the first attempt, or the replay that opened a new one. */
    @Column(name = "retry_from")
    public Instant retryFrom;

    @Version
    public int version;
}
