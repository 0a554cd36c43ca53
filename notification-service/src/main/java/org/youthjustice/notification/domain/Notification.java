package org.youthjustice.notification.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.Generated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * An alert that a rule raised from one event, for the holders of a role within a scope, for everyone holding a role,
 * or for one person.
 */
@Entity
@Table(name = "notification")
public class Notification extends PanacheEntityBase {

    @Id
    public UUID id;

    public String rule;

    @Column(name = "source_event_id")
    public UUID sourceEventId;

    @Column(name = "recipient_role")
    public String recipientRole;

    /** The scope claim the role's holders must carry; null for every holder of the role. */
    @Column(name = "recipient_scope")
    public String recipientScope;

    @Column(name = "recipient_subject")
    public String recipientSubject;

    @Enumerated(EnumType.STRING)
    public Severity severity;

    public String title;

    public String body;

    /** The pseudonymous reference the alert is about: a case reference, a worker id, an agency code. */
    @Column(name = "subject_ref")
    public String subjectRef;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;

    @Column(name = "acknowledged_by")
    public String acknowledgedBy;

    /** The order alerts were stored in, assigned by the database: the stream's event id. */
    @Column(name = "seq", insertable = false, updatable = false)
    @Generated
    public Long seq;

    /** What the rule filled into the texts (no personal data), for rendering in the recipient's language. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "template_values")
    public Map<String, String> templateValues = Map.of();

    @Version
    public int version;

    public static Notification forRole(String rule, UUID sourceEventId, String role, Severity severity, String title,
            String body, String subjectRef, Instant at) {
        Notification notification = new Notification();
        notification.id = UUID.randomUUID();
        notification.rule = rule;
        notification.sourceEventId = sourceEventId;
        notification.recipientRole = role;
        notification.severity = severity;
        notification.title = title;
        notification.body = body;
        notification.subjectRef = subjectRef;
        notification.createdAt = at;
        return notification;
    }

    public static Notification forRecipient(String rule, UUID sourceEventId, Recipient recipient, Severity severity,
            String title, String body, String subjectRef, Instant at) {
        Notification notification = forRole(rule, sourceEventId, recipient.role(), severity, title, body, subjectRef, at);
        notification.recipientScope = recipient.scope();
        return notification;
    }

    public boolean isAcknowledged() {
        return acknowledgedAt != null;
    }

    /** Acknowledging twice keeps the first acknowledgement. */
    public void acknowledge(String by, Instant at) {
        if (acknowledgedAt == null) {
            acknowledgedAt = at;
            acknowledgedBy = by;
        }
    }
}
