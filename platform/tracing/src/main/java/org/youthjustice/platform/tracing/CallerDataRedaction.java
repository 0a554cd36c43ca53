package org.youthjustice.platform.tracing;

import jakarta.inject.Singleton;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;

/**
 * Replaces what the HTTP instrumentation records on a span about the caller with {@value #REDACTED}: the query of every
 * URL ({@code url.query} of a server span, {@code url.full} of a client span), since a caller chooses it and it may
 * name a juvenile, and the caller's address ({@code client.address}, which the instrumentation takes from
 * {@code X-Forwarded-For}: a phone's public address behind the ingress). The path, which holds at most a pseudonymous
 * reference, stays. The instrumentation sets these attributes before the span starts, so they are replaced before any
 * exporter sees them. Quarkus adds every {@link SpanProcessor} bean to the tracer provider.
 */
@Singleton
public class CallerDataRedaction implements SpanProcessor {

    static final String REDACTED = "redacted";
    static final AttributeKey<String> URL_QUERY = AttributeKey.stringKey("url.query");
    static final AttributeKey<String> URL_FULL = AttributeKey.stringKey("url.full");
    static final AttributeKey<String> CLIENT_ADDRESS = AttributeKey.stringKey("client.address");

    @Override
    public void onStart(Context parentContext, ReadWriteSpan span) {
        String query = span.getAttribute(URL_QUERY);
        if (query != null && !query.isEmpty()) {
            span.setAttribute(URL_QUERY, REDACTED);
        }
        String full = span.getAttribute(URL_FULL);
        int start = full == null ? -1 : full.indexOf('?');
        if (start >= 0) {
            span.setAttribute(URL_FULL, full.substring(0, start + 1) + REDACTED);
        }
        if (span.getAttribute(CLIENT_ADDRESS) != null) {
            span.setAttribute(CLIENT_ADDRESS, REDACTED);
        }
    }

    @Override
    public boolean isStartRequired() {
        return true;
    }

    @Override
    public void onEnd(ReadableSpan span) {
        // nothing: every URL attribute was set at the start
    }

    @Override
    public boolean isEndRequired() {
        return false;
    }
}
