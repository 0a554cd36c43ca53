package org.youthjustice.notification.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.youthjustice.notification.LeakedJuvenile;
import org.youthjustice.notification.domain.Delivery;
import org.youthjustice.notification.domain.Notification;
import org.youthjustice.notification.messaging.out.NotificationEvents;
import org.youthjustice.notification.service.Deliveries;
import org.youthjustice.notification.service.WebhookAlertListener;
import org.youthjustice.platform.caller.Roles;
import org.youthjustice.platform.testing.EventExamples;
import org.youthjustice.platform.testing.EventPublisher;
import org.youthjustice.platform.testing.ProcessedEvents;
import org.youthjustice.platform.testing.TopicRecords;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.youthjustice.notification.webhook.WebhookFixtures.admin;
import static org.youthjustice.notification.webhook.WebhookFixtures.alertFor;
import static org.youthjustice.notification.webhook.WebhookFixtures.freshOffice;
import static org.youthjustice.notification.webhook.WebhookFixtures.freshPath;
import static org.youthjustice.notification.webhook.WebhookFixtures.officeWebhook;
import static org.youthjustice.notification.webhook.WebhookFixtures.partnerOf;
import static org.youthjustice.notification.webhook.WebhookFixtures.receiver;
import static org.youthjustice.notification.webhook.WebhookFixtures.register;
import static org.youthjustice.notification.webhook.WebhookFixtures.urlOf;

/**
 * Alerts posted to a real receiver as a partner gets them: signed, retried with the same Idempotency-Key, given up
 * after the (test-short) retry window, replayed, and never held up by another partner's slow receiver.
 */
@QuarkusTest
class WebhookDeliveryTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final EventExamples CASES = EventExamples.of("case-service");
    private static final EventPublisher CASE_TOPIC = EventPublisher.to("cases.v1");


    @Inject
    Deliveries deliveries;

    @Inject
    WebhookAlertListener listener;

    @Inject
    DataSource dataSource;

    @AfterAll
    static void closePublisher() {
        CASE_TOPIC.close();
    }

    @Test
    void aReceiverThatFailsOnceGetsTheSameSignedDeliveryAgain() throws Exception {
        String office = freshOffice();
        String path = freshPath();
        String scenario = "fails-once-" + path;
        receiver().register(post(urlEqualTo(path)).inScenario(scenario).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(500)).willSetStateTo("recovered"));
        receiver().register(post(urlEqualTo(path)).inScenario(scenario).whenScenarioStateIs("recovered")
                .willReturn(aResponse().withStatus(204)));
        WebhookFixtures.Registered webhook = officeWebhook(office, path);

        Notification alert = alertFor(deliveries, office);

        List<LoggedRequest> received = received(path, 2);
        String deliveryId = received.get(0).getHeader("Idempotency-Key");
        for (LoggedRequest request : received) {
            assertEquals(deliveryId, request.getHeader("Idempotency-Key"));
            assertEquals(alert.id.toString(), request.getHeader("X-YJS-Event-Id"));
            assertTrue(request.getHeader("Content-Type").startsWith("application/json"));
            assertSignedWith(webhook.secret(), request);
            JsonNode body = JSON.readTree(request.getBodyAsString());
            assertEquals(deliveryId, body.get("deliveryId").asText());
            assertEquals(alert.id.toString(), body.get("notificationId").asText());
            assertEquals("visit-missed", body.get("rule").asText());
            assertEquals("WARNING", body.get("severity").asText());
            assertEquals(alert.title, body.get("title").asText());
            assertEquals(alert.body, body.get("body").asText());
            assertEquals(alert.subjectRef, body.get("subjectRef").asText());
            assertEquals("/api/cases/" + alert.subjectRef, body.get("link").asText());
            assertNotNull(body.get("createdAt").asText());
        }

        awaitStatus(webhook.id(), deliveryId, "DELIVERED");
        given().auth().oauth2(admin()).queryParam("status", "DELIVERED")
                .when().get("/webhooks/" + webhook.id() + "/deliveries")
                .then().statusCode(200).body("total", equalTo(1))
                .body("items[0].id", equalTo(deliveryId))
                .body("items[0].notificationId", equalTo(alert.id.toString()))
                .body("items[0].attempts", hasSize(2))
                .body("items[0].attempts[0].statusCode", equalTo(500))
                .body("items[0].attempts[0].outcome", equalTo("RETRY"))
                .body("items[0].attempts[1].statusCode", equalTo(204))
                .body("items[0].attempts[1].outcome", equalTo("DELIVERED"));

        JsonNode delivered = event("notification.delivered", deliveryId);
        assertEquals(alert.id.toString(), delivered.get("notificationId").asText());
        assertEquals("WEBHOOK", delivered.get("channel").asText());
        assertEquals(2, delivered.get("attempts").asInt());
        assertEquals(204, delivered.get("statusCode").asInt());
        assertEquals(alert.subjectRef, delivered.get("subjectRef").asText());
    }

    @Test
    void aReceiverThatKeepsFailingEndsFailedAndAReplayDeliversIt() throws Exception {
        String office = freshOffice();
        String path = freshPath();
        receiver().register(post(urlEqualTo(path)).willReturn(aResponse().withStatus(503)));
        WebhookFixtures.Registered webhook = officeWebhook(office, path);

        Notification alert = alertFor(deliveries, office);

        String deliveryId = received(path, 1).get(0).getHeader("Idempotency-Key");
        awaitStatus(webhook.id(), deliveryId, "FAILED");
        int attempts = received(path, 2).size();
        JsonNode failed = event("notification.failed", deliveryId);
        assertEquals(alert.id.toString(), failed.get("notificationId").asText());
        assertEquals("visit-missed", failed.get("rule").asText());
        assertEquals("WEBHOOK", failed.get("channel").asText());
        assertEquals(503, failed.get("statusCode").asInt());
        assertEquals("HTTP 503", failed.get("error").asText());
        assertEquals(attempts, failed.get("attempts").asInt());
        assertNotNull(failed.get("failedAt").asText());

        receiver().register(post(urlEqualTo(path)).willReturn(aResponse().withStatus(200)));
        given().auth().oauth2(admin())
                .when().post("/webhooks/" + webhook.id() + "/deliveries/" + deliveryId + "/replay")
                .then().statusCode(202).body("status", equalTo("PENDING")).body("attempts", hasSize(attempts));

        awaitStatus(webhook.id(), deliveryId, "DELIVERED");
        List<LoggedRequest> all = received(path, attempts + 1);
        assertEquals(attempts + 1, all.size());
        all.forEach(request -> assertEquals(deliveryId, request.getHeader("Idempotency-Key")));
        given().auth().oauth2(admin()).when().get("/webhooks/" + webhook.id() + "/deliveries")
                .then().statusCode(200).body("items[0].attempts", hasSize(attempts + 1))
                .body("items[0].attempts[" + attempts + "].outcome", equalTo("DELIVERED"));

        given().auth().oauth2(admin())
                .when().post("/webhooks/" + webhook.id() + "/deliveries/" + deliveryId + "/replay")
                .then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(admin())
                .when().post("/webhooks/" + webhook.id() + "/deliveries/" + UUID.randomUUID() + "/replay")
                .then().statusCode(404);
        given().auth().oauth2(partnerOf(office))
                .when().post("/webhooks/" + webhook.id() + "/deliveries/" + deliveryId + "/replay")
                .then().statusCode(404);
    }

    @Test
    void aClientErrorFailsAtOnce() throws Exception {
        String office = freshOffice();
        String path = freshPath();
        receiver().register(post(urlEqualTo(path)).willReturn(aResponse().withStatus(400)));
        WebhookFixtures.Registered webhook = officeWebhook(office, path);

        alertFor(deliveries, office);

        String deliveryId = received(path, 1).get(0).getHeader("Idempotency-Key");
        awaitStatus(webhook.id(), deliveryId, "FAILED");
        given().auth().oauth2(admin()).queryParam("status", "FAILED")
                .when().get("/webhooks/" + webhook.id() + "/deliveries")
                .then().statusCode(200).body("items[0].attempts", hasSize(1))
                .body("items[0].attempts[0].statusCode", equalTo(400))
                .body("items[0].attempts[0].outcome", equalTo("FAILED"))
                .body("items[0].lastError", equalTo("HTTP 400"));
        JsonNode failed = event("notification.failed", deliveryId);
        assertEquals(1, failed.get("attempts").asInt());
        assertEquals(400, failed.get("statusCode").asInt());
        // FAILED is final until a replay: the one request it logged is all the receiver got
        assertEquals(1, receiver().find(postRequestedFor(urlEqualTo(path))).size(), "never sent again");
    }

    @Test
    void aSlowPartnerDoesNotDelayAnother() {
        String slowOffice = freshOffice();
        String slowPath = freshPath();
        receiver().register(post(urlEqualTo(slowPath)).willReturn(aResponse().withStatus(200).withFixedDelay(5000)));
        officeWebhook(slowOffice, slowPath);
        String office = freshOffice();
        String path = freshPath();
        receiver().register(post(urlEqualTo(path)).willReturn(aResponse().withStatus(200)));
        officeWebhook(office, path);

        // more than the dispatcher's 16 slots: without a limit per recipient the slow partner would take them all
        for (int i = 0; i < 20; i++) {
            alertFor(deliveries, slowOffice);
        }
        received(slowPath, 2);
        long stored = System.currentTimeMillis();
        alertFor(deliveries, office);

        long arrived = received(path, 1).get(0).getLoggedDate().getTime();
        assertTrue(arrived - stored < 2500, () -> "the fast partner got its alert after " + (arrived - stored)
                + " ms while the slow one held its deliveries");
        assertEquals(2, receiver().find(postRequestedFor(urlEqualTo(slowPath))).size(),
                "the slow partner has at most 2 requests in flight");
    }

    @Test
    void aBacklogOfOnePartnerIsSentAsFastAsItsLimitAllowsNotOnePollAtATime() {
        String office = freshOffice();
        String path = freshPath();
        receiver().register(post(urlEqualTo(path)).willReturn(aResponse().withStatus(200)));
        officeWebhook(office, path);

        // a claim reads at most the limit plus one of a recipient's due deliveries: the one more must still say that
        // more is due, so that each ending attempt claims the next; otherwise 2 a poll (1 s) would take 100 s
        for (int i = 0; i < 200; i++) {
            alertFor(deliveries, office);
        }
        await("200 requests at the receiver").atMost(Duration.ofSeconds(40)).until(() ->
                receiver().find(postRequestedFor(urlEqualTo(path))).size() >= 200);
    }

    @Test
    void anAlertIsPlannedOncePerWebhookAndNotForADeletedOne() throws Exception {
        String office = freshOffice();
        String path = freshPath();
        receiver().register(post(urlEqualTo(path)).willReturn(aResponse().withStatus(200)));
        WebhookFixtures.Registered all = officeWebhook(office, path);
        String otherRules = register(admin(), urlOf(path), Roles.JUDICIAL_OFFICER, office, List.of("risk-high"))
                .statusCode(201).extract().path("id");

        Notification alert = alertFor(deliveries, office);
        QuarkusTransaction.requiringNew().run(() -> listener.raised(alert));

        assertEquals(1, plannedFor(alert, all.id()));
        assertEquals(0, plannedFor(alert, otherRules), "a webhook for other rules gets nothing");
        received(path, 1);

        given().auth().oauth2(admin()).when().delete("/webhooks/" + all.id()).then().statusCode(204);
        Notification later = alertFor(deliveries, office);
        assertEquals(0, plannedFor(later, all.id()));
    }

    @Test
    void aCaseEventDeliveredTwiceReachesTheWorkersWebhookOnceWithoutPersonalData() throws Exception {
        String id = UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        String worker = "WT" + id;
        String reference = "GZ-T-" + id;
        String path = freshPath();
        receiver().register(post(urlEqualTo(path)).willReturn(aResponse().withStatus(200)));
        String webhookId = register(admin(), urlOf(path), Roles.SOCIAL_WORKER, worker, List.of()).statusCode(201)
                .extract().path("id");

        ObjectNode assigned = caseEvent("case.assigned", 1, reference, worker);
        ((ObjectNode) assigned.get("data")).put("agencyId", "52440100TST" + id.substring(0, 7));
        CASE_TOPIC.publishTwice(reference, assigned);
        CASE_TOPIC.publishAndAwait(reference, caseEvent("case.status-changed", 1, reference, worker),
                ProcessedEvents.of(dataSource, "alerts"));

        LoggedRequest request = received(path, 1).get(0);
        assertEquals("case-assigned", JSON.readTree(request.getBodyAsString()).get("rule").asText());
        // once DELIVERED nothing sends it again, and the event's second delivery planned no second row
        awaitStatus(webhookId, request.getHeader("Idempotency-Key"), "DELIVERED");
        given().auth().oauth2(admin()).when().get("/webhooks/" + webhookId + "/deliveries")
                .then().statusCode(200).body("total", equalTo(1));
        assertEquals(1, receiver().find(postRequestedFor(urlEqualTo(path))).size(), "delivered once");

        List<LoggedRequest> everything = receiver().find(postRequestedFor(urlPathMatching("/hooks/.*")));
        assertFalse(everything.isEmpty());
        for (LoggedRequest sent : everything) {
            String body = sent.getBodyAsString();
            LeakedJuvenile.assertNoneIn(body);
        }
    }

    private static ObjectNode caseEvent(String type, int version, String reference, String worker) {
        ObjectNode event = CASES.load(type, version).put("subject", reference);
        ObjectNode data = ((ObjectNode) event.get("data")).put("reference", reference)
                .put("officeCode", "JO-T" + reference.substring(5));
        if (data.has("workerId")) {
            data.put("workerId", worker);
        }
        LeakedJuvenile.plantIn(data);
        return event;
    }

    private long plannedFor(Notification alert, String webhookId) {
        return QuarkusTransaction.requiringNew().call(() -> Delivery.count("notificationId = ?1 and recipient = ?2",
                alert.id, webhookId));
    }

    /** At least {@code count} requests the receiver got at {@code path}, in order. */
    private static List<LoggedRequest> received(String path, int count) {
        WireMock receiver = receiver();
        await("requests at the receiver").atMost(WAIT)
                .until(() -> receiver.find(postRequestedFor(urlEqualTo(path))).size() >= count);
        return receiver.find(postRequestedFor(urlEqualTo(path))).stream()
                .sorted((a, b) -> a.getLoggedDate().compareTo(b.getLoggedDate())).toList();
    }

    private static void awaitStatus(String webhookId, String deliveryId, String status) {
        await("delivery " + status).atMost(WAIT).until(() -> given().auth().oauth2(admin())
                .queryParam("status", status).when().get("/webhooks/" + webhookId + "/deliveries")
                .then().statusCode(200).extract().jsonPath().getList("items.id").contains(deliveryId));
    }

    /** The event's data, as it reached the topic, for the delivery. */
    private static JsonNode event(String type, String deliveryId) throws Exception {
        try (TopicRecords records = TopicRecords.of(NotificationEvents.TOPIC)) {
            ConsumerRecord<String, String> record = records.await(r -> r.value().contains(deliveryId)
                    && r.value().contains("\"" + type + "\""));
            JsonNode event = JSON.readTree(record.value());
            assertEquals(type, event.get("type").asText());
            return event.get("data");
        }
    }

    /** What a partner does: HMAC-SHA256 over timestamp "." body with the secret it was given at registration. */
    private static void assertSignedWith(String secret, LoggedRequest request) throws Exception {
        String timestamp = request.getHeader("X-YJS-Timestamp");
        long age = System.currentTimeMillis() / 1000 - Long.parseLong(timestamp);
        assertTrue(age >= -5 && age < 60, "a fresh timestamp");
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = "sha256=" + HexFormat.of().formatHex(
                mac.doFinal((timestamp + "." + request.getBodyAsString()).getBytes(StandardCharsets.UTF_8)));
        assertEquals(expected, request.getHeader("X-YJS-Signature"));
    }
}
