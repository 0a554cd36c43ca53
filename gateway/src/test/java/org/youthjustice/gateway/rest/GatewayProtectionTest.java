package org.youthjustice.gateway.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.youthjustice.gateway.config.GatewayConfig;
import org.youthjustice.platform.testing.OidcResource;
import org.youthjustice.platform.testing.TestTokens;

import com.github.tomakehurst.wiremock.client.WireMock;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/**
 * What the gateway does to protect the services and the callers: rate limits, body size limit, circuit breakers,
 * CORS, security headers, readiness of the upstreams. Limits are set small by {@link WireMockUpstreams}.
 */
@QuarkusTest
@WithTestResource(WireMockUpstreams.class)
@WithTestResource(OidcResource.class)
class GatewayProtectionTest {

    /** The gateway's management interface, whose root is /q/. */
    @TestHTTPResource(value = "", management = true)
    URL management;

    @Inject
    GatewayConfig config;

    private WireMock cases;

    @BeforeEach
    void resetUpstream() {
        var url = config.routes().get("case").url();
        cases = new WireMock(url.getHost(), url.getPort());
        cases.resetMappings();
        cases.resetRequests();
        cases.register(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("[]")));
    }

    @Test
    void aUserOverItsLimitGets429WithRetryAfterAndTheUpstreamIsSpared() {
        String token = bearer(TestTokens.user("user-" + UUID.randomUUID()).clientId("tight-app"));
        for (int i = 0; i < 3; i++) {
            given().header("Authorization", token).when().get("/api/cases").then().statusCode(200);
        }

        given().header("Authorization", token)
                .when().get("/api/cases")
                .then().statusCode(429)
                .contentType("application/problem+json")
                .body("type", equalTo("https://youthjustice.org/problems/too-many-requests"))
                .body("title", equalTo("Too many requests"))
                .body("status", equalTo(429))
                .header("Retry-After", Integer::parseInt, org.hamcrest.Matchers.both(
                        org.hamcrest.Matchers.greaterThanOrEqualTo(1)).and(org.hamcrest.Matchers.lessThanOrEqualTo(60)));
        cases.verifyThat(3, getRequestedFor(urlPathEqualTo("/cases")));

        // The client's limit (5) is shared by its users: another user gets the 2 that are left.
        String other = bearer(TestTokens.user("user-" + UUID.randomUUID()).clientId("tight-app"));
        given().header("Authorization", other).when().get("/api/cases").then().statusCode(200);
        given().header("Authorization", other).when().get("/api/cases").then().statusCode(200);
        given().header("Authorization", other).when().get("/api/cases").then().statusCode(429)
                .header("Retry-After", org.hamcrest.Matchers.notNullValue());

        // Other clients keep their own, larger limits.
        given().header("Authorization", bearer(TestTokens.user("sw.li"))).when().get("/api/cases")
                .then().statusCode(200);
    }

    @Test
    void aBodyOverTheLimitIs413AndNeverForwarded() {
        byte[] body = new byte[1024 * 1024 + 1];

        given().header("Authorization", bearer(TestTokens.user("sw.li")))
                .contentType(ContentType.BINARY)
                .body(body)
                .when().post("/api/cases")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("https://youthjustice.org/problems/payload-too-large"))
                .body("title", equalTo("Payload too large"))
                .body("status", equalTo(413))
                .body("instance", equalTo("/api/cases"));

        cases.verifyThat(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aChunkedBodyOverTheLimitIs413() throws Exception {
        byte[] body = new byte[1024 * 1024 + 64 * 1024];
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + "/api/cases"))
                .header("Authorization", bearer(TestTokens.user("sw.li")))
                .header("Content-Type", "application/octet-stream")
                // A publisher of unknown length: the body goes chunked, without Content-Length.
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .timeout(Duration.ofSeconds(20))
                .build();

        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode(), equalTo(413));
        assertThat(response.headers().firstValue("Content-Type").orElseThrow(), equalTo("application/problem+json"));
        assertThat(response.body(), containsString("\"type\":\"https://youthjustice.org/problems/payload-too-large\""));
        assertThat(response.body(), containsString("\"status\":413"));
    }

    @Test
    void aRouteThatKeepsFailingAnswers503AtOnceWhileItsBreakerIsOpen() {
        String token = bearer(TestTokens.user("sw.li"));
        for (int i = 0; i < 3; i++) {
            given().header("Authorization", token).when().get("/api/broken/things").then().statusCode(502);
        }

        given().header("Authorization", token)
                .when().get("/api/broken/things")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .body("type", equalTo("https://youthjustice.org/problems/service-unavailable"))
                .body("title", equalTo("Service unavailable"))
                .body("status", equalTo(503))
                .body("detail", containsString("broken"))
                .header("Retry-After", org.hamcrest.Matchers.notNullValue());

        // One route's breaker leaves the others alone.
        given().header("Authorization", token).when().get("/api/cases").then().statusCode(200);
    }

    @Test
    void callersWhoLeaveBeforeTheAnswerDoNotOpenTheBreaker() throws Exception {
        cases.register(get(urlPathEqualTo("/cases/slow")).willReturn(aResponse().withStatus(200).withFixedDelay(3000)));
        String token = bearer(TestTokens.user("sw.li"));
        // more than the breaker's threshold (3): each leaves while the upstream is still working on its request
        for (int i = 1; i <= 5; i++) {
            int forwarded = i;
            try (Socket socket = new Socket("localhost", RestAssured.port)) {
                OutputStream out = socket.getOutputStream();
                out.write(("GET /api/cases/slow HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + token + "\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                await().atMost(Duration.ofSeconds(10)).until(
                        () -> cases.find(getRequestedFor(urlPathEqualTo("/cases/slow"))).size() == forwarded);
            }
        }

        // the gateway resets each abandoned upstream request at once; none of them may count as the upstream failing
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                given().header("Authorization", token).when().get("/api/cases").then().statusCode(200));
    }

    @Test
    void aPreflightFromAConfiguredOriginIsAllowed() {
        given().header("Origin", WireMockUpstreams.CORS_ORIGIN)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .when().options("/api/cases")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", WireMockUpstreams.CORS_ORIGIN)
                .header("Access-Control-Allow-Methods", containsString("POST"));

        cases.verifyThat(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aPreflightFromAnotherOriginIsRefused() {
        given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "GET")
                .when().options("/api/cases")
                .then().statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());

        cases.verifyThat(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void responsesCarrySecurityHeadersAndApiAnswersAreNotCached() {
        given().header("Authorization", bearer(TestTokens.user("sw.li")))
                .when().get("/api/cases")
                .then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("Strict-Transport-Security", "max-age=31536000")
                .header("Cache-Control", "no-store");

        given().when().get("/api/cases")
                .then().statusCode(401)
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "no-store");
    }

    @Test
    void theGatewayIsNotReadyWhileAnUpstreamIsDownButStaysAlive() {
        given().when().get(management + "health/ready")
                .then().statusCode(503)
                .body("status", equalTo("DOWN"))
                .body("checks.find { it.name == 'upstreams' }.data.offline", equalTo("DOWN"))
                .body("checks.find { it.name == 'upstreams' }.data.case", equalTo("UP"));

        given().when().get(management + "health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    private static String bearer(TestTokens tokens) {
        return "Bearer " + tokens.audience("gateway").token();
    }
}
