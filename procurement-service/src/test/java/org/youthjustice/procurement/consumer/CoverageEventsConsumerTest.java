package org.youthjustice.procurement.consumer;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.youthjustice.platform.testing.EventPublisher;
import org.youthjustice.platform.testing.ProcessedEvents;
import org.youthjustice.procurement.ContractFixtures;
import org.youthjustice.procurement.StoredContracts;
import org.youthjustice.procurement.domain.ContractStatus;
import org.youthjustice.procurement.domain.ServiceContract;
import org.youthjustice.platform.time.ServiceZone;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.youthjustice.procurement.ContractFixtures.admin;
import static org.youthjustice.procurement.consumer.CoverageEvents.Keyed;
import static org.youthjustice.procurement.consumer.CoverageEvents.agencyRegistered;
import static org.youthjustice.procurement.consumer.CoverageEvents.assigned;
import static org.youthjustice.procurement.consumer.CoverageEvents.closed;
import static org.youthjustice.procurement.consumer.CoverageEvents.freshId;
import static org.youthjustice.procurement.consumer.CoverageEvents.freshReference;
import static org.youthjustice.procurement.consumer.CoverageEvents.freshWorker;
import static org.youthjustice.procurement.consumer.CoverageEvents.postingEnded;
import static org.youthjustice.procurement.consumer.CoverageEvents.posted;
import static org.youthjustice.procurement.consumer.CoverageEvents.referred;
import static org.youthjustice.procurement.consumer.CoverageEvents.serviceRecorded;
import static org.youthjustice.procurement.consumer.CoverageEvents.statusChanged;
import static org.youthjustice.procurement.consumer.CoverageEvents.visitCompleted;
import static org.youthjustice.procurement.consumer.CoverageEvents.visitMissed;
import static org.youthjustice.platform.testing.SqlRows.count;

/**
 * Against the real broker, with worker-service's and case-service's published examples: every event type coverage
 * reads, each delivered twice, counts once; an end before its posting and a closure before its referral are kept.
 */
@QuarkusTest
class CoverageEventsConsumerTest {

    @Inject
    DataSource dataSource;

    @Inject
    Clock clock;

    private final EventPublisher workers = EventPublisher.to("workers.v1");
    private final EventPublisher cases = EventPublisher.to("cases.v1");

    @AfterEach
    void closePublishers() {
        workers.close();
        cases.close();
    }

    @Test
    void everyConsumedTypeFromTheProducersExamplesCountsOnceWhateverTheRedeliveries() {
        LocalDate today = ServiceZone.today(clock);
        Instant now = Instant.now();
        String office = StoredContracts.freshOffice();
        String court = StoredContracts.freshCourt();
        String agency = ContractFixtures.freshCreditCode();

        // the provider is known from agency.registered only: the contract refers to the replica's row
        Keyed registered = agencyRegistered(agency, "Coverage test centre", now.minus(1, ChronoUnit.DAYS));
        deliverTwice(List.of(registered));
        awaitProcessed(List.of(registered));
        ServiceContract contract = StoredContracts.contract(StoredContracts.department(), agency,
                ContractStatus.ACTIVE, new StoredContracts.Terms(List.of(office, court), today.minusDays(60),
                        today.plusDays(300), 2, 20, new BigDecimal("200000.00")));

        String worker = freshWorker();
        String open = freshReference();
        String closedCase = freshReference();
        List<Keyed> events = List.of(
                posted(worker, freshId(), agency, office, "0.5", today.minusDays(10), null, contract.number),
                referred(open, office, court, now.minus(5, ChronoUnit.DAYS)),
                assigned(open, office, worker, agency, now.minus(4, ChronoUnit.DAYS)),
                statusChanged(open, office, "REFERRED", "INTAKE", now.minus(3, ChronoUnit.DAYS)),
                serviceRecorded(open, office, worker, agency, 90, today.minusDays(1)),
                visitCompleted(open, office, freshId(), now.minus(2, ChronoUnit.DAYS)),
                visitMissed(open, office, freshId(), today.minusDays(3), now.minus(2, ChronoUnit.DAYS)),
                // referred by the contract's court to an office elsewhere, then closed: no longer a client
                referred(closedCase, StoredContracts.freshOffice(), court, now.minus(9, ChronoUnit.DAYS)),
                closed(closedCase, StoredContracts.freshOffice(), now.minus(1, ChronoUnit.DAYS)));
        deliverTwice(events);
        awaitProcessed(events);

        // filled 0.5 of 2 posts for the last 11 days, none for the 50 days before: 50 × 2 + 11 × 1.5
        given().auth().oauth2(admin()).when().get("/contracts/" + contract.id + "/coverage")
                .then().statusCode(200)
                .body("asOf", equalTo(today.toString()))
                .body("fundedPosts", equalTo(2))
                .body("filledPosts", equalTo(0.5f))
                .body("vacancyPostDays", equalTo(116.5f))
                .body("activeClients", equalTo(1))
                .body("clientsPerFilledPost", equalTo(2.0f))
                .body("ratioExceeded", equalTo(false))
                .body("serviceMinutes", equalTo(90))
                .body("visitsCompleted", equalTo(1))
                .body("visitsMissed", equalTo(1))
                .body("budget", equalTo(200000.0f))
                .body("paidTotal", equalTo(0.0f))
                .body("burnPercent", equalTo(0.0f))
                // 200,000 × 365 ÷ 361 days ÷ 1 client
                .body("costPerClientYear", equalTo(202216.07f))
                .body("currency", equalTo("CNY"));
        assertEquals(1, count(dataSource, "select count(*) from coverage_service where office_code = ?", office));
        assertEquals(2, count(dataSource, "select count(*) from coverage_visit where office_code = ?", office));
        assertEquals("Coverage test centre", providerName(agency));
    }

    @Test
    void anEndThatComesBeforeItsPostingIsKeptAndALaterStatusWinsWhateverTheOrder() {
        LocalDate today = ServiceZone.today(clock);
        Instant now = Instant.now();
        String office = StoredContracts.freshOffice();
        String agency = StoredContracts.provider();
        ServiceContract contract = StoredContracts.contract(StoredContracts.department(), agency,
                ContractStatus.ACTIVE, new StoredContracts.Terms(List.of(office), today.minusDays(9),
                        today.plusDays(355), 1, 20, new BigDecimal("100000.00")));
        String worker = freshWorker();
        long posting = freshId();
        String reference = freshReference();
        // the end first, then the posting; the closure first, then the referral and an earlier change
        List<Keyed> events = List.of(
                postingEnded(worker, posting, agency, office, "1.0", today.minusDays(1), null),
                posted(worker, posting, agency, office, "1.0", today.minusDays(5), null, null),
                closed(reference, office, now.minus(1, ChronoUnit.HOURS)),
                referred(reference, office, StoredContracts.freshCourt(), now.minus(3, ChronoUnit.DAYS)),
                statusChanged(reference, office, "REFERRED", "INTAKE", now.minus(2, ChronoUnit.DAYS)));
        deliverTwice(events);
        awaitProcessed(events);

        // filled on the 5 days up to yesterday, vacant on the 4 days before and today
        given().auth().oauth2(admin()).when().get("/contracts/" + contract.id + "/coverage")
                .then().statusCode(200)
                .body("filledPosts", equalTo(0.0f))
                .body("vacancyPostDays", equalTo(5.0f))
                .body("activeClients", equalTo(0))
                .body("clientsPerFilledPost", nullValue())
                .body("costPerClientYear", nullValue());
    }

    @Test
    void aPostingForAnotherContractOrAnotherAgencyDoesNotCountAndAnOlderRegistrationChangesNothing() {
        LocalDate today = ServiceZone.today(clock);
        String office = StoredContracts.freshOffice();
        String agency = StoredContracts.provider();
        ServiceContract contract = StoredContracts.contract(StoredContracts.department(), agency,
                ContractStatus.ACTIVE, new StoredContracts.Terms(List.of(office), today.minusDays(9),
                        today.plusDays(355), 3, 20, new BigDecimal("300000.00")));
        Instant registeredAt = Instant.now().minus(1, ChronoUnit.MINUTES);
        List<Keyed> events = List.of(
                posted(freshWorker(), freshId(), agency, office, "1.0", today.minusDays(1), null, contract.number),
                posted(freshWorker(), freshId(), agency, office, "1.0", today.minusDays(1), null, "OTHER-2026-001"),
                posted(freshWorker(), freshId(), ContractFixtures.freshCreditCode(), office, "1.0",
                        today.minusDays(1), null, contract.number),
                agencyRegistered(agency, "An older name", registeredAt.minus(1, ChronoUnit.DAYS)));
        deliverTwice(events);
        awaitProcessed(events);

        given().auth().oauth2(admin()).when().get("/contracts/" + contract.id + "/coverage")
                .then().statusCode(200).body("filledPosts", equalTo(1.0f));
        assertEquals("Test social work centre " + agency, providerName(agency));
    }

    private void deliverTwice(List<Keyed> events) {
        for (Keyed keyed : events) {
            EventPublisher publisher = keyed.topic().equals("workers.v1") ? workers : cases;
            publisher.publishTwice(keyed.key(), keyed.event());
        }
    }

    /**
     * Waits until each event was processed, and then until a marker on each key was: one key's records come in order,
     * so every copy before the marker has been handled too (the marker is an event of a throwaway site).
     */
    private void awaitProcessed(List<Keyed> events) {
        for (Keyed keyed : events) {
            ProcessedEvents.of(dataSource, consumer(keyed)).await(keyed.event());
        }
        Map<String, Keyed> lastPerKey = new java.util.LinkedHashMap<>();
        events.forEach(keyed -> lastPerKey.put(keyed.topic() + "/" + keyed.key(), keyed));
        for (Keyed keyed : lastPerKey.values()) {
            Keyed marker = keyed.topic().equals("workers.v1")
                    ? agencyRegistered(ContractFixtures.freshCreditCode(), "Marker", Instant.now())
                    : visitMissed(keyed.key(), StoredContracts.freshOffice(), freshId(), LocalDate.now(), Instant.now());
            EventPublisher publisher = keyed.topic().equals("workers.v1") ? workers : cases;
            publisher.publishAndAwait(keyed.key(), marker.event(), ProcessedEvents.of(dataSource, consumer(keyed)));
        }
    }

    private static String consumer(Keyed keyed) {
        return keyed.topic().equals("workers.v1") ? WorkerEventsConsumer.CONSUMER : CaseEventsConsumer.CONSUMER;
    }

    private String providerName(String creditCode) {
        try (var connection = dataSource.getConnection();
             var statement = connection.prepareStatement("select name from provider where credit_code = ?")) {
            statement.setString(1, creditCode);
            try (var rs = statement.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
