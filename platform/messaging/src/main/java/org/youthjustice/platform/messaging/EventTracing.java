package org.youthjustice.platform.messaging;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;

/**
 * Carries a trace across Kafka (issue 15, item 3): the outbox stores the W3C trace context of the span that publishes
 * an event among the event's headers ({@code traceparent}, {@code tracestate}), which the relay copies onto the record;
 * the inbox handles each record in a consumer span whose parent is that context. The relay's own pass is no part of
 * the trace: the consumer's span follows the publisher's, however long the event waited in the outbox.
 *
 * <p>Only the event's topic, type and id, the consumer's name and the record's partition and offset go into the
 * span: never its key, value or other headers.
 */
@ApplicationScoped
public class EventTracing {

    static final AttributeKey<String> MESSAGING_SYSTEM = AttributeKey.stringKey("messaging.system");
    static final AttributeKey<String> DESTINATION = AttributeKey.stringKey("messaging.destination.name");
    static final AttributeKey<String> OPERATION = AttributeKey.stringKey("messaging.operation.type");
    /** The inbox's consumer (the use case, e.g. {@code caseload}), not the Kafka group: one group may hold several. */
    static final AttributeKey<String> INBOX_CONSUMER = AttributeKey.stringKey("yjs.inbox.consumer");
    static final AttributeKey<String> MESSAGE_ID = AttributeKey.stringKey("messaging.message.id");
    static final AttributeKey<String> PARTITION = AttributeKey.stringKey("messaging.destination.partition.id");
    static final AttributeKey<Long> OFFSET = AttributeKey.longKey("messaging.kafka.offset");
    static final AttributeKey<String> EVENT_TYPE = AttributeKey.stringKey("cloudevents.event_type");

    private static final TextMapGetter<ConsumerRecord<String, String>> RECORD_HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(ConsumerRecord<String, String> record) {
            var names = new ArrayList<String>();
            record.headers().forEach(header -> names.add(header.key()));
            return names;
        }

        @Override
        public String get(ConsumerRecord<String, String> record, String name) {
            Header header = record == null ? null : record.headers().lastHeader(name);
            return header == null || header.value() == null ? null
                    : new String(header.value(), StandardCharsets.UTF_8);
        }
    };

    private final Tracer tracer;

    EventTracing(Tracer tracer) {
        this.tracer = tracer;
    }

    /**
     * Adds the trace context of the current span to an event's headers, when there is one (traces on, inside a traced
     * request or job; a span left out by the sampler too, so that its consumers are left out alike); adds nothing
     * otherwise, so that an event published without a trace costs nothing.
     */
    void addCurrentContext(Map<String, String> headers) {
        if (Span.current().getSpanContext().isValid()) {
            W3CTraceContextPropagator.getInstance().inject(Context.current(), headers, Map::put);
        }
    }

    /**
     * Runs the handling of an event of a record in a consumer span, current meanwhile, whose parent is the trace
     * context the record carries; a record without one starts a new trace.
     */
    <T> T handle(String consumer, ConsumerRecord<String, String> record, EventEnvelope event, Supplier<T> handling) {
        Context parent = W3CTraceContextPropagator.getInstance().extract(Context.root(), record, RECORD_HEADERS);
        Span span = tracer.spanBuilder("process " + record.topic())
                .setParent(parent)
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute(MESSAGING_SYSTEM, "kafka")
                .setAttribute(DESTINATION, record.topic())
                .setAttribute(OPERATION, "process")
                .setAttribute(INBOX_CONSUMER, consumer)
                .setAttribute(MESSAGE_ID, event.id().toString())
                .setAttribute(PARTITION, String.valueOf(record.partition()))
                .setAttribute(OFFSET, record.offset())
                .setAttribute(EVENT_TYPE, event.type())
                .startSpan();
        try (var scope = span.makeCurrent()) {
            return handling.get();
        } catch (RuntimeException e) {
            // the kind only: a message may quote a statement's data
            span.setStatus(StatusCode.ERROR, FailureKind.describe(e));
            throw e;
        } finally {
            span.end();
        }
    }
}
