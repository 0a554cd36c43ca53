package org.youthjustice.gateway.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.youthjustice.gateway.config.GatewayConfig;
import org.youthjustice.platform.testing.OidcResource;
import org.youthjustice.platform.testing.TestTokens;

import com.github.tomakehurst.wiremock.client.WireMock;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.arc.Unremovable;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * With traces on (off in the other tests, as in the local run), the upstream request carries the W3C
 * {@code traceparent} of the trace that the gateway's server span of the request begins, so that the service's spans
 * join it; no span records the query or the forwarded address the caller sent; and the readiness probes of the
 * upstreams make no traces.
 */
@QuarkusTest
@WithTestResource(HealthyUpstreams.class)
@WithTestResource(OidcResource.class)
@TestProfile(TracePropagationTest.TracesOn.class)
class TracePropagationTest {

    private static final Duration EXPORT = Duration.ofSeconds(30);

    public static class TracesOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // spans in memory (the exporter below) rather than sent to a collector, exported at once
            return Map.of("quarkus.otel.sdk.disabled", "false", "quarkus.otel.exporter.otlp.enabled", "false",
                    "quarkus.otel.bsp.schedule.delay", "0.05s");
        }
    }

    /** Quarkus exports to every {@code SpanExporter} bean (its default exporter {@code cdi}). */
    static class Spans {
        @Produces
        @Singleton
        @Unremovable
        InMemorySpanExporter spans() {
            return InMemorySpanExporter.create();
        }
    }

    @Inject
    InMemorySpanExporter spans;

    @Inject
    GatewayConfig config;

    /** The gateway's readiness, on its management interface (whose root is /q/): it probes every upstream. */
    @TestHTTPResource(value = "health/ready", management = true)
    URL readiness;

    @BeforeEach
    void upstreamsAnswer() {
        WireMockUpstreams.SERVICES.forEach(service -> upstream(service)
                .register(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("answered"))));
    }

    @Test
    void upstreamRequestCarriesTheTraceOfTheGatewaysServerSpanAndNoSpanTheCallersQueryOrAddress() {
        var upstream = upstream("case");
        var path = "/cases/GZ-2026-000123";

        given().header("Authorization", "Bearer " + TestTokens.user("sw.li").audience("gateway").token())
                .header("X-Forwarded-For", "203.0.113.7")
                .when().get("/api" + path + "?name=zhangsanming")
                .then().statusCode(200);

        var received = upstream.find(getRequestedFor(urlPathEqualTo(path)));
        assertEquals(1, received.size());
        var traceparent = received.get(0).getHeader("traceparent");
        assertNotNull(traceparent, "the upstream request carries no traceparent");
        // 00-<trace id>-<parent span id>-<flags>
        var fields = traceparent.split("-");
        var server = serverSpanOf("/api" + path);
        assertEquals(server.getTraceId(), fields[1]);
        // the upstream's parent: the gateway's span of the upstream call, a child of its server span
        assertTrue(exported().stream().anyMatch(span -> span.getKind() == SpanKind.CLIENT
                        && span.getSpanId().equals(fields[2]) && span.getParentSpanId().equals(server.getSpanId())),
                "the upstream's parent is no client span under the server span: " + traceparent);
        exported().forEach(span -> assertFalse(span.getAttributes().toString().contains("zhangsanming"),
                "a span records the query: " + span));
        exported().forEach(span -> assertFalse(span.getAttributes().toString().contains("203.0.113.7"),
                "a span records the caller's address: " + span));
    }

    @Test
    void readinessProbesOfTheUpstreamsLeaveNoSpans() {
        given().when().get(readiness).then().statusCode(200);

        var probes = upstream("worker").find(getRequestedFor(urlPathEqualTo(WireMockUpstreams.MANAGEMENT_PATH
                + "/q/health/ready")));
        assertFalse(probes.isEmpty(), "the gateway's readiness probed no upstream");
        assertNull(probes.get(0).getHeader("traceparent"));
        // a span of the gateway's own request, exported after the probes' would have been
        given().header("Authorization", "Bearer " + TestTokens.user("sw.li").audience("gateway").token())
                .when().get("/api/workers/W0001").then().statusCode(200);
        serverSpanOf("/api/workers/W0001");
        assertEquals(List.of(), exported().stream()
                .filter(span -> String.valueOf(span.getAttributes().get(AttributeKey.stringKey("url.full")))
                        .contains(WireMockUpstreams.MANAGEMENT_PATH))
                .toList());
    }

    private SpanData serverSpanOf(String path) {
        return await().atMost(EXPORT).until(() -> exported().stream()
                .filter(span -> span.getKind() == SpanKind.SERVER)
                .filter(span -> span.getAttributes().toString().contains(path))
                .findFirst(), Optional::isPresent).orElseThrow();
    }

    private WireMock upstream(String service) {
        var url = config.routes().get(service).url();
        return new WireMock(url.getHost(), url.getPort());
    }

    private List<SpanData> exported() {
        return spans.getFinishedSpanItems();
    }
}
