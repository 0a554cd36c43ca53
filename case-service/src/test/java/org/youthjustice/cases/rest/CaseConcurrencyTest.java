package org.youthjustice.cases.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.youthjustice.cases.Fixtures.correction;
import static org.youthjustice.cases.Fixtures.courtOfficer;
import static org.youthjustice.cases.Fixtures.freshCourt;
import static org.youthjustice.cases.Fixtures.freshOffice;
import static org.youthjustice.cases.Fixtures.identityNumberOf;
import static org.youthjustice.cases.Fixtures.setJuvenileField;

/** Referrals that arrive at the same moment: no shared serial, no second open case of one juvenile. */
@QuarkusTest
class CaseConcurrencyTest {

    private static List<Response> referAllAtOnce(String court, List<Map<String, Object>> bodies) throws Exception {
        String token = courtOfficer(court);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(bodies.size());
        try {
            List<Future<Response>> answers = new ArrayList<>();
            for (Map<String, Object> body : bodies) {
                Callable<Response> refer = () -> {
                    start.await();
                    return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post("/cases");
                };
                answers.add(pool.submit(refer));
            }
            start.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> answer : answers) {
                responses.add(answer.get(60, TimeUnit.SECONDS));
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void concurrentReferralsOfOneCityGetDistinctReferences() throws Exception {
        List<Map<String, Object>> bodies = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Map<String, Object> body = correction(freshOffice());
            body.put("regionCode", "440703");
            bodies.add(body);
        }

        List<Response> responses = referAllAtOnce(freshCourt(), bodies);

        HashSet<String> references = new HashSet<>();
        for (Response response : responses) {
            assertEquals(201, response.statusCode());
            references.add(response.jsonPath().getString("reference"));
        }
        assertEquals(6, references.size());
    }

    @Test
    void concurrentReferralsOfOneJuvenileOpenOneCase() throws Exception {
        Map<String, Object> first = correction(freshOffice());
        Map<String, Object> second = correction(freshOffice());
        setJuvenileField(second, "identityNumber", identityNumberOf(first));

        List<Response> responses = referAllAtOnce(freshCourt(), List.of(first, second));

        assertThat(responses.stream().map(Response::statusCode).toList(), containsInAnyOrder(201, 409));
    }
}
