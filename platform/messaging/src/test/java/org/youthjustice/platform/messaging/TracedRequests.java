package org.youthjustice.platform.messaging;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.quarkus.arc.Unremovable;

/**
 * The spans of a test that switches traces on, kept in memory: Quarkus exports to every {@code SpanExporter} bean
 * (its default exporter {@code cdi}). With traces off, as in the module's other tests, nothing reaches it.
 */
public class TracedRequests {

    @Produces
    @Singleton
    @Unremovable
    InMemorySpanExporter spans() {
        return InMemorySpanExporter.create();
    }
}
