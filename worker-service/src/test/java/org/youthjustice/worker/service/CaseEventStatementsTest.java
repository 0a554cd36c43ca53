package org.youthjustice.worker.service;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.youthjustice.platform.time.ServiceZone;
import org.youthjustice.worker.CaseEvents;
import org.youthjustice.worker.CaseEvents.Event;
import org.youthjustice.platform.testing.SqlStatements;
import org.youthjustice.worker.consumer.CaseEventsConsumer;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.youthjustice.worker.CaseEvents.assigned;
import static org.youthjustice.worker.CaseEvents.freshReference;
import static org.youthjustice.worker.Fixtures.agency;
import static org.youthjustice.worker.Fixtures.freshOffice;
import static org.youthjustice.worker.Fixtures.posted;
import static org.youthjustice.worker.Fixtures.posting;
import static org.youthjustice.worker.Fixtures.registeredWorker;

/**
 * What one {@code case.assigned} costs in SQL (issue 14 item 10, issue 16 item 4): the case's row, and for each
 * worker whose load it changes the lock of their {@code capacity_state} row, one statement for their figures and the
 * row's update, however many cases and postings the workers have. Fails when the capacity check goes back to loading
 * every case and posting of a worker, or to a statement per figure.
 *
 * <p>The records are handed to the consumer on the test's thread, as the Kafka consumer hands a poll's records, so
 * that {@link SqlStatements} counts this event's statements only (the inbox's claim of the event id goes through
 * the datasource, not Hibernate, and is not counted).
 */
@QuarkusTest
class CaseEventStatementsTest {

    private static final LocalDate TODAY = LocalDate.now(ServiceZone.ZONE);

    @Inject
    CaseEventsConsumer consumer;

    @Inject
    DataSource dataSource;

    private long offset;

    @Test
    void aCaseMovedFromOneWorkerToAnotherCostsEightStatements() throws Exception {
        String agency = agency();
        String office = freshOffice();
        String from = workerWithCases(agency, office, 5);
        String to = workerWithCases(agency, office, 5);
        String reference = freshReference();
        consumeOne(assigned(reference, office, "CORRECTION", from, agency, null, "HIGH"));
        assertEquals("6 6.50 20.00", kept(from));

        List<String> statements = sqlOf(
                () -> consumeOne(assigned(reference, office, "CORRECTION", to, agency, from, "HIGH")));

        // the case's row read and updated; per worker: the state row locked, the figures counted, the row updated
        // (before issue 16 item 4: 14, each check loading the worker, every case and every posting today)
        assertEquals(8, statements.size(), "statements of one case.assigned:\n" + listed(statements));
        assertEquals(2, stateRowsLocked(statements), listed(statements));
        assertEquals("5 5.00 20.00", kept(from));
        assertEquals("6 6.50 20.00", kept(to));
    }

    @Test
    void aBatchThatMovesACaseBackAndForthLocksEachWorkerOnce() throws Exception {
        String agency = agency();
        String office = freshOffice();
        String first = workerWithCases(agency, office, 5);
        String second = workerWithCases(agency, office, 5);
        String reference = freshReference();
        consumeOne(assigned(reference, office, "CORRECTION", first, agency, null, null));

        List<ConsumerRecord<String, String>> swaps = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            swaps.add(record(assigned(reference, office, "CORRECTION", i % 2 == 0 ? second : first, agency,
                    i % 2 == 0 ? first : second, null)));
        }
        List<String> statements = sqlOf(() -> consumer.onCaseEvents(
                new ConsumerRecords<>(Map.of(new TopicPartition(CaseEvents.TOPIC, 0), swaps))));

        // the case's row read once and each worker's row locked once for the batch; then per event the case's row
        // updated, the two workers' figures counted and their rows updated (before: 41, ten per event)
        assertEquals(1 + 2 + 4 * 5, statements.size(), "statements of four case.assigned in one batch:\n"
                + listed(statements));
        assertEquals(2, stateRowsLocked(statements), listed(statements));
        assertEquals("6 6.00 20.00", kept(first));
        assertEquals("5 5.00 20.00", kept(second));
    }

    /** A registered worker, posted full time at {@code office} (capacity 20), with {@code cases} cases there. */
    private String workerWithCases(String agency, String office, int cases) {
        String workerId = registeredWorker(agency);
        posted(workerId, posting(office, "JUDICIAL_OFFICE", TODAY.minusDays(3).toString(), null, "1"));
        for (int i = 0; i < cases; i++) {
            consumeOne(assigned(freshReference(), office, "PREVENTION", workerId, agency, null, "LOW"));
        }
        return workerId;
    }

    private void consumeOne(Event event) {
        assertTrue(consumer.consume(record(event)), "handled " + event.id());
    }

    private ConsumerRecord<String, String> record(Event event) {
        return new ConsumerRecord<>(CaseEvents.TOPIC, 0, offset++, event.reference(), event.json().toString());
    }

    private static long stateRowsLocked(List<String> statements) {
        return statements.stream().filter(sql -> sql.startsWith("select") && sql.contains("from capacity_state"))
                .count();
    }

    private static String listed(List<String> statements) {
        return String.join("\n", statements);
    }

    /** The kept cases, weighted load and capacity of the worker. */
    private String kept(String workerId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select cases, weighted_load, capacity from capacity_state where worker_id = ?")) {
            select.setString(1, workerId);
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next(), "a capacity_state row for " + workerId);
                return row.getInt(1) + " " + row.getBigDecimal(2).toPlainString() + " "
                        + row.getBigDecimal(3).toPlainString();
            }
        }
    }

    /** The statements {@code work} prepared on this thread ({@link SqlStatements}), as their SQL. */
    private static List<String> sqlOf(Runnable work) {
        return SqlStatements.onThisThread(work).stream().map(SqlStatements.Statement::sql).toList();
    }
}
