package org.youthjustice.gateway.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.youthjustice.gateway.domain.RouteTable;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The deployment sets upstream URLs through environment variables; map-valued configuration is where such
 * overrides silently fail, so this runs with the variables that the build sets for it (see the surefire
 * configuration in pom.xml) and no other override.
 */
@QuarkusTest
class EnvironmentOverrideTest {

    @Inject
    GatewayConfig config;

    @Inject
    RouteTable routes;

    @Test
    void environmentVariablesOverrideEachRouteUrl() {
        assertEquals(URI.create("http://case.internal:9081"), config.routes().get("case").url());
        assertEquals(URI.create("http://worker.internal:9082"), config.routes().get("worker").url());
        assertEquals(URI.create("http://procurement.internal:9083"), config.routes().get("procurement").url());
        assertEquals(URI.create("https://notification.internal:9443/base"), config.routes().get("notification").url());
    }

    @Test
    void anEnvironmentVariableMovesARoutesReadinessProbeToTheServicesManagementInterface() {
        assertEquals(URI.create("http://case.internal:9181"), routes.match("/api/cases").orElseThrow().route().management());
        assertEquals(URI.create("http://127.0.0.1:9082"), routes.match("/api/workers").orElseThrow().route().management());
    }

    @Test
    void everyRouteWaitsTenSecondsForItsServiceByDefault() {
        for (String name : List.of("case", "worker", "procurement", "notification")) {
            assertEquals(Duration.ofSeconds(10), routes.routes().stream()
                    .filter(route -> route.name().equals(name)).findFirst().orElseThrow().timeout(), name);
        }
    }

    @Test
    void theRoutingTableUsesTheOverriddenUrlsAndKeepsThePrefixes() {
        assertEquals(URI.create("http://case.internal:9081"), routes.match("/api/audit-events").orElseThrow().route().upstream());
        assertEquals(List.of("/api/notifications", "/api/webhooks", "/api/notification-preferences"),
                config.routes().get("notification").prefixes());
        assertEquals("/base/webhooks/3", routes.match("/api/webhooks/3").orElseThrow().upstreamPath("/api/webhooks/3"));
    }
}
