package org.youthjustice.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;
import org.youthjustice.notification.domain.Channel;
import org.youthjustice.notification.domain.Delivery;
import org.youthjustice.notification.domain.DeliveryStatus;
import org.youthjustice.notification.domain.Notification;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Takes due deliveries for one replica to send: each claimed delivery is leased (no other replica takes it until
 * the lease ends) and counts one more attempt. One replica claims at a time (a transaction-scoped advisory lock),
 * so that the per-recipient limit holds across replicas; rows another transaction holds are skipped. A claim that
 * takes something is four statements whatever it takes (the lock, the candidates, the lease, their alerts); one that
 * finds nothing due, two.
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

    /**
     * What one claim took, and whether it left due deliveries behind (for want of slots, of a recipient's room, or
     * because another transaction held them): then the dispatcher claims again as each attempt ends.
     */
    public record Claims(List<Claimed> claimed, boolean moreDue) {

        /** Nothing taken, and maybe something due: another look is worth it. */
        static Claims unknown() {
            return new Claims(List.of(), true);
        }
    }

    /** At most {@code slots} due deliveries of {@code channels}, none of a recipient already at its limit. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Claims claim(Set<Channel> channels, int slots) {
        if (channels.isEmpty() || slots <= 0 || !claimLock()) {
            return Claims.unknown();
        }
        Instant now = Instant.now(clock);
        Candidates candidates = candidates(channels, slots, now);
        List<Delivery> deliveries = lease(candidates.ids(), now);
        if (deliveries.isEmpty()) {
            return new Claims(List.of(), candidates.due() > 0);
        }
        // the alerts in one statement (an array of ids), each once however many of its deliveries were taken
        Map<UUID, Notification> alerts = entityManager.unwrap(Session.class)
                .findMultiple(Notification.class, deliveries.stream().map(d -> d.notificationId).distinct().toList())
                .stream().filter(Objects::nonNull)
                .collect(Collectors.toMap(n -> n.id, Function.identity()));
        deliveries.stream().filter(d -> !alerts.containsKey(d.notificationId)).forEach(d -> purged(d, now));
        List<Claimed> claimed = deliveries.stream().filter(d -> alerts.containsKey(d.notificationId))
                .sorted(Comparator.comparing((Delivery d) -> d.notBefore).thenComparing(d -> d.id))
                .map(d -> new Claimed(d, alerts.get(d.notificationId))).toList();
        return new Claims(claimed, candidates.due() > deliveries.size());
    }

    private boolean claimLock() {
        return (Boolean) entityManager.createNativeQuery("select pg_try_advisory_xact_lock(:lock)")
                .setParameter("lock", CLAIM_LOCK).getSingleResult();
    }

    /** The deliveries to lease, and how many were due in all (those passed over included). */
    private record Candidates(List<UUID> ids, long due) {
    }

    /**
     * Due and unleased, oldest first, at most as many per recipient as its limit leaves beside its attempts already
     * in flight: a recipient at its limit is passed over, so that a slow one never holds up the others. One row
     * whatever is due: the count of candidates (those passed over included), and a candidate's id (none when nothing
     * can be taken). Each recipient with pending deliveries is found by one probe of its index (a loose index scan)
     * and gives at most its limit plus one due rows, the one more saying that more is due than can be taken now:
     * a backlog of thousands for one recipient costs a claim a few rows, not thousands.
     */
    @SuppressWarnings("unchecked")
    private Candidates candidates(Set<Channel> channels, int slots, Instant now) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                        with recursive recipients (channel, recipient) as (
                            (select channel, recipient from delivery
                              where status = 'PENDING'
                              order by channel, recipient limit 1)
                            union all
                            select next.channel, next.recipient from recipients r
                             cross join lateral (
                                 select d.channel, d.recipient from delivery d
                                  where d.status = 'PENDING' and (d.channel, d.recipient) > (r.channel, r.recipient)
                                  order by d.channel, d.recipient limit 1) next),
                        busy as (
                            select channel, recipient, count(*) as in_flight from delivery
                             where status = 'PENDING' and leased_until is not null and leased_until > :now
                             group by channel, recipient),
                        due as (
                            select d.id, d.channel, d.recipient, d.not_before,
                                   row_number() over (partition by d.channel, d.recipient
                                                      order by d.not_before, d.id) as place
                              from recipients r
                             cross join lateral (
                                 select id, channel, recipient, not_before from delivery
                                  where status = 'PENDING' and channel = r.channel and recipient = r.recipient
                                    and not_before <= :now and (leased_until is null or leased_until <= :now)
                                  order by not_before, id
                                  limit :perRecipient + 1) d
                             where r.channel in (:channels)),
                        picked as (
                            select due.id from due
                              left join busy on busy.channel = due.channel and busy.recipient = due.recipient
                             where due.place + coalesce(busy.in_flight, 0) <= :perRecipient
                             order by due.not_before, due.id
                             limit :slots)
                        select (select count(*) from due) as due, picked.id
                          from (values (0)) as one (x) left join picked on true""")
                .setParameter("now", now)
                .setParameter("channels", channels.stream().map(Channel::name).toList())
                .setParameter("perRecipient", settings.maxInFlightPerRecipient())
                .setParameter("slots", slots)
                .getResultList();
        long due = ((Number) rows.get(0)[0]).longValue();
        List<UUID> ids = rows.stream().map(row -> row[1]).filter(Objects::nonNull)
                .map(id -> id instanceof UUID uuid ? uuid : UUID.fromString(id.toString())).toList();
        return new Candidates(ids, due);
    }

    /**
     * Leases the candidates that are still due and that no other transaction holds, counting the attempt, in one
     * statement that answers the leased rows (as managed entities, with their new lease and version).
     */
    @SuppressWarnings("unchecked")
    private List<Delivery> lease(List<UUID> candidates, Instant now) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        return entityManager.createNativeQuery("""
                        with leased as (
                            update delivery set attempts = attempts + 1, leased_until = :until,
                                   retry_from = coalesce(retry_from, :now), version = version + 1
                             where id in (
                                 select id from delivery
                                  where id in (:ids) and status = 'PENDING'
                                    and (leased_until is null or leased_until <= :now)
                                    for update skip locked)
                            returning *)
                        select * from leased""", Delivery.class)
                .setParameter("until", now.plus(settings.lease()))
                .setParameter("now", now)
                .setParameter("ids", candidates)
                .getResultList();
    }

    /** The alert was purged before its delivery was sent: nothing left to send. */
    private static void purged(Delivery delivery, Instant now) {
        delivery.status = DeliveryStatus.FAILED;
        delivery.leasedUntil = null;
        delivery.finishedAt = now;
        delivery.lastError = "the alert no longer exists";
    }
}
