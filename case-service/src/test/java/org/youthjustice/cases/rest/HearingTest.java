package org.youthjustice.cases.rest;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.youthjustice.platform.caller.Roles;
import org.youthjustice.platform.testing.TestTokens;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.youthjustice.cases.Fixtures.admin;
import static org.youthjustice.cases.Fixtures.appointed;
import static org.youthjustice.cases.Fixtures.auditor;
import static org.youthjustice.cases.Fixtures.correction;
import static org.youthjustice.cases.Fixtures.courtOfficer;
import static org.youthjustice.cases.Fixtures.freshCourt;
import static org.youthjustice.cases.Fixtures.freshOffice;
import static org.youthjustice.cases.Fixtures.judicialOfficer;
import static org.youthjustice.cases.Fixtures.socialWorker;
import static org.youthjustice.cases.LedCases.activeCaseLedBy;
import static org.youthjustice.cases.LedCases.assign;

@QuarkusTest
class HearingTest {

    @Inject
    AgroalDataSource dataSource;

    private static Map<String, Object> hearing(String court, Instant at, String... assessors) {
        return Map.of("courtCode", court, "scheduledAt", at.toString(), "assessorWorkerIds", List.of(assessors));
    }

    private static Instant nextWeek() {
        return Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    }

    @Test
    void anAssessorWhoLeadsOrLedTheCaseCannotServe() {
        String court = freshCourt();
        String office = freshOffice();
        String reference = activeCaseLedBy(dataSource, court, office, correction(office), "W0001");
        String path = "/cases/" + reference + "/hearings";
        appointed(court, "W0001", "W0003", "W0107", "W0108");

        given().auth().oauth2(courtOfficer(court)).contentType(ContentType.JSON)
                .body(hearing(court, nextWeek(), "W0107", "W0001"))
                .when().post(path).then().statusCode(422).contentType("application/problem+json")
                .body("conflictingWorkerIds", contains("W0001")).body("errors.field", hasItem("assessorWorkerIds"));

        assign(dataSource, office, reference, "W0003");
        given().auth().oauth2(judicialOfficer(office)).contentType(ContentType.JSON)
                .body(hearing(court, nextWeek(), "W0003", "W0001", "W0108"))
                .when().post(path).then().statusCode(422).body("conflictingWorkerIds", contains("W0001", "W0003"));

        given().auth().oauth2(courtOfficer(court)).contentType(ContentType.JSON)
                .body(hearing(court, nextWeek(), "W0108", "W0107"))
                .when().post(path).then().statusCode(201).body("assessorWorkerIds", contains("W0107", "W0108"))
                .body("courtCode", equalTo(court));
        for (String token : new String[] {courtOfficer(court), judicialOfficer(office), socialWorkerLeading()}) {
            given().auth().oauth2(token).when().get(path).then().statusCode(200)
                    .body("assessorWorkerIds[0]", contains("W0107", "W0108"));
        }
    }

    /** W0003, who leads the case after the reassignment. */
    private static String socialWorkerLeading() {
        return TestTokens.user("sw.zhou").roles(Roles.SOCIAL_WORKER).claim("worker_id", "W0003")
                .claim("agency_id", "52440100MJL123454L").token();
    }

    @Test
    void onlyTheReferringCourtAndTheOfficeSetHearings() {
        String court = freshCourt();
        String office = freshOffice();
        String reference = activeCaseLedBy(dataSource, court, office, correction(office), "W0001");
        String path = "/cases/" + reference + "/hearings";
        appointed(court, "W0107");
        Map<String, Object> body = hearing(court, nextWeek(), "W0107");

        given().auth().oauth2(courtOfficer(freshCourt())).contentType(ContentType.JSON).body(body).when().post(path)
                .then().statusCode(404);
        given().auth().oauth2(judicialOfficer(freshOffice())).contentType(ContentType.JSON).body(body)
                .when().post(path).then().statusCode(404);
        for (String token : new String[] {socialWorker(), auditor()}) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post(path)
                    .then().statusCode(403);
        }
        given().auth().oauth2(auditor()).when().get(path).then().statusCode(403);
        given().contentType(ContentType.JSON).body(body).when().post(path).then().statusCode(401);
        given().auth().oauth2(courtOfficer(court)).contentType(ContentType.JSON)
                .body(hearing(freshCourt(), nextWeek(), "W0107"))
                .when().post(path).then().statusCode(422).body("errors.field", hasItem("courtCode"));
        given().auth().oauth2(courtOfficer(court)).contentType(ContentType.JSON)
                .body(hearing(court, Instant.now().minus(1, ChronoUnit.DAYS), "W0107"))
                .when().post(path).then().statusCode(400).body("errors.field", hasItem("scheduledAt"));
        given().auth().oauth2(courtOfficer(court)).contentType(ContentType.JSON).body(hearing(court, nextWeek()))
                .when().post(path).then().statusCode(400);
        given().auth().oauth2(courtOfficer(court)).contentType(ContentType.JSON)
                .body(hearing(court, nextWeek(), "lay assessor"))
                .when().post(path).then().statusCode(400);
        given().auth().oauth2(admin()).when().get(path).then().statusCode(200).body("size()", equalTo(0));
    }
}
