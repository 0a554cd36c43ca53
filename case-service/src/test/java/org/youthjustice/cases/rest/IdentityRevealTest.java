package org.youthjustice.cases.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.youthjustice.cases.CaseSteps.assignLead;
import static org.youthjustice.cases.Fixtures.freshWorker;
import static org.youthjustice.cases.CaseSteps.move;
import static org.youthjustice.cases.CaseSteps.worker;
import static org.youthjustice.cases.Fixtures.ADDRESS;
import static org.youthjustice.cases.Fixtures.GUARDIAN_NAME;
import static org.youthjustice.cases.Fixtures.GUARDIAN_PHONE;
import static org.youthjustice.cases.Fixtures.NAME;
import static org.youthjustice.cases.Fixtures.PHONE;
import static org.youthjustice.cases.Fixtures.admin;
import static org.youthjustice.cases.Fixtures.auditor;
import static org.youthjustice.cases.Fixtures.correction;
import static org.youthjustice.cases.Fixtures.courtOfficer;
import static org.youthjustice.cases.Fixtures.freshCourt;
import static org.youthjustice.cases.Fixtures.freshOffice;
import static org.youthjustice.cases.Fixtures.identityNumberOf;
import static org.youthjustice.cases.Fixtures.judicialOfficer;
import static org.youthjustice.cases.Fixtures.referred;
import static org.youthjustice.cases.Fixtures.supervisor;

@QuarkusTest
class IdentityRevealTest {

    private static io.restassured.response.ValidatableResponse reveal(String token, String reference,
                                                                      Object purpose) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("purpose", purpose))
                .when().post("/cases/" + reference + "/identity-reveals").then();
    }

    private static void auditRows(String reference, int expected) {
        given().auth().oauth2(auditor()).queryParam("case", reference).queryParam("action", "IDENTITY_REVEALED")
                .when().get("/audit-events").then().statusCode(200).body("total", equalTo(expected));
    }

    @Test
    void aJudicialOfficerOfTheOfficeGetsTheWholeIdentityAndTheRevealIsAudited() {
        String office = freshOffice();
        Map<String, Object> body = correction(office);
        String reference = referred(freshCourt(), body);
        String number = identityNumberOf(body);

        reveal(judicialOfficer(office), reference, "COURT_PROCEEDINGS").statusCode(200)
                .header("Cache-Control", containsString("no-store"))
                .body("reference", equalTo(reference))
                .body("extent", equalTo("FULL"))
                .body("name", equalTo(NAME))
                .body("identityNumber", equalTo(number))
                .body("birthDate", equalTo(org.youthjustice.platform.identity.IdentityNumber.parse(number)
                        .birthDate().toString()))
                .body("phone", equalTo(PHONE))
                .body("address", equalTo(ADDRESS))
                .body("guardians[0].name", equalTo(GUARDIAN_NAME))
                .body("guardians[0].phone", equalTo(GUARDIAN_PHONE));

        given().auth().oauth2(auditor()).queryParam("case", reference).when().get("/audit-events")
                .then().statusCode(200).body("total", equalTo(1))
                .body("items[0].action", equalTo("IDENTITY_REVEALED"))
                .body("items[0].purpose", equalTo("COURT_PROCEEDINGS"))
                .body("items[0].detail", equalTo("FULL"))
                .body("items[0].actorUsername", equalTo("jo.zhao"));
        // the ordinary read stays masked
        given().auth().oauth2(judicialOfficer(office)).when().get("/cases/" + reference)
                .then().statusCode(200).body("juvenile.identityNumber", containsString("*"));
    }

    @Test
    void theLeadSocialWorkerGetsTheContactDetailsForAContactPurposeOnly() {
        String office = freshOffice();
        String reference = referred(freshCourt(), correction(office));
        String lead = freshWorker();
        move(office, reference, "INTAKE", null);
        assignLead(office, reference, lead);

        reveal(worker(lead), reference, "HOME_VISIT_CONTACT").statusCode(200)
                .header("Cache-Control", containsString("no-store"))
                .body("extent", equalTo("CONTACT"))
                .body("name", equalTo(NAME))
                .body("phone", equalTo(PHONE))
                .body("address", equalTo(ADDRESS))
                .body("guardians[0].phone", equalTo(GUARDIAN_PHONE))
                .body("identityNumber", nullValue())
                .body("birthDate", nullValue());
        reveal(worker(lead), reference, "IDENTITY_VERIFICATION").statusCode(403)
                .contentType("application/problem+json");
        auditRows(reference, 1);
    }

    @Test
    void theLeadSocialWorkerIsRefusedOnceTheCaseIsClosed() {
        String office = freshOffice();
        String reference = referred(freshCourt(), correction(office));
        String lead = freshWorker();
        move(office, reference, "INTAKE", null);
        assignLead(office, reference, lead);
        move(office, reference, "ACTIVE", null);
        move(office, reference, "CLOSED", "COMPLETED");

        reveal(worker(lead), reference, "HOME_VISIT_CONTACT").statusCode(403)
                .contentType("application/problem+json");
        reveal(judicialOfficer(office), reference, "LEGAL_OBLIGATION").statusCode(200).body("name", equalTo(NAME));
        auditRows(reference, 1);
    }

    @Test
    void everyoneElseIsRefusedAndNothingIsRevealed() {
        String court = freshCourt();
        String office = freshOffice();
        String reference = referred(court, correction(office));
        move(office, reference, "INTAKE", null);
        assignLead(office, reference, freshWorker());

        for (String token : new String[] {admin(), courtOfficer(court), supervisor(), auditor()}) {
            reveal(token, reference, "LEGAL_OBLIGATION").statusCode(403).contentType("application/problem+json");
        }
        reveal(judicialOfficer(freshOffice()), reference, "LEGAL_OBLIGATION").statusCode(404);
        reveal(worker(freshWorker()), reference, "HOME_VISIT_CONTACT").statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("purpose", "LEGAL_OBLIGATION"))
                .when().post("/cases/" + reference + "/identity-reveals").then().statusCode(401);
        auditRows(reference, 0);
    }

    @Test
    void thePurposeIsRequiredAndFromTheList() {
        String office = freshOffice();
        String reference = referred(freshCourt(), correction(office));

        reveal(judicialOfficer(office), reference, "CURIOSITY").statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("purpose"));
        given().auth().oauth2(judicialOfficer(office)).contentType(ContentType.JSON).body(Map.of())
                .when().post("/cases/" + reference + "/identity-reveals")
                .then().statusCode(400).body("errors.field", hasItem("purpose"));
        given().auth().oauth2(judicialOfficer(office)).contentType(ContentType.JSON)
                .body(Map.of("purpose", "COURT_PROCEEDINGS", "extent", "FULL"))
                .when().post("/cases/" + reference + "/identity-reveals")
                .then().statusCode(400).body("errors.field", hasItem("extent"));
        auditRows(reference, 0);
    }
}
