package org.youthjustice.cases.rest;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Health and metrics answer on the management interface, a port of its own that the gateway never routes, and not
 * on the service's API port; the API documentation is off in production (issue 11, item 7).
 */
@QuarkusTest
class ManagementInterfaceTest {

    // relative to the management interface's root, which is /q/
    @TestHTTPResource(value = "health/ready", management = true)
    URL readiness;

    @TestHTTPResource(value = "metrics", management = true)
    URL metrics;

    @Test
    void healthAndMetricsAnswerOnTheManagementPortOnly() {
        given().when().get(readiness).then().statusCode(200).body("status", equalTo("UP"));
        given().when().get(metrics).then().statusCode(200).body(containsString("http_server_requests"));

        given().when().get("/q/health/ready").then().statusCode(404);
        given().when().get("/q/health").then().statusCode(404);
        given().when().get("/q/metrics").then().statusCode(404);
    }

    @Test
    void theProductionProfileServesNoApiDocumentation() throws IOException {
        SmallRyeConfigBuilder builder = new SmallRyeConfigBuilder()
                .withProfile("prod")
                .addDefaultInterceptors()
                .withSources(new PropertiesConfigSource(
                        ManagementInterfaceTest.class.getResource("/application.properties"), 250));
        // the platform jars' defaults, where the switch lives (platform-problem), as the packaged service reads them
        for (URL defaults : Collections.list(ManagementInterfaceTest.class.getClassLoader()
                .getResources("META-INF/microprofile-config.properties"))) {
            builder.withSources(new PropertiesConfigSource(defaults, 100));
        }
        SmallRyeConfig production = builder.build();
        assertFalse(production.getValue("quarkus.smallrye-openapi.enabled", Boolean.class));
        assertFalse(production.getValue("quarkus.swagger-ui.enabled", Boolean.class));
    }
}
