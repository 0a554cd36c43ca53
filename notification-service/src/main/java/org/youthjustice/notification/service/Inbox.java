package org.youthjustice.notification.service;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.youthjustice.notification.domain.Notification;
import org.youthjustice.notification.domain.Severity;
import org.youthjustice.platform.caller.Caller;
import org.youthjustice.platform.paging.Page;
import org.youthjustice.platform.paging.PageRequest;
import org.youthjustice.platform.problem.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An in-app inbox: alerts addressed to its owner, to one of their roles as a whole, or to one of their roles within
 * the scope their token's claim for that role names (a supervisor of agency A never sees agency B's).
 */
@ApplicationScoped
@Transactional
public class Inbox {

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Notification> list(InboxFilter filter, PageRequest page) {
        Addressee owner = Addressee.of(caller);
        StringBuilder query = new StringBuilder(addressedTo(owner));
        Parameters parameters = recipient(owner);
        filter.acknowledged().ifPresent(done ->
                query.append(done ? " and acknowledgedAt is not null" : " and acknowledgedAt is null"));
        filter.severity().ifPresent(severity -> {
            query.append(" and severity = :severity");
            parameters.and("severity", severity);
        });
        filter.rule().ifPresent(rule -> {
            query.append(" and rule = :rule");
            parameters.and("rule", rule);
        });
        filter.subjectRef().ifPresent(subjectRef -> {
            query.append(" and subjectRef = :subjectRef");
            parameters.and("subjectRef", subjectRef);
        });
        filter.since().ifPresent(since -> {
            query.append(" and createdAt >= :since");
            parameters.and("since", since);
        });
        var found = Notification.<Notification>find(query.toString(), Sort.descending("createdAt").and("id"),
                parameters);
        return Page.of(found, page);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public UnreadCount unreadCount() {
        Addressee owner = Addressee.of(caller);
        var count = em.createQuery("select count(n), coalesce(sum(case when n.severity = :urgent then 1 else 0 end), 0)"
                + " from Notification n where n.acknowledgedAt is null and " + addressedTo(owner), Object[].class);
        Parameters parameters = recipient(owner).and("urgent", Severity.URGENT);
        parameters.map().forEach(count::setParameter);
        Object[] row = count.getSingleResult();
        return new UnreadCount(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    public Notification acknowledge(UUID id) {
        Addressee owner = Addressee.of(caller);
        Notification notification = Notification.<Notification>find("id = :id and " + addressedTo(owner),
                        recipient(owner).and("id", id))
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("No notification " + id + " in your inbox."));
        notification.acknowledge(caller.subject(), Instant.now(clock));
        return notification;
    }

    /** The stream's query: up to {@code limit} seqs of {@code owner}'s alerts stored after {@code seq}, in order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Long> seqsAfter(Addressee owner, long seq, int limit) {
        TypedQuery<Long> query = em.createQuery("select seq from Notification where seq > :after and "
                + addressedTo(owner) + " order by seq", Long.class).setParameter("after", seq).setMaxResults(limit);
        recipient(owner).map().forEach(query::setParameter);
        return query.getResultList();
    }

    /** The alerts of these seqs (found by {@link #seqsAfter}, so the owner's), in seq order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Notification> bySeq(List<Long> seqs) {
        return Notification.list("seq in ?1", Sort.ascending("seq"), seqs);
    }

    /** The seq of the latest alert stored (committed), 0 when there is none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long lastSeq() {
        return em.createQuery("select coalesce(max(n.seq), 0) from Notification n", Long.class).getSingleResult();
    }

    /** Recipient condition in the query itself, so that nobody else's alert is ever loaded. */
    private static String addressedTo(Addressee owner) {
        StringBuilder condition = new StringBuilder(
                "(recipientSubject = :subject or (recipientRole in :roles and recipientScope is null)");
        for (int i = 0; i < owner.scopes().size(); i++) {
            condition.append(" or (recipientRole = :role").append(i).append(" and recipientScope = :scope").append(i)
                    .append(')');
        }
        return condition.append(')').toString();
    }

    /** The parameters of {@link #addressedTo}, numbered in the scopes' fixed order. */
    private static Parameters recipient(Addressee owner) {
        Parameters parameters = Parameters.with("roles", owner.roles()).and("subject", owner.subject());
        int i = 0;
        for (Map.Entry<String, String> scope : owner.scopes().entrySet()) {
            parameters.and("role" + i, scope.getKey()).and("scope" + i, scope.getValue());
            i++;
        }
        return parameters;
    }
}
