package org.youthjustice.platform.tracing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;

/** Unit test: a tracer provider of the SDK with the processor, as Quarkus builds it, and an in-memory exporter. */
class CallerDataRedactionTest {

    private final InMemorySpanExporter exported = InMemorySpanExporter.create();
    private final SdkTracerProvider tracing = SdkTracerProvider.builder()
            .addSpanProcessor(new CallerDataRedaction())
            .addSpanProcessor(SimpleSpanProcessor.create(exported))
            .build();

    @AfterEach
    void close() {
        tracing.close();
    }

    @Test
    void serverSpanKeepsThePathAndLosesTheQuery() {
        var span = span(Attributes.of(AttributeKey.stringKey("url.path"), "/api/cases/GZ-2026-000123",
                CallerDataRedaction.URL_QUERY, "name=%E5%BC%A0%E4%B8%89%E6%98%8E"));

        assertEquals("/api/cases/GZ-2026-000123", span.getAttributes().get(AttributeKey.stringKey("url.path")));
        assertEquals("redacted", span.getAttributes().get(CallerDataRedaction.URL_QUERY));
    }

    @Test
    void serverSpanLosesTheCallersAddress() {
        var span = span(Attributes.of(CallerDataRedaction.CLIENT_ADDRESS, "203.0.113.7",
                AttributeKey.stringKey("url.path"), "/api/cases"));

        assertEquals("redacted", span.getAttributes().get(CallerDataRedaction.CLIENT_ADDRESS));
    }

    @Test
    void clientSpanKeepsTheUrlUpToItsQuery() {
        var span = span(Attributes.of(CallerDataRedaction.URL_FULL,
                "http://case-service:80/cases/GZ-2026-000123?name=zhang&x=1"));

        assertEquals("http://case-service:80/cases/GZ-2026-000123?redacted",
                span.getAttributes().get(CallerDataRedaction.URL_FULL));
    }

    @Test
    void urlsWithoutAQueryAreLeftAlone() {
        var span = span(Attributes.of(CallerDataRedaction.URL_FULL, "http://case-service:80/cases",
                AttributeKey.stringKey("url.path"), "/cases"));

        assertEquals("http://case-service:80/cases", span.getAttributes().get(CallerDataRedaction.URL_FULL));
        assertNull(span.getAttributes().get(CallerDataRedaction.URL_QUERY));
    }

    private SpanData span(Attributes attributes) {
        tracing.get("test").spanBuilder("GET").setAllAttributes(attributes).startSpan().end();
        return exported.getFinishedSpanItems().get(0);
    }
}
