package org.youthjustice.procurement.consumer;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.youthjustice.platform.testing.EventPublisher;
import org.youthjustice.platform.testing.ProcessedEvents;
import org.youthjustice.platform.time.ServiceZone;
import org.youthjustice.procurement.ContractFixtures;
import org.youthjustice.procurement.StoredContracts;
import org.youthjustice.procurement.domain.ContractStatus;
import org.youthjustice.procurement.domain.ServiceContract;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.youthjustice.procurement.ContractFixtures.admin;
import static org.youthjustice.procurement.consumer.CoverageEvents.Keyed;
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

/**
 * The acceptance of issue 13, item 3: coverage equals a recount from scratch after duplicated and shuffled event
 * delivery. One story of postings, cases, services and visits is told twice, for two contracts of the same provider
 * with the same terms at distinct sites: for the first contract every event is delivered twice, all in a shuffled
 * order (fixed seed), through Kafka to the real consumers; for the second, the same story re-keyed (its own sites,
 * postings, cases and visits, so its rows start from nothing) is delivered once, in order. Both coverages must agree,
 * and the story is built so that the agreement means something: the shuffle puts ends before postings and closures
 * before referrals, and the in-order figures are checked against a count by hand.
 */
@QuarkusTest
class CoverageRecountTest {

    /** A seed whose shuffle brings each pair of {@link Story} in the wrong order (asserted below). */
    private static final long SEED = 40;

    @Inject
    DataSource dataSource;

    @Inject
    Clock clock;

    @Test
    void coverageEqualsARecountFromScratchAfterDuplicatedAndShuffledEventDelivery() {
        LocalDate today = ServiceZone.today(clock);
        String department = StoredContracts.department();
        String agency = StoredContracts.provider();
        ServiceContract shuffled = contract(department, agency, today);
        ServiceContract inOrder = contract(department, agency, today);

        Story story = story(shuffled, agency, today);
        List<Keyed> delivery = new ArrayList<>(story.events());
        delivery.addAll(story.events());
        Collections.shuffle(delivery, new Random(SEED));
        // what a projection that let the last delivery win would get wrong, the shuffle does
        assertTrue(before(delivery, story.endBeforePosting(), story.posting()), "an end comes before its posting");
        assertTrue(before(delivery, story.earlierEnd(), story.laterEnd()), "the earlier of two ends comes first");
        assertTrue(before(delivery, story.closure(), story.statusBeforeClosure())
                        && before(delivery, story.closed(), story.statusBeforeClosure()),
                "a case's closure (case.status-changed and case.closed) comes before an earlier status");
        assertTrue(before(delivery, story.laterOutcome(), story.earlierOutcome()),
                "a visit's later outcome comes before its earlier one");
        List<Keyed> recount = story(inOrder, agency, today).events();

        try (EventPublisher workers = EventPublisher.to("workers.v1"); EventPublisher cases = EventPublisher.to("cases.v1")) {
            delivery.forEach(keyed -> keyed.publishTo(keyed.topic().equals("workers.v1") ? workers : cases));
            recount.forEach(keyed -> keyed.publishTo(keyed.topic().equals("workers.v1") ? workers : cases));
        }
        // a copy processed after its twin is skipped by the inbox, so once every id is processed the rows are final
        story.events().forEach(this::awaitProcessed);
        recount.forEach(this::awaitProcessed);

        Map<String, Object> fromScratch = coverage(inOrder);
        assertEquals(1.5f, fromScratch.get("filledPosts"), "posting 2 (0.5 at the court) and posting 3 (1.0)");
        assertEquals(3, fromScratch.get("activeClients"), "cases 1, 3 (still referred) and 5");
        assertEquals(135, fromScratch.get("serviceMinutes"), "60 + 45 + 30 of the provider within the period");
        assertEquals(2, fromScratch.get("visitsCompleted"), "visit 1, and visit 2 completed after it was missed");
        assertEquals(2, fromScratch.get("visitsMissed"), "visit 3 missed after it was completed, and visit 4");
        // of 3 funded posts over the 91 days: 30 days at 1 filled, 20 at 1.5, 3 at 2, 8 at 1.5, 9 at 0.5, 21 at 1.5
        assertEquals(159.0f, fromScratch.get("vacancyPostDays"), "60 + 30 + 3 + 12 + 22.5 + 31.5 post-days");

        assertEquals(fromScratch, coverage(shuffled));
    }

    private static ServiceContract contract(String department, String agency, LocalDate today) {
        return StoredContracts.contract(department, agency, ContractStatus.ACTIVE, new StoredContracts.Terms(
                List.of(StoredContracts.freshOffice(), StoredContracts.freshCourt()), today.minusDays(90),
                today.plusDays(270), 3, 2, new BigDecimal("300000.00")));
    }

    /**
     * The story's events in the order they happened, and pairs of them whose order matters: each first one of a pair
     * happened after the second (an end and its posting, the earlier of two ends and the later, a closure and an earlier
     * status of its case, a visit's later outcome and its earlier one).
     */
    private record Story(List<Keyed> events, Keyed endBeforePosting, Keyed posting, Keyed earlierEnd, Keyed laterEnd,
                         Keyed closure, Keyed closed, Keyed statusBeforeClosure, Keyed laterOutcome, Keyed earlierOutcome) {
    }

    /** The story at the contract's sites, in the order it happened, with fresh postings, cases and visits. */
    private static Story story(ServiceContract contract, String agency, LocalDate today) {
        String office = contract.terms().sites.get(0);
        String court = contract.terms().sites.get(1);
        String elsewhere = StoredContracts.freshOffice();
        String otherAgency = ContractFixtures.freshCreditCode();
        List<Keyed> events = new ArrayList<>();

        // postings: 1 ended a month ago; 2 at the court; 3 names the contract; 4 another contract's; 5 ended twice
        String w1 = freshWorker(), w2 = freshWorker(), w3 = freshWorker(), w4 = freshWorker(), w5 = freshWorker();
        long p1 = freshId(), p2 = freshId(), p3 = freshId(), p4 = freshId(), p5 = freshId();
        Keyed posting = posted(w1, p1, agency, office, "1.0", today.minusDays(90), null, null);
        events.add(posting);
        events.add(posted(w2, p2, agency, court, "0.5", today.minusDays(60), today.plusDays(100), null));
        events.add(posted(w5, p5, agency, office, "0.5", today.minusDays(40), null, null));
        Keyed laterEnd = postingEnded(w5, p5, agency, office, "0.5", today.minusDays(35), null);
        Keyed earlierEnd = postingEnded(w5, p5, agency, office, "0.5", today.minusDays(38), null);
        Keyed end = postingEnded(w1, p1, agency, office, "1.0", today.minusDays(30), null);
        events.addAll(List.of(laterEnd, earlierEnd, end));
        events.add(posted(w3, p3, agency, office, "1.0", today.minusDays(20), null, contract.number));
        events.add(posted(w4, p4, agency, office, "1.0", today.minusDays(20), null, "OTHER-2026-999"));

        // cases: 1 active; 2 (from the court, supervised elsewhere) closed; 3 still referred; 4 closed; 5 active
        String c1 = freshReference(), c2 = freshReference(), c3 = freshReference(), c4 = freshReference(),
                c5 = freshReference();
        events.add(referred(c1, office, court, at(today.minusDays(85))));
        events.add(referred(c2, elsewhere, court, at(today.minusDays(84))));
        events.add(statusChanged(c1, office, "REFERRED", "INTAKE", at(today.minusDays(83))));
        events.add(assigned(c1, office, w1, agency, at(today.minusDays(82))));
        events.add(statusChanged(c1, office, "INTAKE", "ACTIVE", at(today.minusDays(82))));
        events.add(statusChanged(c2, elsewhere, "REFERRED", "ACTIVE", at(today.minusDays(80))));
        events.add(referred(c3, office, court, at(today.minusDays(70))));
        events.add(referred(c4, office, court, at(today.minusDays(65))));
        events.add(statusChanged(c4, office, "REFERRED", "ACTIVE", at(today.minusDays(64))));
        events.add(statusChanged(c2, elsewhere, "ACTIVE", "SUSPENDED", at(today.minusDays(50))));
        Keyed reactivated = statusChanged(c2, elsewhere, "SUSPENDED", "ACTIVE", at(today.minusDays(45)));
        events.add(reactivated);
        events.add(referred(c5, office, court, at(today.minusDays(30))));
        events.add(statusChanged(c5, office, "REFERRED", "INTAKE", at(today.minusDays(29))));
        events.add(statusChanged(c4, office, "ACTIVE", "CLOSED", at(today.minusDays(25))));
        events.add(closed(c4, office, at(today.minusDays(25))));
        Keyed closure = statusChanged(c2, elsewhere, "ACTIVE", "CLOSED", at(today.minusDays(10)));
        Keyed closedEvent = closed(c2, elsewhere, at(today.minusDays(10)));
        events.addAll(List.of(closure, closedEvent));
        events.add(statusChanged(c5, office, "INTAKE", "ACTIVE", at(today.minusDays(5))));

        // services: three of the provider within the period, one of another agency, one before the period
        events.add(serviceRecorded(c1, office, w1, agency, 200, today.minusDays(100)));
        events.add(serviceRecorded(c1, office, w1, agency, 60, today.minusDays(80)));
        events.add(serviceRecorded(c4, office, w3, otherAgency, 100, today.minusDays(40)));
        events.add(serviceRecorded(c5, office, w3, agency, 45, today.minusDays(30)));
        events.add(serviceRecorded(c5, office, w3, agency, 30, today.minusDays(1)));

        // visits: 1 completed; 2 missed, then completed; 3 completed, then missed; 4 missed; 5 before the period
        long v1 = freshId(), v2 = freshId(), v3 = freshId(), v4 = freshId(), v5 = freshId();
        events.add(visitCompleted(c1, office, v5, at(today.minusDays(120))));
        events.add(visitCompleted(c1, office, v1, at(today.minusDays(70))));
        Keyed missed = visitMissed(c1, office, v2, today.minusDays(51), at(today.minusDays(50)));
        events.add(missed);
        events.add(visitCompleted(c1, office, v3, at(today.minusDays(49))));
        Keyed completedLater = visitCompleted(c1, office, v2, at(today.minusDays(48)));
        events.add(completedLater);
        events.add(visitMissed(c1, office, v3, today.minusDays(47), at(today.minusDays(46))));
        events.add(visitMissed(c5, office, v4, today.minusDays(8), at(today.minusDays(7))));
        return new Story(events, end, posting, earlierEnd, laterEnd, closure, closedEvent, reactivated, completedLater,
                missed);
    }

    private static Instant at(LocalDate day) {
        return day.atTime(10, 0).atZone(ServiceZone.ZONE).toInstant();
    }

    /** Whether the first copy of {@code first} is delivered before the first copy of {@code second}. */
    private static boolean before(List<Keyed> delivery, Keyed first, Keyed second) {
        return delivery.indexOf(first) < delivery.indexOf(second);
    }

    private void awaitProcessed(Keyed keyed) {
        ProcessedEvents.of(dataSource, keyed.topic().equals("workers.v1") ? WorkerEventsConsumer.CONSUMER
                : CaseEventsConsumer.CONSUMER).await(keyed.event());
    }

    private static Map<String, Object> coverage(ServiceContract contract) {
        Map<String, Object> coverage = new HashMap<>(given().auth().oauth2(admin())
                .when().get("/contracts/" + contract.id + "/coverage")
                .then().statusCode(200).extract().jsonPath().getMap(""));
        coverage.remove("contractId");
        return coverage;
    }
}
