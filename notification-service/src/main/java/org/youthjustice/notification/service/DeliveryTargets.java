package org.youthjustice.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.youthjustice.notification.domain.Notification;
import org.youthjustice.notification.domain.QuietHours;
import org.youthjustice.notification.domain.Severity;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Who takes an alert beyond the inbox, as the listeners plan its deliveries: the e-mail subscribers it is addressed
 * to ({@link EmailDeliveries}) and the webhooks of its (role, scope) ({@link WebhookAlertListener}). Every alert asks
 * and the answers change seldom, so they are kept in memory, and forgotten whenever they may have changed:
 * <ul>
 * <li>every change of {@code subscriber}, {@code subscriber_role}, {@code subscription} or {@code webhook} commits
 * with a NOTIFY on {@value #CHANNEL} (the tables' triggers, V8), which the listener of every replica hears
 * ({@link StoredAlerts}): each forgets all it knew;</li>
 * <li>this replica's own changes ({@link Changed}, fired by the preferences and the webhooks) also forget it as
 * their transaction ends, before the answer of the call that made them;</li>
 * <li>nothing is kept while the listener is not connected (a NOTIFY sent meanwhile would be lost), all is forgotten
 * when it (re)connects, and nothing is kept longer than {@link #MAX_AGE} (a connection that died unnoticed).</li>
 * </ul>
 * An answer read while a change was committing is not kept (its generation is older than the change's). Another
 * replica's change reaches this one's plans within the NOTIFY's delay (milliseconds), as if the alert had been
 * stored that much earlier. A transaction that changed targets and then stores alerts would read them uncommitted:
 * none does (the preferences and webhooks store no alert).
 */
@ApplicationScoped
public class DeliveryTargets {

    /** The channel of the NOTIFY that the tables' triggers send when a target changes (payload empty). */
    static final String CHANNEL = "delivery_targets_changed";

    /** The longest an answer is kept, whatever the NOTIFYs. */
    static final Duration MAX_AGE = Duration.ofSeconds(30);

    /** Beyond this many answers, all are forgotten (each is a (rule, severity, recipient) or a (role, scope)). */
    private static final int MAX_ANSWERS = 10_000;

    /** Fired in a transaction that changed a subscriber, their roles or subscriptions, or a webhook. */
    public record Changed() {
    }

    /** A subscriber who takes an alert by e-mail, with what planning their e-mail needs. */
    public record EmailSubscriber(String subject, Optional<QuietHours> quietHours) {
    }

    /** An active webhook of an alert's (role, scope), with the rules it takes (empty: all). */
    public record WebhookTarget(UUID id, List<String> rules) {

        public WebhookTarget {
            rules = List.copyOf(rules);
        }

        boolean receives(String rule) {
            return rules.isEmpty() || rules.contains(rule);
        }
    }

    private record EmailQuestion(String rule, Severity severity, String role, String scope, String subject) {
    }

    private record WebhookQuestion(String role, String scope) {
    }

    private record Answer(Object value, long generation, long readAt) {
    }

    private final Map<Object, Answer> answers = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private volatile boolean listening;

    /** The subscribers who take {@code alert} by e-mail; {@code lookup} reads them when they are not known. */
    public List<EmailSubscriber> emailSubscribers(Notification alert, Supplier<List<EmailSubscriber>> lookup) {
        return answer(new EmailQuestion(alert.rule, alert.severity, alert.recipientRole, alert.recipientScope,
                alert.recipientSubject), lookup);
    }

    /** The active webhooks of {@code alert}'s (role, scope), whatever their rules. */
    public List<WebhookTarget> webhooks(Notification alert, Supplier<List<WebhookTarget>> lookup) {
        return answer(new WebhookQuestion(alert.recipientRole, alert.recipientScope), lookup);
    }

    @SuppressWarnings("unchecked")
    private <T> List<T> answer(Object question, Supplier<List<T>> lookup) {
        long now = System.nanoTime();
        long current = generation.get();
        Answer known = answers.get(question);
        if (listening && known != null && known.generation() == current
                && now - known.readAt() < MAX_AGE.toNanos()) {
            return (List<T>) known.value();
        }
        List<T> read = List.copyOf(lookup.get());
        if (listening) {
            if (answers.size() >= MAX_ANSWERS) {
                answers.clear();
            }
            // read under generation `current`: useless, never wrong, once a change moved the generation on
            answers.put(question, new Answer(read, current, now));
        }
        return read;
    }

    /** Forgets every answer: a target may have changed. */
    void forget() {
        generation.incrementAndGet();
        answers.clear();
    }

    /** This replica changed a target: forgotten when the change's transaction ends (committed or not). */
    void changed(@Observes(during = TransactionPhase.AFTER_COMPLETION) Changed change) {
        forget();
    }

    /** The listener is connected (and LISTENs on {@link #CHANNEL}), or not. */
    void listening(boolean connected) {
        forget();
        listening = connected;
        forget();
    }
}
