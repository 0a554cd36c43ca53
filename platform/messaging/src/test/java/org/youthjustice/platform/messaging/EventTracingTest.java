package org.youthjustice.platform.messaging;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.youthjustice.platform.messaging.InboxTestConsumer.Instruction;
import org.youthjustice.platform.testing.KafkaResource;
import org.youthjustice.platform.testing.PostgresResource;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * With traces on (off in the module's other tests, as in the local run), an event carries the trace of the span that
 * published it across the outbox, the relay and Kafka to its consumer, whose handler runs in a consumer span of that
 * trace.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
@TestProfile(EventTracingTest.TracesOn.class)
class EventTracingTest {

    private static final Duration PROCESSING = Duration.ofSeconds(60);

    public static class TracesOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // exported at once rather than every 5 s
            return Map.of("quarkus.otel.sdk.disabled", "false", "quarkus.otel.bsp.schedule.delay", "0.05s");
        }
    }

    @Inject
    Outbox outbox;

    @Inject
    Tracer tracer;

    @Inject
    InMemorySpanExporter spans;

    @Inject
    InboxTestConsumer consumer;

    @Inject
    DataSource dataSource;

    @Test
    void eventPublishedInASpanIsHandledInAConsumerSpanOfThatTraceWhoseParentIsThePublisher() throws Exception {
        var request = tracer.spanBuilder("POST /cases").setSpanKind(SpanKind.SERVER).startSpan();
        UUID id;
        try (var scope = request.makeCurrent()) {
            id = publish("traced");
        } finally {
            request.end();
        }

        var consumed = consumerSpanOf(id);
        assertEquals(request.getSpanContext().getTraceId(), consumed.getTraceId());
        assertEquals(request.getSpanContext().getSpanId(), consumed.getParentSpanId());
        assertEquals("process " + InboxTestConsumer.TOPIC, consumed.getName());
        assertEquals(InboxTestConsumer.INSTRUCTION, consumed.getAttributes().get(EventTracing.EVENT_TYPE));
        assertEquals("inbox-test", consumed.getAttributes().get(EventTracing.INBOX_CONSUMER));
        // SmallRye's own span of the record (its connector's tracing-enabled, off) would be a second one
        var consumerSpans = spans.getFinishedSpanItems().stream()
                .filter(span -> span.getTraceId().equals(consumed.getTraceId()))
                .filter(span -> span.getKind() == SpanKind.CONSUMER).toList();
        assertEquals(List.of(consumed.getSpanId()), consumerSpans.stream().map(SpanData::getSpanId).toList(),
                consumerSpans::toString);
        assertEquals(consumed.getSpanContext(), consumer.spanContext(id), "the handler runs in the consumer span");
        assertEquals("00-" + request.getSpanContext().getTraceId() + "-" + request.getSpanContext().getSpanId()
                + "-01", storedHeader(id, "traceparent"));
    }

    @Test
    void eventPublishedWithoutASpanIsHandledInANewTrace() throws Exception {
        var id = publish("untraced");

        var consumed = consumerSpanOf(id);
        assertFalse(consumed.getParentSpanContext().isValid(), "a root span: " + consumed.getParentSpanContext());
        assertEquals(consumed.getSpanContext(), consumer.spanContext(id));
        assertNotEquals(Span.getInvalid().getSpanContext().getTraceId(), consumed.getTraceId());
        assertNull(storedHeader(id, "traceparent"));
    }

    private UUID publish(String note) {
        return QuarkusTransaction.requiringNew().call(() -> outbox.publish(InboxTestConsumer.TOPIC,
                "GZ-" + UUID.randomUUID(), InboxTestConsumer.INSTRUCTION, 1, new Instruction(note, false)));
    }

    private SpanData consumerSpanOf(UUID id) {
        return await().atMost(PROCESSING).until(() -> spans.getFinishedSpanItems().stream()
                .filter(span -> span.getKind() == SpanKind.CONSUMER)
                .filter(span -> id.toString().equals(span.getAttributes().get(EventTracing.MESSAGE_ID)))
                .findFirst(), Optional::isPresent).orElseThrow();
    }

    private String storedHeader(UUID id, String name) throws SQLException {
        try (var connection = dataSource.getConnection();
                var select = connection.prepareStatement("select headers ->> ? from outbox_event where event_id = ?")) {
            select.setString(1, name);
            select.setObject(2, id);
            try (var rows = select.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }
}
