package org.youthjustice.cases.service;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.hibernate.Session;
import org.youthjustice.cases.domain.AuditAction;
import org.youthjustice.cases.domain.AuditEvent;
import org.youthjustice.platform.caller.Caller;
import org.youthjustice.platform.correlation.CorrelationId;
import org.youthjustice.platform.paging.Page;
import org.youthjustice.platform.paging.PageRequest;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The audit trail of case-service: who did what to which case, when, through which client and why. A row is
 * written in the transaction of the act it records, so that an act and its audit row are kept or lost together.
 */
@ApplicationScoped
public class AuditTrail {

    /** One row per element of the array parameter, the other columns shared. */
    private static final String INSERT_EACH = "insert into audit_event (occurred_at, action, case_reference, "
            + "purpose, detail, actor_subject, actor_username, client_id, correlation_id) "
            + "select cast(? as timestamptz), cast(? as varchar), reference, cast(? as varchar), cast(? as varchar), "
            + "cast(? as varchar), cast(? as varchar), cast(? as varchar), cast(? as varchar) "
            + "from unnest(cast(? as varchar[])) as reference";

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** Records an act of the current caller on a case; {@code purpose} is the stated one, if any. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AuditAction action, String caseReference, Enum<?> purpose) {
        record(action, caseReference, purpose, null);
    }

    /** As {@link #record(AuditAction, String, Enum)}, with what changed (references and enum values only). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AuditAction action, String caseReference, Enum<?> purpose, String detail) {
        AuditEvent event = new AuditEvent();
        event.occurredAt = Instant.now(clock);
        event.action = action;
        event.caseReference = caseReference;
        event.purpose = purpose == null ? null : purpose.name();
        event.detail = detail;
        event.actorSubject = caller.subject();
        event.actorUsername = caller.username().orElse(null);
        event.clientId = caller.clientId().orElse(null);
        event.correlationId = CorrelationId.current().orElse(null);
        event.persist();
    }

    /**
     * As {@link #record(AuditAction, String, Enum, String)}, one row per case reference, all with one statement: an
     * export of thousands of cases writes its rows in one round trip rather than one insert each.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordEach(AuditAction action, List<String> caseReferences, Enum<?> purpose, String detail) {
        if (caseReferences.isEmpty()) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC);
        AuditEvent.getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT_EACH)) {
                insert.setObject(1, now);
                insert.setString(2, action.name());
                insert.setString(3, purpose == null ? null : purpose.name());
                insert.setString(4, detail);
                insert.setString(5, caller.subject());
                insert.setString(6, caller.username().orElse(null));
                insert.setString(7, caller.clientId().orElse(null));
                insert.setString(8, CorrelationId.current().orElse(null));
                insert.setArray(9, connection.createArrayOf("varchar", caseReferences.toArray()));
                insert.executeUpdate();
            }
        });
    }

    /** The rows matching every filter given, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AuditEvent> search(Filter filter, PageRequest page) {
        StringBuilder query = new StringBuilder("from AuditEvent e where 1 = 1");
        Parameters parameters = new Parameters();
        filter.caseReference().ifPresent(reference -> {
            query.append(" and e.caseReference = :reference");
            parameters.and("reference", reference);
        });
        // An auditor knows people by username, machine clients by their subject: either names the actor.
        filter.actor().ifPresent(actor -> {
            query.append(" and (e.actorSubject = :actor or e.actorUsername = :actor)");
            parameters.and("actor", actor);
        });
        filter.action().ifPresent(action -> {
            query.append(" and e.action = :action");
            parameters.and("action", action);
        });
        filter.from().ifPresent(from -> {
            query.append(" and e.occurredAt >= :from");
            parameters.and("from", from);
        });
        filter.to().ifPresent(to -> {
            query.append(" and e.occurredAt < :to");
            parameters.and("to", to);
        });
        var found = AuditEvent.<AuditEvent>find(query.toString(),
                Sort.descending("occurredAt").and("id", Sort.Direction.Descending), parameters);
        return Page.of(found, page);
    }

    /** Filters of the trail; each absent one does not filter. {@code to} is exclusive. */
    public record Filter(Optional<String> caseReference, Optional<String> actor, Optional<AuditAction> action,
                         Optional<Instant> from, Optional<Instant> to) {
    }
}
