package org.youthjustice.worker.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.youthjustice.platform.testing.TopicRecords;
import org.youthjustice.platform.time.ServiceZone;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static io.restassured.module.jsv.JsonSchemaValidator.matchesJsonSchemaInClasspath;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.youthjustice.worker.Fixtures.admin;
import static org.youthjustice.worker.Fixtures.agency;
import static org.youthjustice.worker.Fixtures.freshWorkerId;
import static org.youthjustice.worker.Fixtures.worker;

@QuarkusTest
class QualificationExpiryCheckTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    QualificationExpiryCheck check;

    private static String workerWithCertificateExpiringOn(String agency, LocalDate expiresOn) {
        String workerId = freshWorkerId();
        Map<String, Object> body = worker(workerId, agency);
        body.put("qualification", Map.of("level", "ASSISTANT_SOCIAL_WORKER", "certificateNumber", "C-" + workerId,
                "issuedOn", "2020-01-01", "expiresOn", expiresOn.toString()));
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(body)
                .when().post("/workers").then().statusCode(201);
        return workerId;
    }

    private static boolean expiringEventOf(String workerId, org.apache.kafka.clients.consumer.ConsumerRecord<String, String> r) {
        return workerId.equals(r.key()) && r.value().contains("worker.qualification-expiring");
    }

    @Test
    void aCertificateExpiringWithinSixtyDaysIsAnnouncedOnceHoweverOftenTheCheckRuns() throws Exception {
        LocalDate today = LocalDate.now(ServiceZone.ZONE);
        String agency = agency();
        String soon = workerWithCertificateExpiringOn(agency, today.plusDays(30));
        String later = workerWithCertificateExpiringOn(agency, today.plusDays(90));

        check.announce();
        check.announce();

        try (TopicRecords records = TopicRecords.of("workers.v1")) {
            JsonNode data = JSON.readTree(records.await(r -> expiringEventOf(soon, r)).value()).get("data");
            assertThat(data.toString(),
                    matchesJsonSchemaInClasspath("events/worker-service/worker.qualification-expiring.v1.schema.json"));
            assertEquals(today.plusDays(30).toString(), data.get("expiresOn").asText());
            assertEquals(1, records.all(r -> expiringEventOf(soon, r), Duration.ofSeconds(2)).size(), "announced once");
            assertEquals(0, records.all(r -> expiringEventOf(later, r), Duration.ofMillis(200)).size(),
                    "not yet within the notice period");
        }
    }

    @Test
    void theEventExampleMatchesItsSchema() throws Exception {
        try (var example = getClass().getClassLoader()
                .getResourceAsStream("events/worker-service/worker.qualification-expiring.v1.example.json")) {
            JsonNode event = JSON.readTree(new String(example.readAllBytes(), StandardCharsets.UTF_8));
            assertThat(event.get("data").toString(),
                    matchesJsonSchemaInClasspath("events/worker-service/worker.qualification-expiring.v1.schema.json"));
        }
    }
}
