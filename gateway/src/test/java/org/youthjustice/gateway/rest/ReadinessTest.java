package org.youthjustice.gateway.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.net.URL;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.youthjustice.gateway.config.GatewayConfig;
import org.youthjustice.platform.testing.OidcResource;

import com.github.tomakehurst.wiremock.client.WireMock;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Ready when every upstream is, as each upstream's management interface says (the case of an upstream down is in
 * {@link GatewayProtectionTest}).
 */
@QuarkusTest
@WithTestResource(HealthyUpstreams.class)
@WithTestResource(OidcResource.class)
class ReadinessTest {

    @Inject
    GatewayConfig config;

    /** The gateway's readiness, on its management interface (whose root is /q/). */
    @TestHTTPResource(value = "health/ready", management = true)
    URL readiness;

    @Test
    void theGatewayIsReadyWhenEveryUpstreamIsReady() {
        for (String name : WireMockUpstreams.SERVICES) {
            var url = config.routes().get(name).url();
            WireMock upstream = new WireMock(url.getHost(), url.getPort());
            upstream.resetMappings();
            upstream.register(get(urlEqualTo(WireMockUpstreams.MANAGEMENT_PATH + "/q/health/ready")).willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", "application/json").withBody("{\"status\":\"UP\",\"checks\":[]}")));
        }

        given().when().get(readiness)
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'upstreams' }.data.case", equalTo("UP"))
                .body("checks.find { it.name == 'upstreams' }.data.notification", equalTo("UP"));
    }
}
