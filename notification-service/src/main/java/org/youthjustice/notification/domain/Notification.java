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

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * An alert that a rule raised from one event, for the holders of a role within a scope, for everyone holding a role,
 * or for one person.
 */
@Entity
@Table(name = "notification")
public class Notification extends PanacheEntityBase {

    /** How an escalation's title begins; said once however often it escalates. */
    public static final String ESCALATED = "Escalated: ";

    private static final int TITLE_MAX = 200;
    private static final int BODY_MAX = 2000;

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

    /** For an escalation: the alert it was raised for, not acknowledged in time; null for a rule's alert. */
    @Column(name = "escalated_from", updatable = false)
    public UUID escalatedFrom;

    /**
     * When the escalation job settled this alert (escalated it or found no next level); null while it may escalate.
     * Read-only here: the job sets it in SQL under the row's lock, and an acknowledgement saved at the same moment must
     * not write it back.
     */
    @Column(name = "escalation_checked_at", insertable = false, updatable = false)
    public Instant escalationCheckedAt;

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

    /**
     * This alert raised once more, URGENT, for {@code next}, because it was not acknowledged within {@code after}:
     * the same rule, reference and template values (plus {@code escalatedFrom}), a title that says so. Its source is
     * this alert, so that it never collides with an alert the next level got from the same event.
     */
    public Notification escalatedTo(Recipient next, Duration after, Instant at) {
        String original = title.startsWith(ESCALATED) ? title.substring(ESCALATED.length()) : title;
        Notification escalation = forRecipient(rule, id, next, Severity.URGENT, cut(ESCALATED + original, TITLE_MAX),
                cut("Not acknowledged within " + after.toMinutes() + " minutes by " + recipientRole + " "
                        + recipientScope + ". " + body, BODY_MAX), subjectRef, at);
        escalation.escalatedFrom = id;
        Map<String, String> values = new LinkedHashMap<>(templateValues);
        values.put("escalatedFrom", id.toString());
        escalation.templateValues = values;
        return escalation;
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
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
