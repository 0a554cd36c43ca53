package org.youthjustice.notification.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.youthjustice.notification.domain.Notification;
import org.youthjustice.notification.domain.Recipient;
import org.youthjustice.notification.domain.Severity;
import org.youthjustice.notification.service.Deliveries;
import org.youthjustice.notification.service.LiveStreams;
import org.youthjustice.platform.caller.Caller;
import org.youthjustice.platform.caller.Roles;
import org.youthjustice.platform.testing.TestTokens;

import javax.sql.DataSource;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The live stream read by a real SSE client against the running service. */
@QuarkusTest
class AlertStreamTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Far below the heartbeat (15 s, which also catches streams up): only the commit's NOTIFY can be this fast. */
    private static final Duration LIVE = Duration.ofSeconds(3);

    @TestHTTPResource("/notifications/stream")
    URI stream;

    @Inject
    Deliveries deliveries;

    @Inject
    LiveStreams streams;

    @Inject
    DataSource dataSource;

    /** One test's worker and the references its alerts are about, all fresh. */
    private record Scene(String worker, String prefix) {

        static Scene fresh() {
            String id = UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
            return new Scene("W" + id, "GZ-S" + id + "-");
        }

        String token() {
            return TestTokens.user("sw.stream").roles(Roles.SOCIAL_WORKER).claim(Caller.WORKER_ID, worker).token();
        }

        boolean owns(SseClient.Event event) {
            return data(event).get("subjectRef").asText().startsWith(prefix);
        }
    }

    private Notification store(String worker, String subjectRef) {
        Notification notification = Notification.forRecipient("visit-missed", UUID.randomUUID(),
                Recipient.worker(worker), Severity.WARNING, "Visit missed in case " + subjectRef,
                "A visit of case " + subjectRef + " was missed.", subjectRef, Instant.now());
        QuarkusTransaction.requiringNew().run(() -> deliveries.store(notification));
        return notification;
    }

    private static JsonNode data(SseClient.Event event) {
        try {
            return JSON.readTree(event.data());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + event.data(), e);
        }
    }

    @Test
    void anAlertStoredAfterConnectArrivesAndAnotherScopesNever() throws Exception {
        Scene scene = Scene.fresh();
        try (SseClient client = SseClient.connect(stream, scene.token(), null)) {
            assertEquals(200, client.status());
            assertTrue(client.contentType().startsWith("text/event-stream"), client.contentType());
            // Once an alert of its own has arrived, the stream's catch-up is over: only the next commit's
            // notification can bring what follows (a heartbeat's catch-up comes after LIVE).
            store(scene.worker(), scene.prefix() + "0");
            assertNotNull(client.next(scene::owns, LIVE), "the stream is live");

            Notification stranger = store("W" + UUID.randomUUID().toString().substring(0, 8), scene.prefix() + "X");
            Notification mine = store(scene.worker(), scene.prefix() + "1");

            SseClient.Event event = client.next(scene::owns, LIVE);
            assertNotNull(event, "the alert arrived while the stream was open");
            assertEquals("alert", event.name());
            assertEquals(String.valueOf(mine.seq), event.id());
            JsonNode view = data(event);
            assertEquals(mine.id.toString(), view.get("id").asText());
            assertEquals(mine.seq.longValue(), view.get("seq").asLong());
            assertEquals("visit-missed", view.get("rule").asText());
            assertEquals("WARNING", view.get("severity").asText());
            assertTrue(mine.seq > stranger.seq, "the other scope's alert came first, and was skipped");
        }
    }

    /**
     * The test configuration lets a stream stop looking back as soon as PostgreSQL reports no transaction running that
     * could hold a lower seq (settle-after 0): an alert whose transaction is still open must keep its seq in view.
     */
    @Test
    void anAlertThatCommitsAfterHigherOnesWereStreamedStillArrives() throws Exception {
        Scene scene = Scene.fresh();
        try (SseClient client = SseClient.connect(stream, scene.token(), null)) {
            store(scene.worker(), scene.prefix() + "0");
            assertNotNull(client.next(scene::owns, LIVE), "the stream is live");
            try (Connection late = dataSource.getConnection()) {
                late.setAutoCommit(false);
                long lateSeq = insertUncommitted(late, scene.worker(), scene.prefix() + "late");
                Notification first = store(scene.worker(), scene.prefix() + "1");
                assertEquals(String.valueOf(first.seq), client.next(scene::owns, LIVE).id());
                Notification second = store(scene.worker(), scene.prefix() + "2");
                assertEquals(String.valueOf(second.seq), client.next(scene::owns, LIVE).id());
                assertTrue(lateSeq < first.seq, "the late alert took the lower seq");

                late.commit();

                SseClient.Event event = client.next(scene::owns, LIVE);
                assertNotNull(event, "the late commit was streamed");
                assertEquals(String.valueOf(lateSeq), event.id());
            }
        }
    }

    /** An alert for {@code worker} inserted in {@code connection}'s open transaction: its seq, taken now. */
    private static long insertUncommitted(Connection connection, String worker, String subjectRef) throws Exception {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into notification (id, rule, source_event_id, recipient_role, recipient_scope, severity, title,
                                          body, subject_ref, created_at)
                values (?, 'visit-missed', ?, 'social-worker', ?, 'WARNING', 'Visit missed', 'A visit was missed.', ?,
                        now())
                returning seq""")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setObject(2, UUID.randomUUID());
            insert.setString(3, worker);
            insert.setString(4, subjectRef);
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    @Test
    void aReconnectWithLastEventIdGetsExactlyTheMissedOnesInOrderThenLiveOnes() throws Exception {
        Scene scene = Scene.fresh();
        String lastSeen;
        try (SseClient client = SseClient.connect(stream, scene.token(), null)) {
            store(scene.worker(), scene.prefix() + "1");
            lastSeen = client.next(scene::owns, LIVE).id();
        }
        List<String> missed = new ArrayList<>();
        missed.add(String.valueOf(store(scene.worker(), scene.prefix() + "2").seq));
        store("W" + UUID.randomUUID().toString().substring(0, 8), scene.prefix() + "X");
        missed.add(String.valueOf(store(scene.worker(), scene.prefix() + "3").seq));

        try (SseClient client = SseClient.connect(stream, scene.token(), lastSeen)) {
            assertEquals(200, client.status());
            List<String> received = new ArrayList<>();
            received.add(client.next(scene::owns, LIVE).id());
            received.add(client.next(scene::owns, LIVE).id());
            assertEquals(missed, received, "the missed alerts, in order, not the one seen before");

            String live = String.valueOf(store(scene.worker(), scene.prefix() + "4").seq);
            assertEquals(live, client.next(scene::owns, LIVE).id(), "then the live ones, nothing twice");
        }
    }

    @Test
    void heartbeatsAreCommentsAndTheOldestOfTooManyStreamsIsClosed() throws Exception {
        Scene scene = Scene.fresh();
        SseClient oldest = SseClient.connect(stream, scene.token(), null);
        List<SseClient> others = new ArrayList<>();
        try {
            int before = oldest.comments();
            streams.heartbeat();
            awaitComments(oldest, before + 1);
            for (int i = 0; i < 5; i++) {
                others.add(SseClient.connect(stream, scene.token(), null));
            }
            assertTrue(oldest.ended(Duration.ofSeconds(5)), "a sixth stream of the caller closed the oldest");
            store(scene.worker(), scene.prefix() + "1");
            assertNotNull(others.get(4).next(scene::owns, LIVE), "the newest streams stay open");
        } finally {
            oldest.close();
            others.forEach(SseClient::close);
        }
    }

    private static void awaitComments(SseClient client, int atLeast) {
        await("a heartbeat comment").atMost(Duration.ofSeconds(5)).until(() -> client.comments() >= atLeast);
    }

    @Test
    void theStreamIsForInboxRolesOnly() throws Exception {
        try (SseClient anonymous = SseClient.connect(stream, null, null)) {
            assertEquals(401, anonymous.status());
        }
        String partner = TestTokens.client("partner-office-yuexiu").roles(Roles.PARTNER_SYSTEM, Roles.JUDICIAL_OFFICER)
                .claim(Caller.OFFICE_CODE, "JO-440104-01").token();
        try (SseClient refused = SseClient.connect(stream, partner, null)) {
            assertEquals(403, refused.status());
            assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
        }
        try (SseClient auditor = SseClient.connect(stream, TestTokens.user("auditor.sun").roles(Roles.AUDITOR)
                .token(), null)) {
            assertEquals(403, auditor.status());
        }
    }

    @Test
    void aLastEventIdThatIsNoSeqIsRefusedNamingIt() throws Exception {
        Scene scene = Scene.fresh();
        try (SseClient client = SseClient.connect(stream, scene.token(), "yesterday")) {
            assertEquals(400, client.status());
            assertTrue(client.contentType().startsWith("application/problem+json"), client.contentType());
        }
        io.restassured.RestAssured.given().auth().oauth2(scene.token()).header("Last-Event-ID", "-1")
                .when().get("/notifications/stream")
                .then().statusCode(400).body("errors[0].field", org.hamcrest.Matchers.equalTo("Last-Event-ID"));
    }
}
