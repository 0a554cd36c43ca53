package org.youthjustice.platform.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Behind the gateway a client calls {@code https://api.example/api/cases/...}; problem documents and
 * {@code Location} headers must name that path, not the service's own address, or a client would follow a link
 * it cannot reach.
 */
@QuarkusTest
class PublicPathTest {

    @Test
    void problemInstanceIsThePathTheClientCalledThroughTheGateway() {
        given().header("X-Forwarded-Prefix", "/api")
                .when().get("/probe/problems/not-found")
                .then().statusCode(404)
                .body("instance", equalTo("/api/probe/problems/not-found"));
    }

    @Test
    void locationOfACreatedResourceIsThePublicAddress() {
        given().header("X-Forwarded-Prefix", "/api")
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "api.youth-justice.example")
                .when().post("/probe/widgets/named/a")
                .then().statusCode(201)
                .header("Location", equalTo("https://api.youth-justice.example/api/probe/widgets/named/a/1"));
    }

    @Test
    void withoutTheGatewayThePathIsTheServicesOwn() {
        given().when().get("/probe/problems/not-found")
                .then().statusCode(404)
                .body("instance", equalTo("/probe/problems/not-found"));
    }
}
