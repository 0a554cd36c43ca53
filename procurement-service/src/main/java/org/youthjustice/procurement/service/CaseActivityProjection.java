package org.youthjustice.procurement.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.youthjustice.platform.messaging.EventEnvelope;
import org.youthjustice.platform.messaging.FailureKind;
import org.youthjustice.platform.messaging.MalformedEventException;
import org.youthjustice.platform.time.ServiceZone;
import org.youthjustice.procurement.messaging.in.CaseAssigned;
import org.youthjustice.procurement.messaging.in.CaseClosed;
import org.youthjustice.procurement.messaging.in.CaseReferred;
import org.youthjustice.procurement.messaging.in.CaseStatusChanged;
import org.youthjustice.procurement.messaging.in.ServiceRecorded;
import org.youthjustice.procurement.messaging.in.VisitCompleted;
import org.youthjustice.procurement.messaging.in.VisitMissed;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;

/**
 * What happens at the sites, from case-service's events: each case's office, court and latest status; minutes of
 * service; visits and their outcomes. Every write is an upsert whose result does not depend on the order of the
 * events (a status or outcome of a later time wins, whenever it arrives) and the inbox applies each event id once, so
 * duplicated and reordered deliveries leave the rows a delivery in order leaves. Runs in the inbox's transaction.
 *
 * <p>The hottest path of the service (a bulk intake's thousands of case.referred, a case.assigned for every change of
 * lead): each event costs the inbox's claim and one statement here, on the transaction's connection through JDBC,
 * as the inbox's own claim does. The rows are no entities, so no Hibernate session is opened, flushed or closed for
 * them, and nothing of Hibernate's query machinery runs per event (issue 16, item 4). {@code CaseEventStatementsTest}
 * pins the statements.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CaseActivityProjection {

    /** The event types this projection reads; the rest of {@code cases.v1} passes without a transaction. */
    public static final Set<String> TYPES = Set.of(CaseReferred.TYPE, CaseStatusChanged.TYPE, CaseClosed.TYPE,
            CaseAssigned.TYPE, ServiceRecorded.TYPE, VisitCompleted.TYPE, VisitMissed.TYPE);

    private static final String CLOSED = "CLOSED";

    /** What the row keeps after an event: an office or court if the event names one, the later status. */
    private static final String OFFICE = "coalesce(excluded.office_code, coverage_case.office_code)";
    private static final String COURT = "coalesce(excluded.court_code, coverage_case.court_code)";
    private static final String STATUS = """
            case when coverage_case.status_at is null or excluded.status_at > coverage_case.status_at
                    or excluded.status_at = coverage_case.status_at and excluded.status = 'CLOSED'
                then excluded.status else coverage_case.status end""";
    private static final String STATUS_AT = "greatest(coverage_case.status_at, excluded.status_at)";

    /** One statement per event; the row is updated only when one of the values coverage reads changes. */
    private static final String CASE_SEEN = """
            insert into coverage_case (reference, office_code, court_code, status, status_at, updated_at)
            values (?, ?, ?, ?, ?, ?)
            on conflict (reference) do update set office_code = %1$s, court_code = %2$s, status = %3$s,
                status_at = %4$s, updated_at = excluded.updated_at
            where (coverage_case.office_code, coverage_case.court_code, coverage_case.status, coverage_case.status_at)
                is distinct from (%1$s, %2$s, %3$s, %4$s)""".formatted(OFFICE, COURT, STATUS, STATUS_AT);

    private static final String SERVICE_RECORDED = """
            insert into coverage_service (event_id, office_code, agency_code, delivered_on, minutes)
            values (?, ?, ?, ?, ?) on conflict (event_id) do nothing""";

    private static final String VISIT = """
            insert into coverage_visit (visit_id, office_code, visit_on, outcome, outcome_at)
            values (?, ?, ?, ?, ?)
            on conflict (visit_id) do update set office_code = excluded.office_code,
                visit_on = excluded.visit_on, outcome = excluded.outcome, outcome_at = excluded.outcome_at
            where excluded.outcome_at > coverage_visit.outcome_at
                or excluded.outcome_at = coverage_visit.outcome_at and excluded.outcome = 'COMPLETED'""";

    @Inject
    Clock clock;

    /** The datasource's connection of the inbox's transaction: no Hibernate session for what needs no entity. */
    @Inject
    DataSource dataSource;

    public void apply(EventEnvelope event) {
        switch (event.type()) {
            case CaseReferred.TYPE -> {
                CaseReferred referred = event.data(CaseReferred.class);
                require(referred.reference() != null && referred.officeCode() != null && referred.status() != null
                        && referred.referredAt() != null, event);
                caseSeen(referred.reference(), referred.officeCode(), referred.courtCode(), referred.status(),
                        referred.referredAt());
            }
            case CaseStatusChanged.TYPE -> {
                CaseStatusChanged changed = event.data(CaseStatusChanged.class);
                require(changed.reference() != null && changed.toStatus() != null && changed.changedAt() != null,
                        event);
                caseSeen(changed.reference(), changed.officeCode(), null, changed.toStatus(), changed.changedAt());
            }
            case CaseClosed.TYPE -> {
                CaseClosed closed = event.data(CaseClosed.class);
                require(closed.reference() != null && closed.closedAt() != null, event);
                caseSeen(closed.reference(), closed.officeCode(), null, CLOSED, closed.closedAt());
            }
            case CaseAssigned.TYPE -> {
                CaseAssigned assigned = event.data(CaseAssigned.class);
                require(assigned.reference() != null && assigned.officeCode() != null, event);
                caseSeen(assigned.reference(), assigned.officeCode(), null, null, null);
            }
            case ServiceRecorded.TYPE -> serviceRecorded(event);
            case VisitCompleted.TYPE -> {
                VisitCompleted completed = event.data(VisitCompleted.class);
                require(completed.visitId() != null && completed.officeCode() != null
                        && completed.completedAt() != null && event.time() != null, event);
                visit(completed.visitId(), completed.officeCode(), ServiceZone.dayOf(completed.completedAt()),
                        "COMPLETED", event.time());
            }
            case VisitMissed.TYPE -> {
                VisitMissed missed = event.data(VisitMissed.class);
                require(missed.visitId() != null && missed.officeCode() != null && missed.dueOn() != null
                        && event.time() != null, event);
                visit(missed.visitId(), missed.officeCode(), missed.dueOn(), "MISSED", event.time());
            }
            default -> throw new IllegalArgumentException("not a case event of coverage: " + event.type());
        }
    }

    /**
     * A case seen at an office (and a court, from its referral), with a status as of {@code at} unless null. The
     * status with the later time wins; at the same time CLOSED wins (case-service closes with one time for
     * case.status-changed and case.closed), so that no order of delivery reopens a closed case. An event that changes
     * none of these (a lead swap: case.assigned at the case's office; a status older than the one kept; the same
     * status at the same time again) writes nothing: the upsert finds the row, locks it and leaves it as it was,
     * without a new row version or index entries, and {@code updated_at} stays the time an event last changed it.
     */
    private void caseSeen(String reference, String office, String court, String status, Instant at) {
        execute(CASE_SEEN, statement -> {
            statement.setString(1, reference);
            statement.setString(2, office);
            statement.setString(3, court);
            statement.setString(4, status);
            setInstant(statement, 5, at);
            setInstant(statement, 6, Instant.now(clock));
        });
    }

    private void serviceRecorded(EventEnvelope event) {
        ServiceRecorded service = event.data(ServiceRecorded.class);
        require(service.officeCode() != null && service.agencyId() != null && service.minutes() != null
                && service.minutes() > 0 && service.deliveredOn() != null, event);
        execute(SERVICE_RECORDED, statement -> {
            statement.setObject(1, event.id());
            statement.setString(2, service.officeCode());
            statement.setString(3, service.agencyId());
            statement.setObject(4, service.deliveredOn());
            statement.setInt(5, service.minutes());
        });
    }

    /** The outcome recorded last wins; at the same time a completion wins over a miss. */
    private void visit(long visitId, String office, LocalDate on, String outcome, Instant at) {
        execute(VISIT, statement -> {
            statement.setLong(1, visitId);
            statement.setString(2, office);
            statement.setObject(3, on);
            statement.setString(4, outcome);
            setInstant(statement, 5, at);
        });
    }

    /**
     * Runs one statement on the transaction's connection (the one the inbox claimed the event on). A failure keeps
     * the SQL exception as its cause, which tells the inbox whether to wait the database out or give the record up;
     * the message names its kind only, never the data.
     */
    private void execute(String sql, Parameters parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            parameters.set(statement);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("coverage projection: " + FailureKind.describe(e), e);
        }
    }

    @FunctionalInterface
    private interface Parameters {
        void set(PreparedStatement statement) throws SQLException;
    }

    private static void setInstant(PreparedStatement statement, int index, Instant value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            statement.setObject(index, OffsetDateTime.ofInstant(value, ZoneOffset.UTC));
        }
    }

    private static void require(boolean complete, EventEnvelope event) {
        if (!complete) {
            throw new MalformedEventException("event " + event.id() + " (" + event.type()
                    + ") lacks a field coverage reads");
        }
    }
}
