package org.youthjustice.notification.consumer;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.youthjustice.platform.caller.Roles;
import org.youthjustice.platform.testing.EventExamples;
import org.youthjustice.platform.testing.EventPublisher;
import org.youthjustice.platform.testing.ProcessedEvents;
import org.youthjustice.platform.testing.TestTokens;
import org.youthjustice.platform.testing.TopicRecords;

import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Against the real broker: worker-service's published example, delivered once and again. */
@QuarkusTest
class WorkerEventsConsumerTest {

    /** The producer's own examples: this consumer is tested against what worker-service says it sends. */
    private static final EventExamples WORKER_SERVICE = EventExamples.of("worker-service");

    @Inject
    DataSource dataSource;

    private final EventPublisher workers = EventPublisher.to("workers.v1");

    @AfterEach
    void closePublisher() {
        workers.close();
    }

    @Test
    void aRedeliveredRegistrationRaisesOneAlert() {
        String code = "52440100TST" + UUID.randomUUID().toString().substring(0, 7).toUpperCase();
        ObjectNode event = agencyRegistered(code);

        workers.publish(code, event);
        await().atMost(Duration.ofSeconds(30)).until(() -> alertsAbout(code) == 1);
        workers.publish(code, event);
        // an event no rule acts on, after the redelivery on the same key and so the same partition:
        // once it is processed, the redelivery has been handled too
        workers.publishAndAwait(code, agencyRegistered(code).put("type", "agency.contact-changed"),
                ProcessedEvents.of(dataSource, WorkerEventsConsumer.CONSUMER));

        assertEquals(1, alertsAbout(code), "the redelivered event changed nothing");
    }

    @Test
    void aRecordThatIsNoEventGoesToTheDeadLetterTopicWithTheReason() {
        String key = "broken-" + UUID.randomUUID();
        workers.publishRaw(key, "{\"this is\": \"not a cloud event\"}");

        try (TopicRecords dlq = TopicRecords.of("workers.v1.dlq")) {
            ConsumerRecord<String, String> dead = dlq.await(r -> key.equals(r.key()));
            assertNotNull(dead.headers().lastHeader("dead-letter-reason"), "the reason travels with the record");
        }
    }

    private long alertsAbout(String code) {
        List<String> refs = given().auth().oauth2(TestTokens.user("proc.huang").roles(Roles.PROCUREMENT_OFFICER).token())
                .queryParam("size", 100)
                .when().get("/notifications")
                .then().statusCode(200)
                .extract().jsonPath().getList("items.subjectRef", String.class);
        return refs.stream().filter(code::equals).count();
    }

    /** worker-service's example of agency.registered (a fresh event) for the agency {@code code}. */
    private static ObjectNode agencyRegistered(String code) {
        ObjectNode event = WORKER_SERVICE.load("agency.registered", 1);
        event.put("subject", code);
        ((ObjectNode) event.get("data")).put("creditCode", code);
        return event;
    }
}
