package org.youthjustice.cases.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.youthjustice.platform.caller.Roles;
import org.youthjustice.platform.testing.TestTokens;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.youthjustice.cases.Fixtures.correction;
import static org.youthjustice.cases.Fixtures.freshCourt;
import static org.youthjustice.cases.Fixtures.freshOffice;
import static org.youthjustice.cases.Fixtures.identityNumberOf;
import static org.youthjustice.cases.Fixtures.referred;
import static org.youthjustice.cases.Fixtures.setJuvenileField;

/**
 * A referral of a juvenile with an open case tells the referring court its case, another court nothing of it, and a
 * caller who has met other courts' cases too often (the test budget is 3) nothing at all for a while.
 */
@QuarkusTest
class ReferralScopeTest {

    /** An officer of {@code court} with a subject of their own, so that no other test spends their budget. */
    private static String officerOf(String court) {
        return TestTokens.user("court.officer-" + UUID.randomUUID()).roles(Roles.COURT_OFFICER)
                .claim("court_code", court).token();
    }

    /** Another referral of the juvenile of {@code body}, to another office. */
    private static Map<String, Object> sameJuvenile(Map<String, Object> body) {
        Map<String, Object> again = correction(freshOffice());
        setJuvenileField(again, "identityNumber", identityNumberOf(body));
        return again;
    }

    @Test
    void anotherCourtLearnsNothingOfTheOpenCaseAndTheReferringCourtItsReference() {
        String court = freshCourt();
        String office = freshOffice();
        Map<String, Object> body = correction(office);
        String open = referred(court, body);

        given().auth().oauth2(officerOf(freshCourt())).contentType(ContentType.JSON).body(sameJuvenile(body))
                .when().post("/cases")
                .then().statusCode(409).contentType("application/problem+json")
                .body("existingReference", nullValue())
                .body(not(containsString(open))).body(not(containsString(office)))
                .body(not(containsString("REFERRED")));
        given().auth().oauth2(officerOf(court)).contentType(ContentType.JSON).body(sameJuvenile(body))
                .when().post("/cases")
                .then().statusCode(409).contentType("application/problem+json")
                .body("existingReference", equalTo(open));
    }

    @Test
    void anImportItemOfAnotherCourtsJuvenileLearnsNothingOfItsCase() {
        String court = freshCourt();
        String office = freshOffice();
        Map<String, Object> body = correction(office);
        String open = referred(court, body);
        Map<String, Object> items = Map.of("items", List.of(sameJuvenile(body), correction(freshOffice())));

        given().auth().oauth2(officerOf(freshCourt())).contentType(ContentType.JSON).body(items)
                .when().post("/case-imports")
                .then().statusCode(200)
                .body("items[0].status", equalTo(409)).body("items[0].existingReference", nullValue())
                .body("items[1].status", equalTo(201))
                .body(not(containsString(open))).body(not(containsString(office)));
        given().auth().oauth2(officerOf(court)).contentType(ContentType.JSON)
                .body(Map.of("items", List.of(sameJuvenile(body))))
                .when().post("/case-imports")
                .then().statusCode(200)
                .body("items[0].status", equalTo(409)).body("items[0].existingReference", equalTo(open));
    }

    @Test
    void pastItsBudgetACallerMeetingAnOpenCaseIsRefusedWithRetryAfter() {
        String otherCourt = freshCourt();
        String court = freshCourt();
        String prober = officerOf(court);
        for (int i = 0; i < 3; i++) {
            Map<String, Object> body = correction(freshOffice());
            referred(otherCourt, body);
            given().auth().oauth2(prober).contentType(ContentType.JSON).body(sameJuvenile(body))
                    .when().post("/cases").then().statusCode(409);
        }

        Map<String, Object> another = correction(freshOffice());
        String open = referred(otherCourt, another);
        given().auth().oauth2(prober).contentType(ContentType.JSON).body(sameJuvenile(another))
                .when().post("/cases")
                .then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[1-9]\\d*"))
                .body("status", equalTo(429)).body(not(containsString(open)));
        // even its own court's case is no longer named to it, nor an import item's
        Map<String, Object> own = correction(freshOffice());
        referred(court, own);
        given().auth().oauth2(prober).contentType(ContentType.JSON).body(sameJuvenile(own))
                .when().post("/cases").then().statusCode(429).header("Retry-After", matchesPattern("[1-9]\\d*"));
        given().auth().oauth2(prober).contentType(ContentType.JSON)
                .body(Map.of("items", List.of(sameJuvenile(another), correction(freshOffice()))))
                .when().post("/case-imports")
                .then().statusCode(200).header("Retry-After", matchesPattern("[1-9]\\d*"))
                .body("items[0].status", equalTo(429)).body("items[0].existingReference", nullValue())
                .body("items[1].status", equalTo(201)).body(not(containsString(open)));
        // a juvenile without an open case is still referred, and the referring court's officers are not held back
        given().auth().oauth2(prober).contentType(ContentType.JSON).body(correction(freshOffice()))
                .when().post("/cases").then().statusCode(201);
        given().auth().oauth2(officerOf(otherCourt)).contentType(ContentType.JSON).body(sameJuvenile(another))
                .when().post("/cases").then().statusCode(409).body("existingReference", equalTo(open));
    }
}
