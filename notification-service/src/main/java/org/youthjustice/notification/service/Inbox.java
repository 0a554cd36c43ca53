package org.youthjustice.notification.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.hibernate.query.NativeQuery;
import org.youthjustice.notification.domain.Notification;
import org.youthjustice.notification.domain.Severity;
import org.youthjustice.platform.caller.Caller;
import org.youthjustice.platform.paging.Page;
import org.youthjustice.platform.paging.PageRequest;
import org.youthjustice.platform.problem.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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

    /** What a page shows of each alert, and what its texts are rendered from. */
    private static final String PAGE_COLUMNS = "id, seq, rule, severity, title, body, subject_ref, created_at, "
            + "acknowledged_at, cast(template_values as text) as template_values";

    private static final TypeReference<Map<String, String>> TEMPLATE_VALUES = new TypeReference<>() {
    };

    @Inject
    Caller caller;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    /**
     * A page of the caller's inbox, newest first (then by id), with its total counted up to {@link Page#COUNT_LIMIT}
     * (a role's inbox keeps every alert of its retention period; a phone polls the list). The page is read in one
     * native query whose rows become unmanaged alerts with the columns its view needs (no entity is loaded, and no
     * JSON snapshot copied for dirty checking); the total needs no query when the page is the last one, and is then
     * exact however long the list.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Notification> list(InboxFilter filter, PageRequest page) {
        Addressee owner = Addressee.of(caller);
        Map<String, Object> parameters = new LinkedHashMap<>();
        // each branch its first offset + size alerts in the list's order, read from its index; then the page of them
        String newest = " order by created_at desc, id limit " + ((long) page.offset() + page.size);
        @SuppressWarnings("unchecked")
        NativeQuery<Object[]> select = em.createNativeQuery("select * from (" + branches(owner, filter, PAGE_COLUMNS,
                        newest, parameters) + ") as inbox order by created_at desc, id limit " + page.size
                        + " offset " + page.offset())
                .unwrap(NativeQuery.class)
                .addScalar("id", UUID.class).addScalar("seq", Long.class).addScalar("rule", String.class)
                .addScalar("severity", String.class).addScalar("title", String.class).addScalar("body", String.class)
                .addScalar("subject_ref", String.class).addScalar("created_at", Instant.class)
                .addScalar("acknowledged_at", Instant.class).addScalar("template_values", String.class);
        parameters.forEach(select::setParameter);
        List<Notification> items = select.getResultList().stream().map(this::alertOf).toList();
        return Page.counted(items, page, () -> countUpToLimit(owner, filter));
    }

    /** The list's items, the same branches, counted up to one beyond {@link Page#COUNT_LIMIT}. */
    private long countUpToLimit(Addressee owner, InboxFilter filter) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        Query count = em.createNativeQuery("select count(*) from (select 1 from ("
                + branches(owner, filter, "1", "", parameters) + ") as inbox limit " + (Page.COUNT_LIMIT + 1)
                + ") as counted");
        parameters.forEach(count::setParameter);
        return ((Number) count.getSingleResult()).longValue();
    }

    /**
     * The owner's alerts that pass the filter, as one {@code select} of {@code columns} (each ending with
     * {@code tail}) per way an alert reaches them, joined by {@code union all}: by their subject; by one of their roles
     * as a whole; by each role within the scope their token names. The branches never share a row (an alert that names
     * the owner's subject is in the first only). With an order and a limit as its tail, each branch reads the index
     * in the list's order (V8) and stops there: a page reads about its own rows, where one condition joined by
     * {@code or} read and sorted every alert of the inbox (or scanned the table's newest alerts for its own).
     */
    private static String branches(Addressee owner, InboxFilter filter, String columns, String tail,
            Map<String, Object> parameters) {
        StringBuilder filters = new StringBuilder();
        filter.acknowledged().ifPresent(done ->
                filters.append(done ? " and acknowledged_at is not null" : " and acknowledged_at is null"));
        filter.severity().ifPresent(severity -> {
            filters.append(" and severity = :severity");
            parameters.put("severity", severity.name());
        });
        filter.rule().ifPresent(rule -> {
            filters.append(" and rule = :rule");
            parameters.put("rule", rule);
        });
        filter.subjectRef().ifPresent(subjectRef -> {
            filters.append(" and subject_ref = :subjectRef");
            parameters.put("subjectRef", subjectRef);
        });
        filter.since().ifPresent(since -> {
            filters.append(" and created_at >= :since");
            parameters.put("since", since);
        });
        String select = "(select " + columns + " from notification where ";
        String notTheSubjects = " and recipient_subject is distinct from :subject";
        parameters.put("subject", owner.subject());
        List<String> branches = new ArrayList<>();
        branches.add(select + "recipient_subject = :subject" + filters + tail + ")");
        List<String> roles = roles(owner);
        if (!roles.isEmpty()) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < roles.size(); i++) {
                names.add(":role" + i);
                parameters.put("role" + i, roles.get(i));
            }
            branches.add(select + "recipient_role in (" + String.join(", ", names) + ") and recipient_scope is null"
                    + notTheSubjects + filters + tail + ")");
        }
        int i = 0;
        for (Map.Entry<String, String> scope : owner.scopes().entrySet()) {
            branches.add(select + "recipient_role = :scopedRole" + i + " and recipient_scope = :scope" + i
                    + notTheSubjects + filters + tail + ")");
            parameters.put("scopedRole" + i, scope.getKey());
            parameters.put("scope" + i, scope.getValue());
            i++;
        }
        return String.join(" union all ", branches);
    }

    /** A row of the page as an alert that no session manages (for the view and its texts only). */
    private Notification alertOf(Object[] row) {
        Notification alert = new Notification();
        alert.id = (UUID) row[0];
        alert.seq = (Long) row[1];
        alert.rule = (String) row[2];
        alert.severity = Severity.valueOf((String) row[3]);
        alert.title = (String) row[4];
        alert.body = (String) row[5];
        alert.subjectRef = (String) row[6];
        alert.createdAt = (Instant) row[7];
        alert.acknowledgedAt = (Instant) row[8];
        alert.templateValues = templateValues((String) row[9]);
        return alert;
    }

    private Map<String, String> templateValues(String stored) {
        if (stored == null) {
            return Map.of();
        }
        try {
            return json.readValue(stored, TEMPLATE_VALUES);
        } catch (JsonProcessingException e) {
            // not what a rule writes: the alert is shown with its stored texts
            return Map.of();
        }
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
        // a live stream's usual drain is one new alert: a query Hibernate keeps translated (a list is translated anew)
        return seqs.size() == 1 ? Notification.list("seq = ?1", seqs.get(0))
                : Notification.list("seq in ?1", Sort.ascending("seq"), seqs);
    }

    /**
     * Where the alerts stand now, in one snapshot: the highest committed seq, the oldest transaction still running
     * and the next transaction id (PostgreSQL's snapshot xmin and xmax, cluster-wide). Every seq up to that highest
     * one was taken by a transaction below the next id (or, for a moment, by one that has no id yet: see
     * {@link StreamSettings#settleAfter()}); once the oldest running transaction is past that id, each of them has
     * committed or rolled back.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AlertStream.Horizon horizon() {
        Object[] row = (Object[]) em.createNativeQuery("""
                select coalesce((select max(seq) from notification), 0),
                       pg_snapshot_xmin(snapshot)::text::bigint, pg_snapshot_xmax(snapshot)::text::bigint
                  from (select pg_current_snapshot() as snapshot) now""").getSingleResult();
        return new AlertStream.Horizon(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                ((Number) row[2]).longValue());
    }

    /** The seq of the latest alert stored (committed), 0 when there is none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long lastSeq() {
        return em.createQuery("select coalesce(max(n.seq), 0) from Notification n", Long.class).getSingleResult();
    }

    /**
     * Recipient condition in the query itself, so that nobody else's alert is ever loaded. Each role is a parameter of
     * its own: a list parameter would make Hibernate translate the query anew at every call.
     */
    private static String addressedTo(Addressee owner) {
        StringBuilder condition = new StringBuilder("(recipientSubject = :subject");
        List<String> roles = roles(owner);
        if (!roles.isEmpty()) {
            condition.append(" or (recipientScope is null and recipientRole in (");
            for (int i = 0; i < roles.size(); i++) {
                condition.append(i == 0 ? "" : ", ").append(":role").append(i);
            }
            condition.append("))");
        }
        for (int i = 0; i < owner.scopes().size(); i++) {
            condition.append(" or (recipientRole = :scopedRole").append(i).append(" and recipientScope = :scope")
                    .append(i).append(')');
        }
        return condition.append(')').toString();
    }

    /** The parameters of {@link #addressedTo}, numbered in a fixed order. */
    private static Parameters recipient(Addressee owner) {
        Parameters parameters = Parameters.with("subject", owner.subject());
        List<String> roles = roles(owner);
        for (int i = 0; i < roles.size(); i++) {
            parameters.and("role" + i, roles.get(i));
        }
        int i = 0;
        for (Map.Entry<String, String> scope : owner.scopes().entrySet()) {
            parameters.and("scopedRole" + i, scope.getKey()).and("scope" + i, scope.getValue());
            i++;
        }
        return parameters;
    }

    /** The owner's roles in a fixed order, so that the same roles make the same query. */
    private static List<String> roles(Addressee owner) {
        return owner.roles().stream().sorted().toList();
    }
}
