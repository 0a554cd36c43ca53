package org.youthjustice.notification.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A partner system's endpoint that receives the alerts of one (role, scope), signed with its own secret. The secret
 * is kept to sign with and shown once, when the webhook is registered.
 */
@Entity
@Table(name = "webhook")
public class Webhook extends PanacheEntityBase {

    @Id
    public UUID id;

    public String url;

    @Column(name = "recipient_role")
    public String recipientRole;

    /** Null: every alert of the role (registered by an admin). */
    @Column(name = "recipient_scope")
    public String recipientScope;

    /** The rules it receives; empty: all. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> rules = List.of();

    public String description;

    @Enumerated(EnumType.STRING)
    public WebhookStatus status;

    public String secret;

    @Column(name = "secret_hint")
    public String secretHint;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "deactivated_at")
    public Instant deactivatedAt;

    @Version
    public int version;

    public boolean receives(Notification notification) {
        return status == WebhookStatus.ACTIVE && (rules.isEmpty() || rules.contains(notification.rule));
    }

    public void deactivate(Instant at) {
        if (status == WebhookStatus.ACTIVE) {
            status = WebhookStatus.INACTIVE;
            deactivatedAt = at;
        }
    }

    @Override
    public String toString() {
        // never the secret, nor the URL's query, in a log line
        return "Webhook[" + id + "]";
    }
}
