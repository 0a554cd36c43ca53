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
class UrlQueryRedactionTest {

    private final InMemorySpanExporter exported = InMemorySpanExporter.create();
    private final SdkTracerProvider tracing = SdkTracerProvider.builder()
            .addSpanProcessor(new UrlQueryRedaction())
            .addSpanProcessor(SimpleSpanProcessor.create(exported))
            .build();

    @AfterEach
    void close() {
        tracing.close();
    }

    @Test
    void serverSpanKeepsThePathAndLosesTheQuery() {
        var span = span(Attributes.of(AttributeKey.stringKey("url.path"), "/api/cases/GZ-2026-000123",
                UrlQueryRedaction.URL_QUERY, "name=%E5%BC%A0%E4%B8%89%E6%98%8E"));

        assertEquals("/api/cases/GZ-2026-000123", span.getAttributes().get(AttributeKey.stringKey("url.path")));
        assertEquals("redacted", span.getAttributes().get(UrlQueryRedaction.URL_QUERY));
    }

    @Test
    void clientSpanKeepsTheUrlUpToItsQuery() {
        var span = span(Attributes.of(UrlQueryRedaction.URL_FULL,
                "http://case-service:80/cases/GZ-2026-000123?name=zhang&x=1"));

        assertEquals("http://case-service:80/cases/GZ-2026-000123?redacted",
                span.getAttributes().get(UrlQueryRedaction.URL_FULL));
    }

    @Test
    void urlsWithoutAQueryAreLeftAlone() {
        var span = span(Attributes.of(UrlQueryRedaction.URL_FULL, "http://case-service:80/cases",
                AttributeKey.stringKey("url.path"), "/cases"));

        assertEquals("http://case-service:80/cases", span.getAttributes().get(UrlQueryRedaction.URL_FULL));
        assertNull(span.getAttributes().get(UrlQueryRedaction.URL_QUERY));
    }

    private SpanData span(Attributes attributes) {
        tracing.get("test").spanBuilder("GET").setAllAttributes(attributes).startSpan().end();
        return exported.getFinishedSpanItems().get(0);
    }
}
