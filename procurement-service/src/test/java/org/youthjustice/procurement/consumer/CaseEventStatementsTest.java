package org.youthjustice.procurement.consumer;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.youthjustice.platform.messaging.EventInbox;
import org.youthjustice.procurement.StatementCountingDriver;
import org.youthjustice.procurement.StoredContracts;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.youthjustice.procurement.consumer.CoverageEvents.CASE_SERVICE;
import static org.youthjustice.procurement.consumer.CoverageEvents.Keyed;
import static org.youthjustice.procurement.consumer.CoverageEvents.assigned;
import static org.youthjustice.procurement.consumer.CoverageEvents.closed;
import static org.youthjustice.procurement.consumer.CoverageEvents.freshId;
import static org.youthjustice.procurement.consumer.CoverageEvents.freshReference;
import static org.youthjustice.procurement.consumer.CoverageEvents.freshWorker;
import static org.youthjustice.procurement.consumer.CoverageEvents.referred;
import static org.youthjustice.procurement.consumer.CoverageEvents.serviceRecorded;
import static org.youthjustice.procurement.consumer.CoverageEvents.statusChanged;
import static org.youthjustice.procurement.consumer.CoverageEvents.visitCompleted;
import static org.youthjustice.platform.testing.SqlRows.count;

/**
 * What a case event costs the database (issue 16, item 4): the statements the consumer runs for a poll, counted on
 * the thread that handles it ({@link StatementCountingDriver}), whoever runs them. Each event the projection reads
 * costs the inbox's claim and one statement of the projection; a lead swap, which changes nothing coverage keeps,
 * writes no row version; a type coverage does not read costs none. The polls go to the consumer as its
 * {@code @Incoming} method hands them over ({@link EventInbox#processBatch}), on the test's thread.
 */
@QuarkusTest
class CaseEventStatementsTest {

    private static final String CLAIM = "insert into processed_event";
    private static final String CASE = "insert into coverage_case";
    private static final AtomicLong OFFSETS = new AtomicLong(1_000_000_000L);
    private static final Pattern KIND = Pattern.compile("^(insert into|update|delete from|select .*? from) (\\w+)");

    @Inject
    EventInbox inbox;

    @Inject
    CaseEventsConsumer consumer;

    @Inject
    DataSource dataSource;

    @Test
    void aPollOfReferralsCostsEachTheClaimAndOneInsert() {
        String office = StoredContracts.freshOffice();
        String court = StoredContracts.freshCourt();
        Instant at = Instant.now().minus(1, ChronoUnit.DAYS);
        List<Keyed> referrals = IntStream.range(0, 20).mapToObj(i -> referred(freshReference(), office, court, at))
                .toList();

        List<String> statements = statementsOf(referrals);

        assertEquals(Collections.nCopies(20, List.of(CLAIM, CASE)).stream().flatMap(List::stream).toList(),
                statements);
        assertEquals(20, count(dataSource,
                "select count(*) from coverage_case where office_code = ? and status = 'REFERRED'",
                office));
    }

    @Test
    void aLeadSwapCostsTheClaimAndOneUpsertThatWritesNothingAlonePolledOrInABatch() {
        String office = StoredContracts.freshOffice();
        String agency = StoredContracts.provider();
        String reference = freshReference();
        String first = freshWorker();
        String second = freshWorker();
        Instant at = Instant.now().minus(1, ChronoUnit.HOURS);
        statementsOf(List.of(referred(reference, office, StoredContracts.freshCourt(), at.minusSeconds(60)),
                assigned(reference, office, first, agency, at.minusSeconds(30))));
        CaseRow before = caseRow(reference);

        // one event a poll, as the lead-swap benchmark sends them: a transaction each
        for (int swap = 0; swap < 4; swap++) {
            Keyed swapped = assigned(reference, office, swap % 2 == 0 ? second : first, agency, at.plusSeconds(swap));
            assertEquals(List.of(CLAIM, CASE), statementsOf(List.of(swapped)));
        }
        // several in one poll: one transaction
        List<Keyed> swaps = IntStream.range(0, 6).mapToObj(swap -> assigned(reference, office,
                swap % 2 == 0 ? second : first, agency, at.plusSeconds(10 + swap))).toList();
        assertEquals(Collections.nCopies(6, List.of(CLAIM, CASE)).stream().flatMap(List::stream).toList(),
                statementsOf(swaps));

        // the same row version: no update was written, not even its updated_at
        assertEquals(before, caseRow(reference));
    }

    @Test
    void anEventThatChangesSomethingChangesTheRowAndAStaleOneDoesNot() {
        String office = StoredContracts.freshOffice();
        String court = StoredContracts.freshCourt();
        String agency = StoredContracts.provider();
        String reference = freshReference();
        Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(1, ChronoUnit.DAYS);

        // known from its assignment first: counted at its office with no status yet
        assertEquals(List.of(CLAIM, CASE), statementsOf(List.of(assigned(reference, office, freshWorker(), agency,
                at))));
        CaseRow assignedOnly = caseRow(reference);
        assertEquals(new CaseRow(assignedOnly.version(), office, null, null, null, assignedOnly.updatedAt()),
                assignedOnly);

        // the referral brings the court and the first status
        statementsOf(List.of(referred(reference, office, court, at.minusSeconds(60))));
        CaseRow referredRow = caseRow(reference);
        assertNotEquals(assignedOnly.version(), referredRow.version());
        assertEquals(List.of(office, court, "REFERRED", at.minusSeconds(60)), referredRow.kept());

        // an older status and a repeated referral change nothing, and write nothing
        assertEquals(List.of(CLAIM, CASE, CLAIM, CASE), statementsOf(List.of(
                statusChanged(reference, office, "REFERRED", "INTAKE", at.minusSeconds(120)),
                referred(reference, office, court, at.minusSeconds(60)))));
        assertEquals(referredRow, caseRow(reference));

        // a later status does; at the same time as another status a closure wins
        statementsOf(List.of(statusChanged(reference, office, "REFERRED", "INTAKE", at)));
        assertEquals(List.of(office, court, "INTAKE", at), caseRow(reference).kept());
        statementsOf(List.of(closed(reference, office, at)));
        CaseRow closedRow = caseRow(reference);
        assertEquals(List.of(office, court, "CLOSED", at), closedRow.kept());
        statementsOf(List.of(statusChanged(reference, office, "INTAKE", "ACTIVE", at)));
        assertEquals(closedRow, caseRow(reference));

        // an assignment at another office moves the case
        String elsewhere = StoredContracts.freshOffice();
        statementsOf(List.of(assigned(reference, elsewhere, freshWorker(), agency, at.plusSeconds(1))));
        CaseRow moved = caseRow(reference);
        assertEquals(List.of(elsewhere, court, "CLOSED", at), moved.kept());
        assertNotEquals(closedRow.version(), moved.version());
    }

    @Test
    void servicesAndVisitsCostTheClaimAndOneStatementARedeliveryTheClaimAndOtherTypesNothing() {
        String office = StoredContracts.freshOffice();
        String reference = freshReference();
        Keyed service = serviceRecorded(reference, office, freshWorker(), StoredContracts.provider(), 45,
                LocalDate.now().minusDays(1));
        Keyed visit = visitCompleted(reference, office, freshId(), Instant.now().minus(1, ChronoUnit.HOURS));
        Keyed risk = new Keyed("cases.v1", reference, CASE_SERVICE.load("risk.changed", 1));
        Keyed unassigned = new Keyed("cases.v1", reference, CASE_SERVICE.load("case.unassigned", 1));

        assertEquals(List.of(CLAIM, "insert into coverage_service", CLAIM, "insert into coverage_visit"),
                statementsOf(List.of(service, risk, visit, unassigned)));
        assertEquals(List.of(CLAIM, CLAIM), statementsOf(List.of(service, visit)));
    }

    /** Hands the events to the consumer as one poll of partition 0 of cases.v1; the statements it ran. */
    private List<String> statementsOf(List<Keyed> events) {
        TopicPartition partition = new TopicPartition("cases.v1", 0);
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        for (Keyed keyed : events) {
            records.add(new ConsumerRecord<>(keyed.topic(), partition.partition(), OFFSETS.incrementAndGet(),
                    keyed.key(), keyed.event().toString()));
        }
        ConsumerRecords<String, String> poll = new ConsumerRecords<>(Map.of(partition, records), Map.of());
        return StatementCountingDriver.statementsOf(() -> inbox.processBatch(consumer, poll)).stream()
                .map(CaseEventStatementsTest::kind).toList();
    }

    /** {@code insert into coverage_case}, {@code update ...}, {@code select from ...}: what and where. */
    private static String kind(String sql) {
        String text = sql.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        Matcher matcher = KIND.matcher(text);
        if (!matcher.find()) {
            return text;
        }
        return (matcher.group(1).startsWith("select") ? "select from" : matcher.group(1)) + " " + matcher.group(2);
    }

    /** A case's row: its version (xmin, new with every update) and what the projection keeps. */
    private record CaseRow(String version, String office, String court, String status, Instant statusAt,
                           Instant updatedAt) {

        List<Object> kept() {
            return Arrays.asList(office, court, status, statusAt);
        }
    }

    private CaseRow caseRow(String reference) {
        try (var connection = dataSource.getConnection(); var statement = connection.prepareStatement("""
                select xmin::text, office_code, court_code, status, status_at, updated_at from coverage_case
                where reference = ?""")) {
            statement.setString(1, reference);
            try (var rs = statement.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                return new CaseRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        instant(rs.getObject(5, OffsetDateTime.class)),
                        instant(rs.getObject(6, OffsetDateTime.class)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
