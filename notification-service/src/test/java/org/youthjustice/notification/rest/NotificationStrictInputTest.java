package org.youthjustice.notification.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.youthjustice.platform.caller.Roles;
import org.youthjustice.platform.testing.TestTokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * The platform's strict reading of path and query parameters (platform-problem) applies to this service: a value
 * Jakarta REST would have guessed at, or that would have failed in the database, is refused with 400 and named.
 */
@QuarkusTest
class NotificationStrictInputTest {

    private static String officer() {
        return TestTokens.user("proc.huang").roles(Roles.PROCUREMENT_OFFICER).token();
    }

    private static ValidatableResponse refused(ValidatableResponse response, String parameter, String code) {
        return response.statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://youthjustice.org/problems/invalid-parameter"))
                .body("errors.size()", equalTo(1))
                .body("errors[0].field", equalTo(parameter))
                .body("errors[0].code", equalTo(code));
    }

    @Test
    void acknowledgedIsTrueOrFalse() {
        refused(given().auth().oauth2(officer()).when().get("/notifications?acknowledged=maybe").then(),
                "acknowledged", "type");
        given().auth().oauth2(officer()).when().get("/notifications?acknowledged=FALSE").then().statusCode(200);
    }

    @Test
    void aNulCharacterIsRefusedInAPathOrAQuery() {
        refused(given().auth().oauth2(officer()).urlEncodingEnabled(false)
                        .when().post("/notifications/%00/acknowledgement").then(),
                "id", "text");
        refused(given().auth().oauth2(officer()).urlEncodingEnabled(false)
                        .when().get("/notifications?acknowledged=true%00").then(),
                "acknowledged", "text");
    }
}
