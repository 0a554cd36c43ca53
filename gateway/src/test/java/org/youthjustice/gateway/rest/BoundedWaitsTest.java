package org.youthjustice.gateway.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.oneOf;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.youthjustice.gateway.config.GatewayConfig;
import org.youthjustice.platform.testing.OidcResource;
import org.youthjustice.platform.testing.TestTokens;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * How long a caller can be kept waiting behind a stalled upstream: the route's deadline (504), the breaker that
 * counts timeouts (503), the bounded queue for connections (503) and the fail-fast on an upstream that fails its
 * readiness probes (503). Timing bounds are loose, for a loaded machine: they tell "within the deadline" from "after
 * the upstream's 15 s delay".
 */
@QuarkusTest
@WithTestResource(StalledUpstreams.class)
@WithTestResource(OidcResource.class)
class BoundedWaitsTest {

    /** The gateway's readiness, on its management interface (whose root is /q/). */
    @TestHTTPResource(value = "health/ready", management = true)
    URL readiness;

    /** Far beyond every route's timeout here: an upstream that answers only after it is as good as hung. */
    private static final int HUNG_MILLIS = 15_000;

    /** What a machine under load may add to a deadline before the gateway's answer arrives. */
    private static final Duration MARGIN = Duration.ofSeconds(5);

    /** The fail-fast's answer (the breaker's 503 says "is failing"). */
    private static final Predicate<Answer> SAYS_NOT_READY =
            answer -> answer.status() == 503 && answer.body().contains("service is not ready");

    private static final Predicate<Answer> SERVED = answer -> answer.status() == 200;

    /** The type of every 503 the gateway answers itself, whichever of its mechanisms refused. */
    private static final String SERVICE_UNAVAILABLE =
            "\"type\":\"https://youthjustice.org/problems/service-unavailable\"";

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @Inject
    GatewayConfig config;

    private String token;

    @BeforeEach
    void readyUpstreamsAndAWarmGateway() {
        allUpstreams().forEach(upstream -> {
            upstream.resetMappings();
            upstream.register(readinessProbe().willReturn(aResponse().withStatus(200)));
        });
        // A user of its own per test, so that no rate limit is shared between tests.
        token = "Bearer " + TestTokens.user("user-" + UUID.randomUUID()).audience("gateway").token();
        // The first request of a fresh gateway is slow (token keys, class loading): not in a measured one.
        send(request("/api/patient/warm-up"));
        allUpstreams().forEach(WireMock::resetRequests);
    }

    @Test
    void anUpstreamSilentPastTheRoutesTimeoutIsA504ProblemWithinIt() {
        upstream("hasty").register(any(urlPathMatching("/hasty/.*")).willReturn(aResponse()
                .withStatus(201)
                .withFixedDelay(HUNG_MILLIS)));

        Answer answer = send(HttpRequest.newBuilder(gateway("/api/hasty/referrals"))
                .header("Idempotency-Key", "a1b2c3")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"x\"}")));

        assertThat(answer.status(), equalTo(504));
        assertThat(answer.contentType(), equalTo("application/problem+json"));
        assertThat(answer.body(), containsString("\"type\":\"https://youthjustice.org/problems/gateway-timeout\""));
        assertThat(answer.body(), containsString("\"title\":\"Gateway timeout\""));
        assertThat(answer.body(), containsString("Idempotency-Key"));
        assertThat(answer.took(), greaterThanOrEqualTo(Duration.ofMillis(1_900)));
        assertThat(answer.took(), lessThan(Duration.ofSeconds(2).plus(MARGIN)));
        upstream("hasty").verifyThat(1, postRequestedFor(urlPathEqualTo("/hasty/referrals")));
    }

    @Test
    void eachRouteHasItsOwnTimeout() {
        WireMock timing = upstream("hasty");
        timing.register(any(urlPathMatching("/(hasty|patient)/.*")).willReturn(aResponse()
                .withStatus(200)
                .withBody("slow but fine")
                .withFixedDelay(4_000)));

        Answer hasty = send(request("/api/hasty/reports"));
        Answer patient = send(request("/api/patient/reports"));

        assertThat("hasty waits 2s", hasty.status(), equalTo(504));
        assertThat("patient waits the default 10s", patient.status(), equalTo(200));
        assertThat(patient.body(), equalTo("slow but fine"));
    }

    @Test
    void concurrentTimeoutsOpenTheBreakerWhichThenAnswers503WithoutCallingTheUpstream() {
        WireMock tripping = upstream("tripping");
        tripping.register(any(urlPathMatching("/tripping/.*")).willReturn(aResponse()
                .withStatus(200)
                .withFixedDelay(HUNG_MILLIS)));
        RequestPatternBuilder calls = anyRequestedFor(urlPathMatching("/tripping/.*"));

        List<Answer> timedOut = sendAtOnce(5, "/api/tripping/things");

        assertThat(timedOut.stream().map(Answer::status).toList(), everyItem(is(504)));
        tripping.verifyThat(5, calls);

        Answer refused = send(request("/api/tripping/things"));

        assertThat(refused.status(), equalTo(503));
        assertThat(refused.contentType(), equalTo("application/problem+json"));
        assertThat(refused.body(), containsString(SERVICE_UNAVAILABLE));
        assertThat(refused.body(), containsString("The tripping service is failing"));
        assertThat(refused.retryAfter(), notNullValue());
        assertThat("answered at once, not after the timeout", refused.took(), lessThan(Duration.ofSeconds(2)));
        tripping.verifyThat(5, calls);
    }

    @Test
    void beyondThePoolAndItsQueueRequestsGet503WithRetryAfterAtOnce() {
        WireMock crowded = upstream("crowded");
        crowded.register(any(urlPathMatching("/crowded/.*")).willReturn(aResponse()
                .withStatus(200)
                .withFixedDelay(HUNG_MILLIS)));

        // 5 pooled connections and 2 waiting places: the other 5 (at least; connections still being opened count
        // against the queue too) are turned away, and nothing frees a connection before the 4s timeout.
        List<Answer> answers = sendAtOnce(12, "/api/crowded/things");

        List<Answer> refused = answers.stream().filter(answer -> answer.status() == 503).toList();
        assertThat(refused.size(), greaterThanOrEqualTo(12 - 5 - 2));
        assertThat(answers.stream().map(Answer::status).toList(), everyItem(oneOf(503, 504)));
        for (Answer answer : refused) {
            assertThat(answer.contentType(), equalTo("application/problem+json"));
            assertThat(answer.body(), containsString(SERVICE_UNAVAILABLE));
            assertThat(answer.retryAfter(), equalTo("1"));
            assertThat("answered at once, not after waiting", answer.took(), lessThan(Duration.ofSeconds(3)));
        }
        assertThat(crowded.find(anyRequestedFor(urlPathMatching("/crowded/.*"))).size(), lessThanOrEqualTo(5 + 2));
    }

    @Test
    void aHungUpstreamIsCutOffOnceItFailsItsProbesAndComesBackByItself() throws InterruptedException {
        WireMock sleepy = upstream("sleepy");
        // Like a stopped process: neither the API nor the readiness probe answers.
        sleepy.resetMappings();
        sleepy.register(any(anyUrl()).willReturn(aResponse().withStatus(200).withFixedDelay(HUNG_MILLIS)));

        // Each timeout has the gateway probe it; three failed probes later it answers at once.
        Answer refused = awaitAnswer("/api/sleepy/things", SAYS_NOT_READY, Duration.ofSeconds(30));

        assertThat(refused.contentType(), equalTo("application/problem+json"));
        assertThat(refused.retryAfter(), notNullValue());
        int calls = sleepy.find(anyRequestedFor(urlPathMatching("/sleepy/.*"))).size();
        Answer again = send(request("/api/sleepy/things"));
        assertThat(again.status(), equalTo(503));
        assertThat("answered at once, not after the 2s timeout", again.took(), lessThan(Duration.ofSeconds(2)));
        sleepy.verifyThat(calls, anyRequestedFor(urlPathMatching("/sleepy/.*")));

        sleepy.resetMappings();
        sleepy.register(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("back")));

        // The next probe brings it back; a breaker opened on the way (a slow machine) needs its cool-down too.
        Answer back = awaitAnswer("/api/sleepy/things", SERVED, Duration.ofSeconds(20));
        assertThat(back.body(), equalTo("back"));
    }

    @Test
    void anUpstreamThatSaysItIsNotReadyIsCutOffAndComesBackWhenItIs() throws InterruptedException {
        WireMock unready = upstream("unready");
        unready.register(any(urlPathMatching("/unready/.*")).willReturn(aResponse().withStatus(200)));
        unready.register(readinessProbe().willReturn(aResponse().withStatus(503)
                .withHeader("Content-Type", "application/json").withBody("{\"status\":\"DOWN\"}")));
        // The gateway's own readiness check asks every upstream: what it learns starts the probing.
        assertThat(send(HttpRequest.newBuilder(URI.create(readiness.toString())).GET()).status(), equalTo(503));

        awaitAnswer("/api/unready/things", SAYS_NOT_READY, Duration.ofSeconds(10));

        int calls = unready.find(anyRequestedFor(urlPathMatching("/unready/.*"))).size();
        Answer refused = send(request("/api/unready/things"));
        assertThat(refused.status(), equalTo(503));
        assertThat(refused.body(), containsString(SERVICE_UNAVAILABLE));
        assertThat(refused.body(), containsString("The unready service is not ready"));
        assertThat(refused.retryAfter(), notNullValue());
        unready.verifyThat(calls, anyRequestedFor(urlPathMatching("/unready/.*")));

        unready.register(readinessProbe().willReturn(aResponse().withStatus(200)));

        awaitAnswer("/api/unready/things", SERVED, Duration.ofSeconds(10));
    }

    private record Answer(int status, String contentType, String retryAfter, String body, Duration took) {
    }

    private static MappingBuilder readinessProbe() {
        return get(urlEqualTo("/q/health/ready")).atPriority(1);
    }

    private Answer awaitAnswer(String path, Predicate<Answer> expected, Duration within) {
        return await("an answer from " + path).atMost(within).pollInterval(Duration.ofMillis(200))
                .until(() -> send(request(path)), expected::test);
    }

    private List<Answer> sendAtOnce(int count, String path) {
        List<CompletableFuture<Answer>> pending = IntStream.range(0, count)
                .mapToObj(i -> sendAsync(request(path)))
                .toList();
        return pending.stream().map(CompletableFuture::join).toList();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(gateway(path)).GET();
    }

    private Answer send(HttpRequest.Builder request) {
        return sendAsync(request).join();
    }

    private CompletableFuture<Answer> sendAsync(HttpRequest.Builder builder) {
        HttpRequest request = builder.header("Authorization", token)
                // A gateway that hangs fails the test instead of stalling the build.
                .timeout(Duration.ofSeconds(20))
                .build();
        long start = System.nanoTime();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).handle((response, failure) -> {
            if (failure != null) {
                throw new AssertionError("no answer from the gateway for " + request.uri(), failure);
            }
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                    response.headers().firstValue("Retry-After").orElse(null), response.body(),
                    Duration.ofNanos(System.nanoTime() - start));
        });
    }

    private static URI gateway(String path) {
        return URI.create("http://localhost:" + RestAssured.port + path);
    }

    private List<WireMock> allUpstreams() {
        return config.routes().values().stream()
                .map(GatewayConfig.RouteConfig::url)
                .distinct()
                .map(url -> new WireMock(url.getHost(), url.getPort()))
                .toList();
    }

    private WireMock upstream(String route) {
        URI url = config.routes().get(route).url();
        return new WireMock(url.getHost(), url.getPort());
    }
}
