package org.youthjustice.worker.messaging.out;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.youthjustice.platform.testing.TopicRecords;
import org.youthjustice.platform.time.ServiceZone;
import org.youthjustice.worker.CaseEvents;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static io.restassured.module.jsv.JsonSchemaValidator.matchesJsonSchemaInClasspath;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.youthjustice.worker.CaseEvents.assigned;
import static org.youthjustice.worker.CaseEvents.freshReference;
import static org.youthjustice.worker.CaseEvents.unassigned;
import static org.youthjustice.worker.Fixtures.admin;
import static org.youthjustice.worker.Fixtures.agency;
import static org.youthjustice.worker.Fixtures.posted;
import static org.youthjustice.worker.Fixtures.posting;
import static org.youthjustice.worker.Fixtures.registeredWorker;

/** worker.capacity-exceeded and worker.capacity-restored, once per crossing, as they reach workers.v1. */
@QuarkusTest
class CapacityEventsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A site whose ratio the test profile sets to 15 clients per full-time worker. */
    private static final String SITE_OF_15 = "JO-999901-01";

    private final CaseEvents cases = new CaseEvents();

    @AfterEach
    void closeProducer() {
        cases.close();
    }

    @Test
    void exceededOncePerCrossingAndRestoredOnceWhenBackAtCapacity() throws Exception {
        String agency = agency();
        String workerId = registeredWorker(agency);
        String today = LocalDate.now(ServiceZone.ZONE).toString();
        // 15 clients per full time at this site x 0.2 = a capacity of 3
        posted(workerId, posting(SITE_OF_15, "JUDICIAL_OFFICE", today, null, "0.2"));
        List<String> refs = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            refs.add(freshReference());
        }

        cases.send(assigned(refs.get(0), SITE_OF_15, "CORRECTION", workerId, agency, null, "MEDIUM"),
                assigned(refs.get(1), SITE_OF_15, "CORRECTION", workerId, agency, null, "MEDIUM"),
                assigned(refs.get(2), SITE_OF_15, "PREVENTION", workerId, agency, null, "LOW"));
        await().atMost(WAIT).until(() -> load(workerId) == 3.0f);

        cases.send(assigned(refs.get(3), SITE_OF_15, "PREVENTION", workerId, agency, null, null));
        await().atMost(WAIT).until(() -> load(workerId) == 4.0f);
        cases.send(assigned(refs.get(4), SITE_OF_15, "PREVENTION", workerId, agency, null, null));
        await().atMost(WAIT).until(() -> load(workerId) == 5.0f);

        cases.send(unassigned(refs.get(4), SITE_OF_15, workerId, agency),
                unassigned(refs.get(3), SITE_OF_15, workerId, agency));
        await().atMost(WAIT).until(() -> load(workerId) == 3.0f);

        cases.send(assigned(refs.get(5), SITE_OF_15, "CORRECTION", workerId, agency, null, "HIGH"));
        await().atMost(WAIT).until(() -> load(workerId) == 4.5f);

        try (TopicRecords records = TopicRecords.of("workers.v1")) {
            // one worker's events keep their order on the topic: once the second exceeded is there, all are
            await().atMost(WAIT).until(() -> capacityEvents(records, workerId, Duration.ofMillis(300)).size() == 3);
            List<ConsumerRecord<String, String>> events = capacityEvents(records, workerId, Duration.ofSeconds(1));
            assertEquals(List.of(CapacityChanged.EXCEEDED, CapacityChanged.RESTORED, CapacityChanged.EXCEEDED),
                    events.stream().map(r -> type(r)).toList());
            JsonNode first = JSON.readTree(events.get(0).value()).get("data");
            assertThat(first.toString(),
                    matchesJsonSchemaInClasspath("events/worker-service/worker.capacity-exceeded.v1.schema.json"));
            assertEquals(4.0, first.get("weightedLoad").asDouble());
            assertEquals(3.0, first.get("capacity").asDouble());
            assertEquals(133.3, first.get("utilisationPercent").asDouble());
            assertEquals(agency, first.get("agencyId").asText());
            JsonNode restored = JSON.readTree(events.get(1).value()).get("data");
            assertThat(restored.toString(),
                    matchesJsonSchemaInClasspath("events/worker-service/worker.capacity-restored.v1.schema.json"));
            assertEquals(3.0, restored.get("weightedLoad").asDouble());
        }
    }

    @Test
    void theExamplesMatchTheirSchemas() throws Exception {
        for (String type : List.of(CapacityChanged.EXCEEDED, CapacityChanged.RESTORED)) {
            try (var example = getClass().getClassLoader()
                    .getResourceAsStream("events/worker-service/" + type + ".v1.example.json")) {
                JsonNode event = JSON.readTree(example);
                assertEquals(type, event.get("type").asText());
                assertThat(event.get("data").toString(),
                        matchesJsonSchemaInClasspath("events/worker-service/" + type + ".v1.schema.json"));
            }
        }
    }

    private static List<ConsumerRecord<String, String>> capacityEvents(TopicRecords records, String workerId,
                                                                       Duration quiet) {
        return records.all(r -> workerId.equals(r.key()) && type(r).startsWith("worker.capacity-"), quiet);
    }

    private static String type(ConsumerRecord<String, String> record) {
        try {
            return JSON.readTree(record.value()).get("type").asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static float load(String workerId) {
        return given().auth().oauth2(admin()).when().get("/workers/" + workerId + "/caseload")
                .then().statusCode(200).extract().jsonPath().getFloat("weightedLoad");
    }
}
