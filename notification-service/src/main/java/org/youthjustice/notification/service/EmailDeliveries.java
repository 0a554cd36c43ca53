package org.youthjustice.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.youthjustice.notification.domain.Channel;
import org.youthjustice.notification.domain.Notification;
import org.youthjustice.notification.domain.Severity;
import org.youthjustice.notification.domain.Subscriber;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plans an e-mail of every stored alert for each subscriber it is addressed to (by their role within its scope, by
 * their role when the alert names no scope, or by their subject) who has an address and the rule on for e-mail.
 * A non-urgent alert raised during the subscriber's quiet hours waits until they end; an urgent one never waits.
 * Who they are is read once per (rule, severity, recipient) and kept until a subscriber changes
 * ({@link DeliveryTargets}); the quiet hours are applied to each alert at its own time.
 */
@ApplicationScoped
public class EmailDeliveries implements AlertListener {

    @Inject
    EntityManager entityManager;

    @Inject
    Deliveries deliveries;

    @Inject
    Clock clock;

    @Inject
    DeliveryTargets targets;

    @Inject
    SubscriberSettings subscriberSettings;

    @Override
    public void raised(Notification notification) {
        Instant now = Instant.now(clock);
        for (DeliveryTargets.EmailSubscriber subscriber : targets.emailSubscribers(notification,
                () -> addressees(notification).stream()
                        .map(found -> new DeliveryTargets.EmailSubscriber(found.subject, found.quietHours()))
                        .toList())) {
            Instant notBefore = notification.severity == Severity.URGENT ? now
                    : subscriber.quietHours().flatMap(hours -> hours.endAround(now)).orElse(now);
            deliveries.plan(notification, Channel.EMAIL, subscriber.subject(), notBefore);
        }
    }

    /**
     * The subscribers the alert is addressed to who take its rule by e-mail (their choice, else URGENT only), among
     * those whose token confirmed their roles within {@link SubscriberSettings#rolesValidFor()}.
     */
    @SuppressWarnings("unchecked")
    private List<Subscriber> addressees(Notification notification) {
        List<String> addressed = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (notification.recipientSubject != null) {
            addressed.add("s.subject = :subject");
            parameters.put("subject", notification.recipientSubject);
        }
        if (notification.recipientRole != null) {
            addressed.add("exists (select 1 from subscriber_role r where r.subject = s.subject and r.role = :role"
                    + (notification.recipientScope == null ? ")" : " and r.scope = :scope)"));
            parameters.put("role", notification.recipientRole);
            if (notification.recipientScope != null) {
                parameters.put("scope", notification.recipientScope);
            }
        }
        if (addressed.isEmpty()) {
            return List.of();
        }
        Query query = entityManager.createNativeQuery("""
                select s.* from subscriber s
                where coalesce(s.email, s.token_email) is not null
                  and s.updated_at >= :confirmedSince
                  and (%s)
                  and coalesce((select c.email from subscription c where c.subject = s.subject and c.rule = :rule),
                               :byDefault)
                order by s.subject""".formatted(String.join(" or ", addressed)), Subscriber.class);
        parameters.forEach(query::setParameter);
        return query.setParameter("rule", notification.rule)
                .setParameter("confirmedSince", Instant.now(clock).minus(subscriberSettings.rolesValidFor()))
                .setParameter("byDefault", notification.severity == Severity.URGENT)
                .getResultList();
    }
}
