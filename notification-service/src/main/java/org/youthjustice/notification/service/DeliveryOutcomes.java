package org.youthjustice.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.youthjustice.notification.domain.Delivery;
import org.youthjustice.notification.domain.DeliveryAttempt;
import org.youthjustice.notification.domain.DeliveryStatus;
import org.youthjustice.notification.messaging.out.NotificationEvents;
import org.youthjustice.notification.service.DeliveryChannel.Outcome;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Records how an attempt ended, in its own transaction: the attempt in the delivery log, and the delivery delivered
 * (with {@code notification.delivered}), due again after a backoff with full jitter, or failed (with
 * {@code notification.failed}) once a transient failure outlives {@code yjs.delivery.retry-for} or at once for a
 * permanent one.
 */
@ApplicationScoped
public class DeliveryOutcomes {

    private static final int MAX_ERROR = 500;

    @Inject
    EntityManager entityManager;

    @Inject
    DeliverySettings settings;

    @Inject
    NotificationEvents events;

    @Inject
    Clock clock;

    /** Records the attempt; answers when the delivery is due again if it is to be retried, else empty. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Instant> record(DeliveryClaims.Claimed claimed, Outcome outcome, Instant startedAt,
            long durationMs) {
        Instant now = Instant.now(clock);
        Delivery delivery = entityManager.find(Delivery.class, claimed.delivery().id, LockModeType.PESSIMISTIC_WRITE);
        int attempt = claimed.delivery().attempts;
        // another replica took it over after this one's lease ran out, or it was replayed: log the attempt only
        boolean stillOurs = delivery != null && delivery.status == DeliveryStatus.PENDING && delivery.attempts == attempt;
        DeliveryAttempt.Result result = result(outcome, stillOurs ? delivery.retryFrom : null, now);
        log(claimed, attempt, outcome, result, startedAt, durationMs);
        if (!stillOurs) {
            return Optional.empty();
        }
        delivery.leasedUntil = null;
        delivery.lastStatusCode = outcome.statusCode();
        delivery.lastError = error(outcome);
        switch (result) {
            case DELIVERED -> {
                delivery.status = DeliveryStatus.DELIVERED;
                delivery.finishedAt = now;
                events.delivered(delivery, claimed.notification());
            }
            case RETRY -> delivery.notBefore = now.plus(backoff(delivery.attempts));
            case FAILED -> {
                delivery.status = DeliveryStatus.FAILED;
                delivery.finishedAt = now;
                events.failed(delivery, claimed.notification());
            }
        }
        return result == DeliveryAttempt.Result.RETRY ? Optional.of(delivery.notBefore) : Optional.empty();
    }

    private DeliveryAttempt.Result result(Outcome outcome, Instant retryFrom, Instant now) {
        return switch (outcome.kind()) {
            case DELIVERED -> DeliveryAttempt.Result.DELIVERED;
            case PERMANENT -> DeliveryAttempt.Result.FAILED;
            case TRANSIENT -> retryFrom != null && now.isBefore(retryFrom.plus(settings.retryFor()))
                    ? DeliveryAttempt.Result.RETRY : DeliveryAttempt.Result.FAILED;
        };
    }

    /** Full jitter: uniformly up to base × 2^(attempts − 1), capped (so that retrying partners do not herd). */
    Duration backoff(int attempts) {
        long base = settings.backoffBase().toMillis();
        long cap = settings.backoffMax().toMillis();
        long ceiling = attempts >= 31 ? cap : Math.min(cap, base << Math.max(0, attempts - 1));
        return Duration.ofMillis(ThreadLocalRandom.current().nextLong(ceiling + 1));
    }

    private void log(DeliveryClaims.Claimed claimed, int attempt, Outcome outcome, DeliveryAttempt.Result result,
            Instant startedAt, long durationMs) {
        if (DeliveryAttempt.findById(new DeliveryAttempt.Key(claimed.delivery().id, attempt)) != null) {
            return;
        }
        DeliveryAttempt logged = new DeliveryAttempt();
        logged.deliveryId = claimed.delivery().id;
        logged.attempt = attempt;
        logged.startedAt = startedAt;
        logged.durationMs = (int) Math.min(Integer.MAX_VALUE, durationMs);
        logged.statusCode = outcome.statusCode();
        logged.outcome = result;
        logged.error = error(outcome);
        logged.persist();
    }

    private static String error(Outcome outcome) {
        String error = outcome.error();
        return error == null || error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
    }
}
