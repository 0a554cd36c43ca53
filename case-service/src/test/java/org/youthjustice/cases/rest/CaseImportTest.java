package org.youthjustice.cases.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.micrometer.core.instrument.MeterRegistry;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.youthjustice.cases.Fixtures.auditor;
import static org.youthjustice.cases.Fixtures.correction;
import static org.youthjustice.cases.Fixtures.courtOfficer;
import static org.youthjustice.cases.Fixtures.freshCourt;
import static org.youthjustice.cases.Fixtures.freshOffice;
import static org.youthjustice.cases.Fixtures.identityNumberOf;
import static org.youthjustice.cases.Fixtures.judicialOfficer;
import static org.youthjustice.cases.Fixtures.referred;
import static org.youthjustice.cases.Fixtures.setJuvenileField;
import static org.youthjustice.cases.Fixtures.socialWorker;

@QuarkusTest
class CaseImportTest {

    @Inject
    MeterRegistry meters;

    /** Chunks redone item by item so far: the answers are the same either way, only this tells them apart. */
    private double redoneChunks() {
        return meters.counter("yjs.case.import.chunks.redone").count();
    }

    @Test
    void eachItemIsReferredOnItsOwnAndAnImportSentAgainRefersNothingTwice() {
        String court = freshCourt();
        String office = freshOffice();
        Map<String, Object> valid = correction(office);
        Map<String, Object> invalid = correction(office);
        setJuvenileField(invalid, "identityNumber", "440104201001011230");
        Map<String, Object> open = correction(office);
        String existing = referred(court, open);
        Map<String, Object> unserved = correction(office);
        unserved.put("regionCode", "110101");
        List<Map<String, Object>> items = List.of(valid, invalid, open, unserved);
        double redoneBefore = redoneChunks();

        String reference = given().auth().oauth2(courtOfficer(court)).contentType(ContentType.JSON)
                .body(Map.of("items", items))
                .when().post("/case-imports")
                .then().statusCode(200)
                .body("received", equalTo(4)).body("referred", equalTo(1)).body("refused", equalTo(3))
                .body("items[0].status", equalTo(201))
                .body("items[0].reference", matchesPattern("GZ-\\d{4}-\\d{6}"))
                .body("items[1].index", equalTo(1)).body("items[1].status", equalTo(400))
                .body("items[1].errors[0].field", equalTo("juvenile.identityNumber"))
                .body("items[2].status", equalTo(409)).body("items[2].existingReference", equalTo(existing))
                .body("items[3].status", equalTo(422)).body("items[3].errors[0].field", equalTo("regionCode"))
                .body(not(containsString(identityNumberOf(valid))))
                .extract().path("items[0].reference");
        assertEquals(redoneBefore, redoneChunks(), "refusals are left out of the chunk, which is referred whole");

        given().auth().oauth2(judicialOfficer(office)).when().get("/cases/" + reference)
                .then().statusCode(200).body("courtCode", equalTo(court));
        given().auth().oauth2(courtOfficer(court)).contentType(ContentType.JSON).body(Map.of("items", items))
                .when().post("/case-imports")
                .then().statusCode(200).body("referred", equalTo(0))
                .body("items[0].status", equalTo(409)).body("items[0].existingReference", equalTo(reference))
                .body("items[0].reference", nullValue());
    }

    @Test
    void aJuvenileTwiceInOneImportIsReferredOnceAndAFullImportIsReferredWhole() {
        String court = freshCourt();
        String office = freshOffice();
        Map<String, Object> once = correction(office);
        List<Map<String, Object>> items = new java.util.ArrayList<>(List.of(once, once));
        while (items.size() < 250) {
            items.add(correction(office));
        }

        double redoneBefore = redoneChunks();
        String duplicateOf = given().auth().oauth2(courtOfficer(court)).contentType(ContentType.JSON)
                .body(Map.of("items", items))
                .when().post("/case-imports")
                .then().statusCode(200)
                .body("received", equalTo(250)).body("referred", equalTo(249)).body("refused", equalTo(1))
                .body("items[1].status", equalTo(409))
                .extract().path("items[1].existingReference");
        assertEquals(redoneBefore, redoneChunks(), "the duplicate is left out of its chunk, which is referred whole");

        assertEquals(given().auth().oauth2(courtOfficer(court)).contentType(ContentType.JSON)
                .body(Map.of("items", List.of(once))).when().post("/case-imports")
                .then().statusCode(200).extract().path("items[0].existingReference"), duplicateOf,
                "the second item names the case the first one opened");
        given().auth().oauth2(judicialOfficer(office)).queryParam("size", 1).when().get("/cases")
                .then().statusCode(200).body("total", equalTo(249));
    }

    @Test
    void anImportIsOneToAThousandItemsOfACourt() {
        String court = freshCourt();
        given().auth().oauth2(courtOfficer(court)).contentType(ContentType.JSON).body(Map.of("items", List.of()))
                .when().post("/case-imports")
                .then().statusCode(400).body("errors[0].field", equalTo("items"));
        given().auth().oauth2(courtOfficer(court)).contentType(ContentType.JSON)
                .body(Map.of("items", Collections.nCopies(1001, Map.of("type", "PREVENTION"))))
                .when().post("/case-imports")
                .then().statusCode(400).body("errors[0].field", equalTo("items"));
        Map<String, Object> body = Map.of("items", List.of(correction(freshOffice())));
        given().auth().oauth2(socialWorker()).contentType(ContentType.JSON).body(body)
                .when().post("/case-imports").then().statusCode(403);
        given().auth().oauth2(judicialOfficer(freshOffice())).contentType(ContentType.JSON).body(body)
                .when().post("/case-imports").then().statusCode(403);
        given().auth().oauth2(auditor()).contentType(ContentType.JSON).body(body)
                .when().post("/case-imports").then().statusCode(403);
        given().contentType(ContentType.JSON).body(body).when().post("/case-imports").then().statusCode(401);
    }
}
