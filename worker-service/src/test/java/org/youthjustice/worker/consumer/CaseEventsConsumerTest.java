package org.youthjustice.worker.consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.youthjustice.platform.testing.TopicRecords;
import org.youthjustice.worker.CaseEvents;
import org.youthjustice.worker.CaseEvents.Event;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.youthjustice.worker.CaseEvents.assigned;
import static org.youthjustice.worker.CaseEvents.closed;
import static org.youthjustice.worker.CaseEvents.freshReference;
import static org.youthjustice.worker.CaseEvents.other;
import static org.youthjustice.worker.CaseEvents.riskChanged;
import static org.youthjustice.worker.CaseEvents.unassigned;
import static org.youthjustice.worker.Fixtures.admin;
import static org.youthjustice.worker.Fixtures.agency;
import static org.youthjustice.worker.Fixtures.freshWorkerId;
import static org.youthjustice.worker.Fixtures.registeredWorker;
import static org.youthjustice.worker.Fixtures.worker;

/** Against the real broker: the caseload follows case-service's events, each delivered twice. */
@QuarkusTest
class CaseEventsConsumerTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String OFFICE = "JO-440104-01";

    @Inject
    DataSource dataSource;

    private final CaseEvents cases = new CaseEvents();

    @AfterEach
    void closeProducer() {
        cases.close();
    }

    @Test
    void theCaseloadFollowsAssignmentReassignmentRiskUnassignmentAndClosureWithEveryEventDeliveredTwice()
            throws Exception {
        String agency = agency();
        String first = registeredWorker(agency);
        String second = registeredWorker(agency);
        String a = freshReference();
        String b = freshReference();

        Event assignA = assigned(a, OFFICE, "CORRECTION", first, agency, null, null);
        twice(assignA, assigned(b, OFFICE, "PREVENTION", first, agency, null, "MEDIUM"));
        await().atMost(WAIT).until(() -> caseload(first).getInt("cases") == 2);
        assertEquals(List.of(a, b), caseload(first).getList("caseReferences.reference"));
        assertEquals(2.0f, caseload(first).getFloat("weightedLoad"), "an unassessed and a medium case count 1 each");

        twice(riskChanged(a, OFFICE, "HIGH", null, first));
        await().atMost(WAIT).until(() -> caseload(first).getFloat("weightedLoad") == 2.5f);
        assertEquals("HIGH", caseload(first).getString("caseReferences.find { it.reference == '" + a + "' }.riskLevel"));

        twice(assigned(a, OFFICE, "CORRECTION", second, agency, first, "HIGH"));
        await().atMost(WAIT).until(() -> caseload(second).getInt("cases") == 1);
        assertEquals(List.of(b), caseload(first).getList("caseReferences.reference"), "the case moved");
        assertEquals(1.5f, caseload(second).getFloat("weightedLoad"));

        twice(unassigned(b, OFFICE, first, agency));
        await().atMost(WAIT).until(() -> caseload(first).getInt("cases") == 0);

        String c = freshReference();
        Event close = closed(c, OFFICE);
        twice(assigned(c, OFFICE, "PREVENTION", second, agency, null, "LOW"), close);
        await().atMost(WAIT).until(() -> CaseEvents.processed(dataSource, close.id()));

        // the first assignment again, long after: it must not move the case back; an event the caseload ignores
        // passes without a processed_event row; the marker, a risk assessment that changes nothing, has the same
        // key (one partition, in order): when it is processed, the events before it have been seen
        cases.send(assignA);
        Event ignored = other("visit.scheduled", a, OFFICE);
        cases.send(ignored);
        Event marker = riskChanged(a, OFFICE, "HIGH", "HIGH", second);
        cases.send(marker);
        await().atMost(WAIT).until(() -> CaseEvents.processed(dataSource, marker.id()));
        assertFalse(CaseEvents.processed(dataSource, ignored.id()));

        assertEquals(List.of(a), caseload(second).getList("caseReferences.reference"));
        assertEquals(1.5f, caseload(second).getFloat("weightedLoad"));
        assertEquals(0, caseload(first).getInt("cases"));
    }

    @Test
    void caseServicesOwnExamplesOfAssignmentRiskUnassignmentAndClosureAreRead() {
        String agency = agency();
        String workerId = registeredWorker(agency);
        String reference = freshReference();
        Map<String, String> ours = Map.of("workerId", workerId, "agencyId", agency);

        cases.send(CaseEvents.producerExample("case.assigned", reference, ours));
        await().atMost(WAIT).until(() -> caseload(workerId).getInt("cases") == 1);
        assertEquals("HIGH", caseload(workerId).getString("caseReferences[0].riskLevel"));
        assertEquals("CORRECTION", caseload(workerId).getString("caseReferences[0].caseType"));

        cases.send(CaseEvents.producerExample("risk.changed", reference, Map.of("level", "LOW", "workerId", workerId)));
        await().atMost(WAIT).until(() -> "LOW".equals(caseload(workerId).getString("caseReferences[0].riskLevel")));

        cases.send(CaseEvents.producerExample("case.unassigned", reference, ours));
        await().atMost(WAIT).until(() -> caseload(workerId).getInt("cases") == 0);

        cases.send(CaseEvents.producerExample("case.assigned", reference, ours));
        await().atMost(WAIT).until(() -> caseload(workerId).getInt("cases") == 1);
        cases.send(CaseEvents.producerExample("case.closed", reference, Map.of()));
        await().atMost(WAIT).until(() -> caseload(workerId).getInt("cases") == 0);
    }

    @Test
    void casesOfAWorkerNotYetRegisteredAreKeptAndCountOnceTheWorkerIsRegistered() {
        String agency = agency();
        String workerId = freshWorkerId();
        String reference = freshReference();
        Event assignment = assigned(reference, OFFICE, "CORRECTION", workerId, agency, null, "HIGH");
        cases.send(assignment);
        await().atMost(WAIT).until(() -> CaseEvents.processed(dataSource, assignment.id()));
        given().auth().oauth2(admin()).when().get("/workers/" + workerId + "/caseload").then().statusCode(404);

        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(worker(workerId, agency))
                .when().post("/workers").then().statusCode(201);

        JsonPath caseload = caseload(workerId);
        assertEquals(1, caseload.getInt("cases"));
        assertEquals(List.of(reference), caseload.getList("caseReferences.reference"));
        assertEquals(1.5f, caseload.getFloat("weightedLoad"));
    }

    @Test
    void anAssignmentWithoutAWorkerGoesToTheDeadLetterTopicWithTheReason() throws Exception {
        String reference = freshReference();
        Event broken = CaseEvents.event("case.assigned", reference, new ObjectMapper().createObjectNode()
               .put("reference", reference).put("officeCode", OFFICE).put("caseType", "CORRECTION"));
        cases.send(broken);

        try (TopicRecords dlq = TopicRecords.of("cases.v1.dlq")) {
            ConsumerRecord<String, String> dead = dlq.await(r -> reference.equals(r.key()));
            assertNotNull(dead.headers().lastHeader("dead-letter-reason"), "the reason travels with the record");
            String reason = new String(dead.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8);
            assertTrue(reason.contains("workerId"), reason);
        }
    }

    private void twice(Event... events) {
        for (Event event : events) {
            cases.sendTwice(event);
        }
    }

    private static JsonPath caseload(String workerId) {
        return given().auth().oauth2(admin()).when().get("/workers/" + workerId + "/caseload")
                .then().statusCode(200).extract().jsonPath();
    }
}
