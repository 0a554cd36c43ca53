package org.youthjustice.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.youthjustice.notification.domain.Channel;
import org.youthjustice.notification.domain.Delivery;
import org.youthjustice.notification.domain.DeliveryStatus;
import org.youthjustice.notification.domain.Notification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Takes due deliveries for one replica to send: each claimed delivery is leased (no other replica takes it until
 * the lease ends) and counts one more attempt. One replica claims at a time (a transaction-scoped advisory lock),
 * so that the per-recipient limit holds across replicas; rows another transaction holds are skipped.
 */
@ApplicationScoped
public class DeliveryClaims {

    /** The advisory lock of claiming, the same number on every replica. */
    private static final long CLAIM_LOCK = 0x6e6f746966790001L;

    @Inject
    EntityManager entityManager;

    @Inject
    DeliverySettings settings;

    @Inject
    Clock clock;

    /** A leased delivery and its alert, detached: read them outside any transaction. */
    public record Claimed(Delivery delivery, Notification notification) {
    }

    /** At most {@code slots} due deliveries of {@code channels}, none of a recipient already at its limit. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Claimed> claim(Set<Channel> channels, int slots) {
        if (channels.isEmpty() || slots <= 0 || !claimLock()) {
            return List.of();
        }
        Instant now = Instant.now(clock);
        List<UUID> leased = lease(candidates(channels, slots, now), now);
        if (leased.isEmpty()) {
            return List.of();
        }
        List<Delivery> deliveries = Delivery.list("id in ?1", leased);
        Map<UUID, Notification> alerts = Notification.<Notification>list("id in ?1",
                        deliveries.stream().map(d -> d.notificationId).toList())
                .stream().collect(Collectors.toMap(n -> n.id, Function.identity()));
        deliveries.stream().filter(d -> !alerts.containsKey(d.notificationId)).forEach(d -> purged(d, now));
        return deliveries.stream().filter(d -> alerts.containsKey(d.notificationId))
                .map(d -> new Claimed(d, alerts.get(d.notificationId))).toList();
    }

    private boolean claimLock() {
        return (Boolean) entityManager.createNativeQuery("select pg_try_advisory_xact_lock(:lock)")
                .setParameter("lock", CLAIM_LOCK).getSingleResult();
    }

    /**
     * Due and unleased, oldest first, at most as many per recipient as its limit leaves beside its attempts already
     * in flight: a recipient at its limit is passed over, so that a slow one never holds up the others.
     */
    @SuppressWarnings("unchecked")
    private List<UUID> candidates(Set<Channel> channels, int slots, Instant now) {
        return entityManager.createNativeQuery("""
                        with busy as (
                            select channel, recipient, count(*) as in_flight from delivery
                             where status = 'PENDING' and leased_until > :now
                             group by channel, recipient),
                        due as (
                            select id, channel, recipient, not_before,
                                   row_number() over (partition by channel, recipient order by not_before, id) as place
                              from delivery
                             where status = 'PENDING' and not_before <= :now
                               and (leased_until is null or leased_until <= :now) and channel in (:channels))
                        select due.id from due
                          left join busy on busy.channel = due.channel and busy.recipient = due.recipient
                         where due.place + coalesce(busy.in_flight, 0) <= :perRecipient
                         order by due.not_before, due.id
                         limit :slots""", UUID.class)
                .setParameter("now", now)
                .setParameter("channels", channels.stream().map(Channel::name).toList())
                .setParameter("perRecipient", settings.maxInFlightPerRecipient())
                .setParameter("slots", slots)
                .getResultList();
    }

    @SuppressWarnings("unchecked")
    private List<UUID> lease(List<UUID> candidates, Instant now) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        List<UUID> locked = entityManager.createNativeQuery("""
                        select id from delivery
                         where id in (:ids) and status = 'PENDING' and (leased_until is null or leased_until <= :now)
                         for update skip locked""", UUID.class)
                .setParameter("ids", candidates)
                .setParameter("now", now)
                .getResultList();
        if (!locked.isEmpty()) {
            entityManager.createNativeQuery("""
                            update delivery set attempts = attempts + 1, leased_until = :until,
                                   retry_from = coalesce(retry_from, :now), version = version + 1
                             where id in (:ids)""")
                    .setParameter("until", now.plus(settings.lease()))
                    .setParameter("now", now)
                    .setParameter("ids", locked)
                    .executeUpdate();
        }
        return locked;
    }

    /** The alert was purged before its delivery was sent: nothing left to send. */
    private static void purged(Delivery delivery, Instant now) {
        delivery.status = DeliveryStatus.FAILED;
        delivery.leasedUntil = null;
        delivery.finishedAt = now;
        delivery.lastError = "the alert no longer exists";
    }
}
