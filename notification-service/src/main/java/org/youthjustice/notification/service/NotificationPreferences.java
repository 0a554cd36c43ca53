package org.youthjustice.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.youthjustice.notification.domain.QuietHours;
import org.youthjustice.notification.domain.Severity;
import org.youthjustice.notification.domain.Subscriber;
import org.youthjustice.platform.caller.Caller;
import org.youthjustice.platform.caller.Roles;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The caller's notification preferences. Every call, reading too, stores the caller with the roles and scope claims
 * of their token and its e-mail claim: the e-mail listener addresses subscribers without a token, so the directory
 * of subscribers follows each person's token as of their last call.
 */
@ApplicationScoped
@Transactional
public class NotificationPreferences {

    /** The roles with an inbox (NotificationResource), the only ones stored. */
    static final Set<String> INBOX_ROLES = Set.of(Roles.SOCIAL_WORKER, Roles.AGENCY_SUPERVISOR,
            Roles.JUDICIAL_OFFICER, Roles.COURT_OFFICER, Roles.PROCUREMENT_OFFICER, Roles.ADMIN);

    /** The longest address SMTP carries (RFC 5321 path limit); a longer claim is not an address. */
    static final int MAX_ADDRESS = 254;

    @Inject
    EntityManager entityManager;

    @Inject
    Caller caller;

    @Inject
    JsonWebToken token;

    @Inject
    Clock clock;

    @Inject
    AlertSettings settings;

    @Inject
    Event<DeliveryTargets.Changed> targetsChanged;

    /** What the caller chose, the rest defaulted. */
    public record Preferences(String locale, String email, Optional<QuietHours> quietHours,
            Map<String, Boolean> emailByRule) {
    }

    public Preferences mine() {
        return of(refreshed());
    }

    /** Replaces all of the caller's choices; what {@code chosen} leaves out takes its default. */
    public Preferences replace(Preferences chosen) {
        Subscriber subscriber = refreshed();
        subscriber.locale = Optional.ofNullable(chosen.locale()).orElse(Subscriber.DEFAULT_LOCALE);
        subscriber.email = chosen.email();
        subscriber.quietHours(chosen.quietHours());
        subscriber.emailByRule.clear();
        subscriber.emailByRule.putAll(chosen.emailByRule());
        return of(subscriber);
    }

    /** Whether {@code subscriber} gets alerts of {@code rule} by e-mail: their choice, else only URGENT ones. */
    public boolean byEmail(Subscriber subscriber, AlertRule rule) {
        return Optional.ofNullable(subscriber.emailByRule.get(rule.key()))
                .orElse(settings.severity(rule) == Severity.URGENT);
    }

    private Preferences of(Subscriber subscriber) {
        Map<String, Boolean> rules = new LinkedHashMap<>();
        for (AlertRule rule : AlertRule.values()) {
            rules.put(rule.key(), byEmail(subscriber, rule));
        }
        return new Preferences(subscriber.locale, subscriber.address().orElse(null), subscriber.quietHours(), rules);
    }

    /** The caller as a subscriber, created with defaults on their first call, locked, with their token's facts. */
    private Subscriber refreshed() {
        String subject = caller.subject();
        Instant now = Instant.now(clock);
        // concurrent first calls of one person: one inserts, the others find the row, and the lock orders them
        entityManager.createNativeQuery("""
                insert into subscriber (subject, locale, updated_at) values (?1, ?2, ?3)
                on conflict (subject) do nothing""")
                .setParameter(1, subject).setParameter(2, Subscriber.DEFAULT_LOCALE).setParameter(3, now)
                .executeUpdate();
        Subscriber subscriber = entityManager.find(Subscriber.class, subject, LockModeType.PESSIMISTIC_WRITE);
        subscriber.tokenEmail = tokenEmail().orElse(null);
        subscriber.updatedAt = now;
        entityManager.createNativeQuery("delete from subscriber_role where subject = ?1")
                .setParameter(1, subject).executeUpdate();
        caller.roles().stream().filter(INBOX_ROLES::contains).forEach(role -> entityManager.createNativeQuery(
                        "insert into subscriber_role (subject, role, scope) values (?1, ?2, ?3)")
                .setParameter(1, subject).setParameter(2, role)
                .setParameter(3, Addressee.scopeOf(caller, role).orElse(null))
                .executeUpdate());
        // who gets e-mails may have changed: the e-mail listener's memory of it is forgotten as this commits
        targetsChanged.fire(new DeliveryTargets.Changed());
        return subscriber;
    }

    private Optional<String> tokenEmail() {
        return Optional.ofNullable(token.<Object>getClaim("email"))
                .map(claim -> claim instanceof JsonString text ? text.getString() : claim.toString())
                .filter(address -> !address.isBlank() && address.length() <= MAX_ADDRESS);
    }
}
