package org.youthjustice.notification.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.youthjustice.notification.domain.Channel;
import org.youthjustice.notification.domain.Delivery;
import org.youthjustice.notification.domain.DeliveryStatus;
import org.youthjustice.notification.domain.Notification;
import org.youthjustice.notification.domain.Recipient;
import org.youthjustice.notification.domain.Severity;
import org.youthjustice.notification.messaging.out.NotificationEvents;
import org.youthjustice.platform.testing.EventExamples;
import org.youthjustice.platform.testing.TopicRecords;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static io.restassured.module.jsv.JsonSchemaValidator.matchesJsonSchemaInClasspath;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What {@link NotificationEvents} really puts on notifications.v1, through the outbox, matches the published schema of
 * its type (notification-service-events), envelope included; so do the artifact's examples (EventSchemaTest).
 */
@QuarkusTest
class NotificationEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final EventExamples PUBLISHED = EventExamples.of("notification-service");

    @Inject
    NotificationEvents events;

    private static Notification alert(Recipient to) {
        String reference = "GZ-2026-" + (100000 + (int) (Math.random() * 899999));
        return Notification.forRecipient("risk-high", UUID.randomUUID(), to, Severity.URGENT,
                "Risk of case " + reference + " is now HIGH", "The risk level of case " + reference + " rose.",
                reference, Instant.now().truncatedTo(ChronoUnit.MICROS));
    }

    private static Delivery delivery(Notification alert, DeliveryStatus status, Integer statusCode, String error) {
        Delivery delivery = new Delivery();
        delivery.id = UUID.randomUUID();
        delivery.notificationId = alert.id;
        delivery.rule = alert.rule;
        delivery.channel = Channel.WEBHOOK;
        delivery.recipient = UUID.randomUUID().toString();
        delivery.status = status;
        delivery.attempts = 3;
        delivery.lastStatusCode = statusCode;
        delivery.lastError = error;
        delivery.finishedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return delivery;
    }

    /** The one record of {@code type} keyed by {@code alert}, its envelope checked; answers its data. */
    private static JsonNode published(Notification alert, String type) throws Exception {
        try (TopicRecords records = TopicRecords.of(NotificationEvents.TOPIC)) {
            ConsumerRecord<String, String> record = records.await(r -> alert.id.toString().equals(r.key()));
            assertEquals(1, records.all(r -> alert.id.toString().equals(r.key()), Duration.ofMillis(500)).size());
            JsonNode event = JSON.readTree(record.value());
            assertEquals(type, event.get("type").asText());
            assertEquals(1, event.get("version").asInt());
            assertEquals("/notification-service", event.get("source").asText());
            assertEquals(alert.id.toString(), event.get("subject").asText());
            assertEquals("https://youthjustice.org/events/notification-service/" + type + ".v1.schema.json",
                    event.get("dataschema").asText());
            assertThat(event.get("data").toString(), matchesJsonSchemaInClasspath(PUBLISHED.schema(type, 1)));
            assertThat(PUBLISHED.load(type, 1).get("data").toString(),
                    matchesJsonSchemaInClasspath(PUBLISHED.schema(type, 1)));
            return event.get("data");
        }
    }

    @Test
    void aDeliveredAlertIsPublishedAsItsSchemaSays() throws Exception {
        Notification alert = alert(Recipient.supervisorOf("52440100MJL123454L"));
        Delivery delivery = delivery(alert, DeliveryStatus.DELIVERED, 204, null);
        QuarkusTransaction.requiringNew().run(() -> events.delivered(delivery, alert));

        JsonNode data = published(alert, NotificationEvents.NotificationDelivered.TYPE);
        assertEquals(delivery.id.toString(), data.get("deliveryId").asText());
        assertEquals("WEBHOOK", data.get("channel").asText());
        assertEquals(204, data.get("statusCode").asInt());
        assertEquals(delivery.finishedAt, Instant.parse(data.get("deliveredAt").asText()));
    }

    @Test
    void aFailedDeliveryWithoutAnAnswerIsPublishedAsItsSchemaSays() throws Exception {
        Notification alert = alert(Recipient.officerOf("JO-440104-01"));
        Delivery delivery = delivery(alert, DeliveryStatus.FAILED, null, "timeout after 10s");
        QuarkusTransaction.requiringNew().run(() -> events.failed(delivery, alert));

        JsonNode data = published(alert, NotificationEvents.NotificationFailed.TYPE);
        assertTrue(data.get("statusCode").isNull(), "no answer");
        assertEquals("timeout after 10s", data.get("error").asText());
        assertEquals(3, data.get("attempts").asInt());
    }

    @Test
    void anEscalationIsPublishedAsItsSchemaSays() throws Exception {
        Notification original = alert(Recipient.worker("W0001"));
        Notification escalation = original.escalatedTo(Recipient.supervisorOf("52440100MJL123454L"),
                Duration.ofMinutes(30), Instant.now().truncatedTo(ChronoUnit.MICROS));
        QuarkusTransaction.requiringNew().run(() -> events.escalated(original, escalation));

        JsonNode data = published(original, NotificationEvents.NotificationEscalated.TYPE);
        assertEquals(escalation.id.toString(), data.get("escalationId").asText());
        assertEquals("social-worker", data.get("fromRole").asText());
        assertEquals("agency-supervisor", data.get("toRole").asText());
    }
}
