package org.youthjustice.gateway.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.net.URL;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.youthjustice.gateway.config.GatewayConfig;
import org.youthjustice.platform.testing.OidcResource;

import com.github.tomakehurst.wiremock.client.WireMock;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Replicas behind a load balancer (the prod profile): one upstream down leaves the gateway ready, its readiness naming
 * the upstream that is down, so that the other routes stay served; the dead route answers 503 by itself
 * ({@link BoundedWaitsTest}).
 */
@QuarkusTest
@TestProfile(ReplicaReadinessTest.Replicas.class)
@WithTestResource(WireMockUpstreams.class)
@WithTestResource(OidcResource.class)
class ReplicaReadinessTest {

    public static class Replicas implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.health.ready-needs-upstreams", "false");
        }
    }

    /** The gateway's management interface, whose root is /q/. */
    @TestHTTPResource(value = "", management = true)
    URL management;

    @Inject
    GatewayConfig config;

    @BeforeEach
    void caseServiceIsUp() {
        var url = config.routes().get("case").url();
        WireMock cases = new WireMock(url.getHost(), url.getPort());
        cases.resetMappings();
        cases.register(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("{\"status\":\"UP\"}")));
    }

    @Test
    void anUpstreamDownIsListedButTheGatewayStaysReady() {
        given().when().get(management + "health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'upstreams' }.data.offline", equalTo("DOWN"))
                .body("checks.find { it.name == 'upstreams' }.data.case", equalTo("UP"));
    }
}
