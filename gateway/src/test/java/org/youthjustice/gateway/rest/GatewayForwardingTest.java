package org.youthjustice.gateway.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.net.URL;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.youthjustice.gateway.config.GatewayConfig;
import org.youthjustice.platform.correlation.CorrelationId;
import org.youthjustice.platform.testing.OidcResource;
import org.youthjustice.platform.testing.TestTokens;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.config.EncoderConfig;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
@WithTestResource(WireMockUpstreams.class)
@WithTestResource(OidcResource.class)
class GatewayForwardingTest {

    /** The gateway's management interface, whose root is /q/. */
    @TestHTTPResource(value = "", management = true)
    URL management;

    private String token;

    @Inject
    GatewayConfig config;

    private Map<String, WireMock> upstreams;

    @BeforeEach
    void resetUpstreams() {
        // A gateway that hangs must fail the test, not stall the build.
        RestAssured.config = RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
                .setParam("http.connection.timeout", 5_000)
                .setParam("http.socket.timeout", 20_000));
        token = "Bearer " + TestTokens.user("sw.li").audience("gateway").token();
        RestAssured.requestSpecification = new RequestSpecBuilder().addHeader("Authorization", token).build();
        upstreams = Map.of(
                "case", upstream("case"),
                "worker", upstream("worker"),
                "procurement", upstream("procurement"),
                "notification", upstream("notification"));
        upstreams.forEach((name, upstream) -> {
            upstream.resetMappings();
            upstream.resetRequests();
            upstream.register(any(anyUrl()).willReturn(aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "text/plain")
                    .withBody("answered by " + name)));
        });
    }

    @AfterEach
    void forgetTheToken() {
        RestAssured.requestSpecification = null;
    }

    @ParameterizedTest
    @CsvSource({
            "/api/cases, case, /cases",
            "/api/cases/GZ-2026-000123?x=1, case, /cases/GZ-2026-000123?x=1",
            "/api/case-imports/7, case, /case-imports/7",
            "/api/audit-events?page=2&size=50, case, /audit-events?page=2&size=50",
            "/api/regions/440103, case, /regions/440103",
            "/api/case-exports?purpose=INSPECTION, case, /case-exports?purpose=INSPECTION",
            "/api/agencies, worker, /agencies",
            "/api/workers/42/caseload, worker, /workers/42/caseload",
            "/api/caseloads?agency=A1, worker, /caseloads?agency=A1",
            "/api/rosters, worker, /rosters",
            "/api/allocations/recommendations, worker, /allocations/recommendations",
            "/api/contracts/C-9/ocds, procurement, /contracts/C-9/ocds",
            "/api/cost-estimates, procurement, /cost-estimates",
            "/api/provider-agencies?code=91440101MA5CXXXX0X, procurement, /provider-agencies?code=91440101MA5CXXXX0X",
            "/api/purchasing-departments/DP-4401-JUSTICE, procurement, /purchasing-departments/DP-4401-JUSTICE",
            "/api/contract-statistics, procurement, /contract-statistics",
            "/api/ocds/releases?page=1, procurement, /ocds/releases?page=1",
            "/api/notifications/stream, notification, /notifications/stream",
            "/api/webhooks/3/deliveries, notification, /webhooks/3/deliveries",
    })
    void forwardsEachPrefixToItsServiceWithoutApiAndWithTheQuery(String publicUri, String service,
            String upstreamUri) {
        given().urlEncodingEnabled(false)
                .when().get(publicUri)
                .then().statusCode(200)
                .body(equalTo("answered by " + service));

        upstreams.get(service).verifyThat(1, getRequestedFor(urlEqualTo(upstreamUri)));
        upstreams.forEach((name, upstream) -> {
            if (!name.equals(service)) {
                upstream.verifyThat(0, anyRequestedFor(anyUrl()));
            }
        });
    }

    @Test
    void keepsAnEncodedQueryAsItWasSent() {
        given().urlEncodingEnabled(false)
                .when().get("/api/cases?q=%E5%BC%A0%2A&sort=opened,desc")
                .then().statusCode(200);

        upstreams.get("case").verifyThat(1, getRequestedFor(urlEqualTo("/cases?q=%E5%BC%A0%2A&sort=opened,desc")));
    }

    @Test
    void aLongerNameIsNotAPrefixMatch() {
        given().when().get("/api/casesX/1")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://youthjustice.org/problems/not-found"))
                .body("title", equalTo("Not found"))
                .body("status", equalTo(404))
                .body("detail", not(nullValue()))
                .body("instance", equalTo("/api/casesX/1"));

        upstreams.values().forEach(upstream -> upstream.verifyThat(0, anyRequestedFor(anyUrl())));
    }

    @Test
    void unknownPathsOutsideTheApiAreProblemsToo() {
        given().when().get("/nothing-here")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://youthjustice.org/problems/not-found"))
                .body("status", equalTo(404))
                .body("instance", equalTo("/nothing-here"));
    }

    @Test
    void theAdminKeyRotationReachesTheCaseService() {
        given().contentType(ContentType.JSON)
                .when().post("/api/identity-key-rotations")
                .then().statusCode(200)
                .body(equalTo("answered by case"));

        upstreams.get("case").verifyThat(1, postRequestedFor(urlEqualTo("/identity-key-rotations"))
                .withHeader("Authorization", WireMock.equalTo(token)));
    }

    @Test
    void deadLetterReplaysAreNotRouted() {
        // Every service has its own; an operator calls the one whose consumer it concerns, directly.
        given().contentType(ContentType.JSON).body("{\"channel\": \"cases\"}")
                .when().post("/api/dead-letter-replays")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("instance", equalTo("/api/dead-letter-replays"));

        upstreams.values().forEach(upstream -> upstream.verifyThat(0, anyRequestedFor(anyUrl())));
    }

    @Test
    void postBodyAndAuthorizationArriveUnchanged() {
        byte[] body = new byte[512 * 1024];
        new Random(7).nextBytes(body);

        given().config(RestAssured.config().encoderConfig(
                        EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .contentType(ContentType.BINARY)
                .body(body)
                .when().post("/api/cases/GZ-2026-000123/visits")
                .then().statusCode(200);

        upstreams.get("case").verifyThat(1, postRequestedFor(urlEqualTo("/cases/GZ-2026-000123/visits"))
                .withHeader("Authorization", WireMock.equalTo(token))
                .withHeader("Content-Type", WireMock.equalTo("application/octet-stream"))
                .withRequestBody(binaryEqualTo(body)));
    }

    @Test
    void dropsHopByHopHeadersAndSetsForwardedHeaders() {
        given().header("Connection", "keep-alive, X-Client-Hop")
                .header("X-Client-Hop", "only for the next hop")
                .header("Keep-Alive", "timeout=5")
                .header("Proxy-Authorization", "Basic c2VjcmV0")
                .header("TE", "trailers")
                .header("X-Forwarded-For", "203.0.113.66")
                .header("X-Forwarded-Host", "evil.example")
                .header("Forwarded", "for=203.0.113.66")
                .header("X-End-To-End", "kept")
                .when().get("/api/workers/42")
                .then().statusCode(200);

        upstreams.get("worker").verifyThat(1, getRequestedFor(urlEqualTo("/workers/42"))
                .withoutHeader("X-Client-Hop")
                .withoutHeader("Keep-Alive")
                .withoutHeader("Proxy-Authorization")
                .withoutHeader("TE")
                .withoutHeader("Forwarded")
                .withHeader("X-End-To-End", WireMock.equalTo("kept"))
                .withHeader("X-Forwarded-For", WireMock.equalTo("127.0.0.1"))
                .withHeader("X-Forwarded-Proto", WireMock.equalTo("http"))
                .withHeader("X-Forwarded-Host", WireMock.equalTo("localhost:" + RestAssured.port))
                .withHeader("X-Forwarded-Prefix", WireMock.equalTo("/api")));
    }

    @Test
    void returnsTheUpstreamStatusHeadersAndBody() {
        upstreams.get("procurement").register(post(urlPathEqualTo("/contracts")).willReturn(aResponse()
                .withStatus(201)
                .withHeader("Location", "/contracts/C-10")
                .withHeader("ETag", "\"1\"")
                .withHeader("Keep-Alive", "timeout=30")
                .withHeader("Content-Type", "application/json")
                .withBody("{\"id\":\"C-10\"}")));

        given().contentType(ContentType.JSON)
                .body("{\"serviceType\":\"JUDICIAL\"}")
                .when().post("/api/contracts")
                .then().statusCode(201)
                .header("Location", "/contracts/C-10")
                .header("ETag", "\"1\"")
                .header("Keep-Alive", nullValue())
                .contentType(ContentType.JSON)
                .body("id", equalTo("C-10"));
    }

    @Test
    void passesUpstreamErrorsThrough() {
        upstreams.get("notification").register(get(urlPathEqualTo("/notifications")).willReturn(aResponse()
                .withStatus(403)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\":403,\"title\":\"Forbidden\"}")));

        given().when().get("/api/notifications")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("title", equalTo("Forbidden"));
    }

    @Test
    void anUnreachableUpstreamIsABadGatewayProblem() {
        Response response = given().contentType(ContentType.JSON)
                .body("{\"a\":1}")
                .when().post("/api/offline/things?secret=1");

        response.then().statusCode(502)
                .contentType("application/problem+json")
                .body("type", equalTo("https://youthjustice.org/problems/bad-gateway"))
                .body("title", equalTo("Bad gateway"))
                .body("status", equalTo(502))
                .body("detail", containsString("offline"))
                .body("detail", not(containsString("127.0.0.1")))
                .body("instance", equalTo("/api/offline/things"))
                .header(CorrelationId.HEADER, not(nullValue()))
                .body("correlationId", equalTo(response.header(CorrelationId.HEADER)));
    }

    /**
     * What a pooled keep-alive connection looks like when the upstream (or the pool's expiry) closed it just as it was
     * handed out: the upstream closes without answering. A GET is sent once more on a new connection; a POST, which
     * the upstream may have carried out, is not (502).
     */
    @Test
    void aSafeRequestWhoseConnectionClosesBeforeTheAnswerIsSentOnceMore() {
        upstreams.get("case").register(get(urlPathEqualTo("/regions/440103")).inScenario("stale connection")
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("reconnected")
                .willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));
        upstreams.get("case").register(get(urlPathEqualTo("/regions/440103")).inScenario("stale connection")
                .whenScenarioStateIs("reconnected")
                .willReturn(aResponse().withStatus(200).withBody("answered on a new connection")));
        upstreams.get("worker").register(post(urlPathEqualTo("/agencies"))
                .willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));

        given().when().get("/api/regions/440103")
                .then().statusCode(200)
                .body(equalTo("answered on a new connection"));
        given().contentType(ContentType.JSON).body("{\"code\":\"A1\"}")
                .when().post("/api/agencies")
                .then().statusCode(502)
                .contentType("application/problem+json");

        upstreams.get("case").verifyThat(2, getRequestedFor(urlEqualTo("/regions/440103")));
        upstreams.get("worker").verifyThat(1, postRequestedFor(urlEqualTo("/agencies")));
    }

    @Test
    void aSilentUpstreamIsAGatewayTimeoutProblem() {
        upstreams.get("case").register(get(urlPathEqualTo("/regions")).willReturn(aResponse()
                .withStatus(200)
                .withFixedDelay(10_000)));

        given().when().get("/api/regions")
                .then().statusCode(504)
                .contentType("application/problem+json")
                .body("type", equalTo("https://youthjustice.org/problems/gateway-timeout"))
                .body("title", equalTo("Gateway timeout"))
                .body("instance", equalTo("/api/regions"));
    }

    @Test
    void keepsTheCallersRequestIdAsTheClientsAndSendsTheGatewaysOwnAsTheCorrelationId() {
        upstreams.get("case").register(get(urlPathEqualTo("/cases")).willReturn(aResponse()
                .withStatus(200)
                .withHeader(CorrelationId.HEADER, "upstream-made-up-id")
                .withBody("[]")));

        Response response = given().header(CorrelationId.HEADER, "app-4f1c.17")
                .header(CorrelationId.CLIENT_HEADER, "smuggled-past")
                .when().get("/api/cases");

        assertThat(response.statusCode(), equalTo(200));
        assertThat(response.headers().getValues(CorrelationId.HEADER), contains("app-4f1c.17"));
        var forwarded = upstreams.get("case").find(getRequestedFor(urlEqualTo("/cases"))
                .withHeader(CorrelationId.CLIENT_HEADER, WireMock.equalTo("app-4f1c.17")));
        assertThat(forwarded.size(), equalTo(1));
        String correlationId = forwarded.get(0).getHeader(CorrelationId.HEADER);
        assertThat(UUID.fromString(correlationId).toString(), equalTo(correlationId));
        assertThat(forwarded.get(0).getHeaders().getHeader(CorrelationId.CLIENT_HEADER).values(),
                contains("app-4f1c.17"));
    }

    @Test
    void generatesARequestIdWhenThereIsNoneAndSendsItUpstream() {
        Response response = given().when().get("/api/rosters");

        String id = response.header(CorrelationId.HEADER);
        assertThat(UUID.fromString(id).toString(), equalTo(id));
        upstreams.get("worker").verifyThat(1, getRequestedFor(urlEqualTo("/rosters"))
                .withHeader(CorrelationId.HEADER, WireMock.equalTo(id)));
    }

    @Test
    void replacesARequestIdThatCouldForgeALogLine() {
        Response response = given().header(CorrelationId.HEADER, "abc\tlevel=ERROR fake")
                .when().get("/api/rosters");

        String id = response.header(CorrelationId.HEADER);
        assertThat(UUID.fromString(id).toString(), equalTo(id));
        upstreams.get("worker").verifyThat(1, getRequestedFor(urlEqualTo("/rosters"))
                .withHeader(CorrelationId.HEADER, WireMock.equalTo(id)));
    }

    @Test
    void problemsCarryTheRequestId() {
        Response gateways = given().when().get("/api/unknown");

        assertThat(gateways.statusCode(), equalTo(404));
        assertThat(gateways.jsonPath().getString("correlationId"), equalTo(gateways.header(CorrelationId.HEADER)));

        Response callers = given().header(CorrelationId.HEADER, "trace-me").when().get("/api/unknown");

        assertThat(callers.statusCode(), equalTo(404));
        assertThat(callers.header(CorrelationId.HEADER), equalTo("trace-me"));
        // the document names the gateway's own id, the one its log lines carry, as a service's problem would
        String correlationId = callers.jsonPath().getString("correlationId");
        assertThat(UUID.fromString(correlationId).toString(), equalTo(correlationId));
    }

    @Test
    void healthAndMetricsAreServedByTheGatewayItself() {
        given().when().get(management + "health/live").then().statusCode(200).body("status", equalTo("UP"));

        given().when().get("/api/cases/GZ-2026-000999").then().statusCode(200);

        String metrics = given().when().get(management + "metrics").then().statusCode(200).extract().asString();
        assertThat(metrics, containsString("uri=\"/api/cases/*\""));
        assertThat(metrics, not(containsString("GZ-2026-000999")));
    }

    private WireMock upstream(String name) {
        var url = config.routes().get(name).url();
        return new WireMock(url.getHost(), url.getPort());
    }
}
