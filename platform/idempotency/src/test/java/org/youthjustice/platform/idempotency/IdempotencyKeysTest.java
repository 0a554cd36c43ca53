package org.youthjustice.platform.idempotency;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.youthjustice.platform.testing.OidcResource;
import org.youthjustice.platform.testing.PostgresResource;
import org.youthjustice.platform.testing.TestTokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

/** The one mechanism a resource uses: a creation runs once per caller and key; validation of the header. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(OidcResource.class)
class IdempotencyKeysTest {

    @Test
    void theSameKeyAndBodyAnswerTheFirstResultAndCreateOnce() {
        String group = fresh();
        String key = fresh();
        Map<String, Object> body = Map.of("label", "first", "heldForWaiters", 0);

        var first = post(admin(), group, key, body).statusCode(201).extract();
        var retry = post(admin(), group, key, body).statusCode(201).extract();

        assertEquals(first.header("Location"), retry.header("Location"));
        assertEquals(first.body().asString(), retry.body().asString());
        assertEquals(1, count(group + ":first"));
    }

    @Test
    void theKeyWithAnotherBodyOrAnotherPathIsRefusedAndCreatesNothing() {
        String group = fresh();
        String key = fresh();
        post(admin(), group, key, Map.of("label", "first", "heldForWaiters", 0)).statusCode(201);

        post(admin(), group, key, Map.of("label", "second", "heldForWaiters", 0)).statusCode(409)
                .contentType("application/problem+json").body("type", equalTo("https://youthjustice.org/problems/conflict"));
        String otherGroup = fresh();
        post(admin(), otherGroup, key, Map.of("label", "first", "heldForWaiters", 0)).statusCode(409);

        assertEquals(0, count(group + ":second"));
        assertEquals(0, count(otherGroup + ":first"));
    }

    @Test
    void keysAreTheCallersOwn() {
        String group = fresh();
        String key = fresh();
        String other = TestTokens.user("admin.two").roles("admin").token();
        long first = post(admin(), group, key, Map.of("label", "mine", "heldForWaiters", 0)).statusCode(201).extract()
                .jsonPath().getLong("id");
        long theirs = post(other, group, key, Map.of("label", "theirs", "heldForWaiters", 0)).statusCode(201).extract()
                .jsonPath().getLong("id");

        assertEquals(1, count(group + ":theirs"));
        assertNotEquals(first, theirs);
    }

    @Test
    void aRefusedCreationFreesItsKey() {
        String group = fresh();
        String key = fresh();
        post(admin(), group, key, Map.of("label", "refused", "heldForWaiters", 0)).statusCode(422);

        post(admin(), group, key, Map.of("label", "accepted", "heldForWaiters", 0)).statusCode(201);
        assertEquals(1, count(group + ":accepted"));
    }

    @Test
    void concurrentRequestsWithOneKeyCreateOnceAndAllAnswerIt() {
        String group = fresh();
        String key = fresh();
        Map<String, Object> body = Map.of("label", "racing", "heldForWaiters", 3);
        var start = new CyclicBarrier(4);
        ExecutorService callers = Executors.newFixedThreadPool(4);

        List<ExtractableResponse<Response>> answers;
        try {
            answers = IntStream.range(0, 4)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> {
                        await(start);
                        return post(admin(), group, key, body).extract();
                    }, callers)).toList().stream().map(CompletableFuture::join).toList();
        } finally {
            callers.shutdown();
        }

        answers.forEach(answer -> assertEquals(201, answer.statusCode(), answer.body().asString()));
        assertEquals(1, answers.stream().map(answer -> answer.header("Location")).distinct().count());
        assertEquals(1, count(group + ":racing"));
    }

    @Test
    void withoutAKeyEveryRequestCreates() {
        String group = fresh();
        Map<String, Object> body = Map.of("label", "keyless", "heldForWaiters", 0);
        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(admin()).contentType(ContentType.JSON).body(body).when().post("/probes/" + group)
                    .then().statusCode(201);
        }
        assertEquals(2, count(group + ":keyless"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "with space", "tab\tinside", "é", "101"})
    void anInvalidKeyIsRefusedWithTheHeaderNamedAndCreatesNothing(String key) {
        String group = fresh();
        String sent = key.equals("101") ? "k".repeat(101) : key;
        post(admin(), group, sent, Map.of("label", "invalid", "heldForWaiters", 0)).statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("Idempotency-Key"))
                .body("errors[0].code", equalTo("Pattern"));
        assertEquals(0, count(group + ":invalid"));
    }

    @Test
    void aKeyOf100VisibleCharactersIsTaken() {
        post(admin(), fresh(), "~!".repeat(50), Map.of("label", "longest", "heldForWaiters", 0)).statusCode(201);
    }

    private static ValidatableResponse post(String token, String group, String key,
            Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header(IdempotencyKey.HEADER, key)
                .body(body).when().post("/probes/" + group).then();
    }

    private static long count(String label) {
        return given().auth().oauth2(admin()).queryParam("label", label).when().get("/probes").then().statusCode(200)
                .extract().as(Long.class);
    }

    private static String admin() {
        return TestTokens.user("admin.ops").roles("admin").token();
    }

    private static String fresh() {
        return UUID.randomUUID().toString();
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
