package org.youthjustice.platform.correlation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class CorrelationIdHttpTest {

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    private static final String GATEWAYS = "0b6e4f0c-7d1a-4c2e-9f3b-5a8d2e1c4b7a";

    @Test
    void theGatewaysIdIsTheCorrelationIdOfTheRequestsCode() {
        given().header(CorrelationId.HEADER, GATEWAYS)
                .when().get("/probe/current")
                .then().statusCode(200)
                .header(CorrelationId.HEADER, GATEWAYS)
                .body(equalTo(GATEWAYS));
    }

    @Test
    void anIdTheClientChoseIsEchoedAndKeptAsTheClientsButNeverTheCorrelationId() {
        Response response = given().header(CorrelationId.HEADER, "req-42.a:b_c").when().get("/probe/ids");

        response.then().statusCode(200).header(CorrelationId.HEADER, "req-42.a:b_c")
                .body(matchesPattern(UUID_PATTERN + " client=req-42\\.a:b_c"));
    }

    @Test
    void theClientsIdThatTheGatewayPassesOnIsKeptBesideTheGatewaysId() {
        given().header(CorrelationId.HEADER, GATEWAYS).header(CorrelationId.CLIENT_HEADER, "app-4f1c.17")
                .when().get("/probe/ids")
                .then().statusCode(200).header(CorrelationId.HEADER, "app-4f1c.17")
                .body(equalTo(GATEWAYS + " client=app-4f1c.17"));
    }

    @Test
    void missingIdIsGeneratedAndReturned() {
        Response response = given().when().get("/probe/current");
        String returned = response.header(CorrelationId.HEADER);
        response.then().statusCode(200)
                .header(CorrelationId.HEADER, matchesPattern(UUID_PATTERN))
                .body(equalTo(returned));
    }

    @Test
    void insaneIdIsReplaced() {
        given().header(CorrelationId.HEADER, "evil\" id; DROP")
                .when().get("/probe/current")
                .then().statusCode(200)
                .header(CorrelationId.HEADER, matchesPattern(UUID_PATTERN));
    }

    @Test
    void overlongIdIsReplaced() {
        given().header(CorrelationId.HEADER, "a".repeat(CorrelationId.MAX_LENGTH + 1))
                .when().get("/probe/current")
                .then().statusCode(200)
                .header(CorrelationId.HEADER, matchesPattern(UUID_PATTERN));
    }

    @Test
    void idIsInTheLoggingContextOnWorkerThreads() {
        given().header(CorrelationId.HEADER, GATEWAYS)
                .when().get("/probe/mdc")
                .then().statusCode(200).body(equalTo(GATEWAYS));
    }

    @Test
    void idIsInTheLoggingContextOnTheEventLoop() {
        given().header(CorrelationId.HEADER, GATEWAYS)
                .when().get("/probe/mdc-event-loop")
                .then().statusCode(200).body(equalTo(GATEWAYS));
    }

    @Test
    void eachRequestGetsItsOwnId() {
        String first = given().when().get("/probe/current").then().extract().body().asString();
        given().when().get("/probe/current")
                .then().statusCode(200).body(not(equalTo(first)));
    }

    @Test
    void idIsReturnedOnUnknownPaths() {
        given().header(CorrelationId.HEADER, "lost-404")
                .when().get("/no-such-path")
                .then().statusCode(404)
                .header(CorrelationId.HEADER, "lost-404");
    }

    @Test
    void idIsReturnedOnServerErrors() {
        given().header(CorrelationId.HEADER, "failed-500")
                .when().get("/probe/failure")
                .then().statusCode(500)
                .header(CorrelationId.HEADER, "failed-500");
    }

    @Test
    void restClientPassesTheIdOn() {
        given().header(CorrelationId.HEADER, GATEWAYS)
                .when().get("/probe/outgoing")
                .then().statusCode(200).body(equalTo(GATEWAYS));
    }
}
