package org.youthjustice.platform.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.youthjustice.platform.messaging.InboxTestConsumer.Instruction;
import org.youthjustice.platform.testing.KafkaResource;
import org.youthjustice.platform.testing.OidcResource;
import org.youthjustice.platform.testing.PostgresResource;
import org.youthjustice.platform.testing.TestTokens;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Transient is not poison (ADR 0006): a consumer whose database fails waits and retries beyond its attempts, shows
 * the wait in readiness and metrics, and dead-letters nothing; a record that fails by itself is dead-lettered and
 * can be replayed after the fix, once.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(OidcResource.class)
class ConsumerFailuresTest {

    private static final Duration PROCESSING = Duration.ofSeconds(60);

    @Inject
    InboxTestConsumer consumer;

    @Inject
    DataSource dataSource;

    @Inject
    DeadLetterReplay replay;

    @Inject
    MeterRegistry registry;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void aBusyDatabaseIsWaitedOutBeyondTheAttemptsAndNothingIsDeadLettered() throws Exception {
        var key = "GZ-" + UUID.randomUUID();
        var lock = ThreadLocalRandom.current().nextLong();
        var event = event(key, new Instruction("busy", false, lock));
        var failuresBefore = infrastructureFailures();

        // a connection of its own, not the pool's: closing it ends the session and its lock, whatever happens
        try (var holder = DriverManager.getConnection(PostgresResource.jdbcUrl(),
                PostgresResource.APPLICATION_ROLE, PostgresResource.PASSWORD)) {
            try (var take = holder.prepareStatement("select pg_advisory_lock(?)")) {
                take.setLong(1, lock);
                take.execute();
            }
            send(key, event.toJson());

            // three attempts would have dead-lettered it before
            await().atMost(PROCESSING).until(() -> consumer.runs(event.id()) > 5);
            given().get("/q/health/ready").then().statusCode(503)
                    .body("checks.find { it.name == 'event-consumers' }.status", equalTo("DOWN"))
                    .body("checks.find { it.name == 'event-consumers' }.data.'consumer inbox-test'",
                            startsWith("waiting for its infrastructure since"));
            assertTrue(infrastructureFailures() - failuresBefore >= 5, "each failure is counted");
            assertEquals(1.0, registry.get("yjs.inbox.waiting").tag("consumer", "inbox-test").gauge().value());

            try (var release = holder.prepareStatement("select pg_advisory_unlock(?)")) {
                release.setLong(1, lock);
                release.execute();
            }
        }

        await().atMost(PROCESSING).until(() -> effects(event.id()) == 1);
        assertEquals(0, replay.replay("inbox-test", Set.of(event.id())).matched(), "no dead letter of it");
        assertEquals(0.0, registry.get("yjs.inbox.waiting").tag("consumer", "inbox-test").gauge().value());
        given().get("/q/health/ready").then()
                .body("checks.find { it.name == 'event-consumers' }.status", equalTo("UP"));
    }

    @Test
    void readinessSaysTheConsumingChannelJoinedItsGroup() {
        await().atMost(PROCESSING).untilAsserted(() -> given().get("/q/health/ready").then()
                .body("checks.find { it.name == 'event-consumers' }.data.'inbox-test'",
                        equalTo("joined its consumer group on inbox-test.v1")));
    }

    @Test
    void aDeadLetterIsReplayedAfterTheFixOnceHoweverOftenTheReplayRuns() throws Exception {
        var key = "GZ-" + UUID.randomUUID();
        var note = "bug-" + UUID.randomUUID();
        var event = event(key, new Instruction(note, false));
        consumer.refuse(note);

        try (var deadLetters = new TopicReader(bootstrapServers, InboxTestConsumer.DEAD_LETTER_TOPIC)) {
            send(key, event.toJson());
            deadLetters.readUntil(read -> read.stream().anyMatch(record -> key.equals(record.key())), PROCESSING);
        }
        assertEquals(0, effects(event.id()));
        consumer.accept(note);

        replayAsAdmin(Map.of("channel", "inbox-test", "eventIds", List.of(event.id().toString())))
                .body("deadLetterTopic", equalTo(InboxTestConsumer.DEAD_LETTER_TOPIC))
                .body("matched", equalTo(1)).body("handled", equalTo(1)).body("failed.size()", equalTo(0));
        assertEquals(1, effects(event.id()));

        // the other tests' poison stays poison: replay this event alone again
        replayAsAdmin(Map.of("channel", "inbox-test", "eventIds", List.of(event.id().toString())))
                .body("matched", equalTo(1)).body("handled", equalTo(0)).body("skipped", equalTo(1));
        assertEquals(1, effects(event.id()), "a second replay changes nothing");
    }

    @Test
    void aRecordThatStillFailsStaysAndIsListed() throws Exception {
        var key = "GZ-" + UUID.randomUUID();
        var event = event(key, new Instruction("still-poison", true));

        try (var deadLetters = new TopicReader(bootstrapServers, InboxTestConsumer.DEAD_LETTER_TOPIC)) {
            send(key, event.toJson());
            deadLetters.readUntil(read -> read.stream().anyMatch(record -> key.equals(record.key())), PROCESSING);
        }

        replayAsAdmin(Map.of("channel", "inbox-test", "eventIds", List.of(event.id().toString())))
                .body("matched", equalTo(1)).body("handled", equalTo(0))
                .body("failed.eventId", hasItem(event.id().toString()));
        assertEquals(0, effects(event.id()));
    }

    @Test
    void onlyAnAdminReplaysAndTheRequestIsValidated() {
        var body = Map.of("channel", "inbox-test", "eventIds", List.of(UUID.randomUUID().toString()));
        given().contentType(ContentType.JSON).body(body).post("/dead-letter-replays").then().statusCode(401);
        given().auth().oauth2(TestTokens.user("auditor.sun").roles("auditor").token())
                .contentType(ContentType.JSON).body(body).post("/dead-letter-replays").then().statusCode(403);
        replay(Map.of("channel", "no-such-channel")).statusCode(404)
                .contentType("application/problem+json");
        replay(Map.of("channel", "Not A Channel")).statusCode(400)
                .body("errors.field", hasItem("channel"));
        replay(Map.of("channel", "inbox-test", "eventIds", List.of("not-a-uuid"))).statusCode(400)
                .contentType("application/problem+json");
    }

    private static io.restassured.response.ValidatableResponse replayAsAdmin(Map<String, Object> body) {
        return replay(body).statusCode(200).body("channel", equalTo("inbox-test"));
    }

    private static io.restassured.response.ValidatableResponse replay(Map<String, Object> body) {
        return given().auth().oauth2(TestTokens.user("admin.ops").roles("admin").token())
                .contentType(ContentType.JSON).body(body)
                .post("/dead-letter-replays").then();
    }

    private double infrastructureFailures() {
        var counter = registry.find("yjs.inbox.infrastructure.failures").tag("consumer", "inbox-test").counter();
        return counter == null ? 0 : counter.count();
    }

    private static EventEnvelope event(String key, Instruction instruction) {
        return InboxTestEvents.event(key, instruction, null);
    }

    private void send(String key, String value) throws Exception {
        InboxTestEvents.send(bootstrapServers, key, value, null);
    }

    private int effects(UUID eventId) throws SQLException {
        return InboxTestEvents.effects(dataSource, eventId);
    }
}
