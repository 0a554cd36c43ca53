package org.youthjustice.notification.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A staff member's notification preferences, addressed by token subject (a pseudonym). Their roles and scopes, as
 * of their last call, are in {@code subscriber_role}, written by the preferences service.
 */
@Entity
@Table(name = "subscriber")
public class Subscriber extends PanacheEntityBase {

    public static final String DEFAULT_LOCALE = "zh";

    @Id
    public String subject;

    /** {@code zh} or {@code en}. */
    public String locale = DEFAULT_LOCALE;

    /** The address the subscriber chose; null for their token's. */
    public String email;

    @Column(name = "token_email")
    public String tokenEmail;

    @Column(name = "quiet_start")
    public LocalTime quietStart;

    @Column(name = "quiet_end")
    public LocalTime quietEnd;

    @Column(name = "quiet_zone")
    public String quietZone;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** Explicit e-mail choices by rule key; a rule without one follows the default (URGENT by e-mail). */
    @ElementCollection
    @CollectionTable(name = "subscription", joinColumns = @JoinColumn(name = "subject"))
    @MapKeyColumn(name = "rule")
    @Column(name = "email")
    public Map<String, Boolean> emailByRule = new HashMap<>();

    /** Where their e-mails go: the address they chose, else their token's. */
    public Optional<String> address() {
        return Optional.ofNullable(email).or(() -> Optional.ofNullable(tokenEmail));
    }

    public Optional<QuietHours> quietHours() {
        return quietStart == null ? Optional.empty()
                : Optional.of(new QuietHours(quietStart, quietEnd, ZoneId.of(quietZone)));
    }

    public void quietHours(Optional<QuietHours> hours) {
        quietStart = hours.map(QuietHours::start).orElse(null);
        quietEnd = hours.map(QuietHours::end).orElse(null);
        quietZone = hours.map(h -> h.zone().getId()).orElse(null);
    }
}
