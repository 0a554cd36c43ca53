package org.youthjustice.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.net.URL;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.youthjustice.platform.correlation.CorrelationId;
import org.youthjustice.platform.testing.OidcResource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/**
 * What the public port shows with production's settings (issue 11, item 7): the API and nothing else. Health and
 * metrics answer on the management interface only; the merged OpenAPI document and Swagger UI are switched off.
 */
@QuarkusTest
@TestProfile(PublicPortTest.ProductionDocumentation.class)
@WithTestResource(HealthyUpstreams.class)
@WithTestResource(OidcResource.class)
class PublicPortTest {

    /** The API documentation as production has it: {@code yjs.openapi.enabled} left at its default. */
    public static class ProductionDocumentation implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("yjs.openapi.enabled", "false");
        }
    }

    /** The gateway's management interface, whose root is /q/. */
    @TestHTTPResource(value = "", management = true)
    URL management;

    @Test
    void thePublicPortAnswersNoHealthMetricsOrApiDocumentation() {
        for (String path : new String[] {"/q/health", "/q/health/ready", "/q/health/live", "/q/metrics", "/openapi",
                "/q/swagger-ui", "/q/swagger-ui/", "/q/openapi"}) {
            given().header(CorrelationId.HEADER, "probe").when().get(path).then()
                    .statusCode(404).header(CorrelationId.HEADER, "probe");
        }
    }

    @Test
    void healthAndMetricsAnswerOnTheManagementInterface() {
        given().when().get(management + "health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get(management + "metrics").then().statusCode(200)
                .body(containsString("http_server_requests"));
    }

    @Test
    void theProductionProfileSwitchesTheDocumentationOff() throws IOException {
        SmallRyeConfig production = new SmallRyeConfigBuilder()
                .withProfile("prod")
                .addDefaultInterceptors()
                .withSources(new PropertiesConfigSource(PublicPortTest.class.getResource("/application.properties"), 250))
                .build();
        assertFalse(production.getValue("gateway.openapi.enabled", Boolean.class));
        assertFalse(production.getValue("quarkus.swagger-ui.enabled", Boolean.class));
    }
}
