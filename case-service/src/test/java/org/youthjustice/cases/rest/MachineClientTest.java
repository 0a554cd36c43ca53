package org.youthjustice.cases.rest;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.youthjustice.platform.caller.Roles;
import org.youthjustice.platform.testing.TestTokens;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.youthjustice.cases.CaseSteps.close;
import static org.youthjustice.cases.Fixtures.GUARDIAN_NAME;
import static org.youthjustice.cases.Fixtures.GUARDIAN_PHONE;
import static org.youthjustice.cases.Fixtures.NAME;
import static org.youthjustice.cases.Fixtures.auditor;
import static org.youthjustice.cases.Fixtures.correction;
import static org.youthjustice.cases.Fixtures.freshCourt;
import static org.youthjustice.cases.Fixtures.freshOffice;
import static org.youthjustice.cases.Fixtures.judicialOfficer;
import static org.youthjustice.cases.Fixtures.referred;
import static org.youthjustice.cases.Fixtures.socialWorker;
import static org.youthjustice.cases.LedCases.AGENCY;
import static org.youthjustice.cases.LedCases.LEAD;
import static org.youthjustice.cases.LedCases.activeCaseLedByLead;
import static org.youthjustice.platform.testing.SqlRows.count;

/**
 * A machine client (a partner system's service account) never reveals an identity, seals a case or reads a sealed
 * one, whatever roles it holds (DESIGN §5): each attempt answers 403, changes nothing and is audited, while the
 * officer of the same office still may.
 */
@QuarkusTest
class MachineClientTest {

    private static final String REFUSAL = "MACHINE_CLIENT";

    @Inject
    AgroalDataSource dataSource;

    /**
     * The shapes of a machine client's token, each holding roles that let a person of {@code office} do it all: the
     * realm's partner client with {@code judicial-officer}, one with {@code admin}, a service account without
     * {@code partner-system} (as the test issuer makes it, without a username, and as Keycloak names its user), and a
     * token that has {@code partner-system} whatever else it says.
     */
    private static List<String> machines(String office) {
        return List.of(
                TestTokens.client("partner-office-yuexiu").roles(Roles.PARTNER_SYSTEM, Roles.JUDICIAL_OFFICER)
                        .claim("office_code", office).token(),
                TestTokens.client("partner-operations").roles(Roles.PARTNER_SYSTEM, Roles.ADMIN).token(),
                TestTokens.client("partner-office-other").roles(Roles.JUDICIAL_OFFICER).claim("office_code", office)
                        .token(),
                TestTokens.user("service-account-partner-office-yuexiu").clientId("partner-office-yuexiu")
                        .roles(Roles.JUDICIAL_OFFICER).claim("office_code", office).token(),
                TestTokens.user("jo.zhao").roles(Roles.PARTNER_SYSTEM, Roles.JUDICIAL_OFFICER)
                        .claim("office_code", office).token());
    }

    private static ValidatableResponse refused(ValidatableResponse response) {
        return response.statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("machine client"));
    }

    private static ValidatableResponse reveal(String token, String reference) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("purpose", "COURT_PROCEEDINGS"))
                .when().post("/cases/" + reference + "/identity-reveals").then();
    }

    private static ValidatableResponse seal(String token, String reference) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("reason", "Sentence served"))
                .when().post("/cases/" + reference + "/seal").then();
    }

    private static ValidatableResponse readWithPurpose(String token, String reference) {
        return given().auth().oauth2(token).queryParam("purpose", "CASE_HANDLING").when().get("/cases/" + reference)
                .then();
    }

    private static ValidatableResponse trail(String reference, String action) {
        return given().auth().oauth2(auditor()).queryParam("case", reference).queryParam("action", action)
                .when().get("/audit-events").then().statusCode(200);
    }

    @Test
    void noMachineIsGivenTheIdentityEachAttemptIsAuditedAndTheOfficerStillIs() {
        String office = freshOffice();
        String reference = referred(freshCourt(), correction(office));
        String missing = "GZ-1999-000002";
        List<String> machines = machines(office);

        for (String machine : machines) {
            refused(reveal(machine, reference));
            refused(reveal(machine, missing));
        }

        trail(reference, "IDENTITY_REVEAL_REFUSED").body("total", equalTo(machines.size()))
                .body("items.detail", everyItem(equalTo(REFUSAL)))
                .body("items.purpose", everyItem(equalTo("COURT_PROCEEDINGS")));
        trail(reference, "IDENTITY_REVEALED").body("total", equalTo(0));
        trail(missing, "IDENTITY_REVEAL_REFUSED").body("total", equalTo(0));
        reveal(judicialOfficer(office), reference).statusCode(200).body("name", equalTo(NAME));
    }

    @Test
    void noMachineSealsACaseAndTheOfficerStillDoes() {
        String office = freshOffice();
        String reference = referred(freshCourt(), correction(office));
        close(office, reference);
        List<String> machines = machines(office);

        for (String machine : machines) {
            refused(seal(machine, reference));
        }

        given().auth().oauth2(judicialOfficer(office)).when().get("/cases/" + reference)
                .then().statusCode(200).body("sealedAt", nullValue());
        assertEquals(0, count(dataSource, "select count(*) from outbox_event where message_key = ? and type = "
                + "'case.sealed'", reference));
        trail(reference, "CASE_SEAL_REFUSED").body("total", equalTo(machines.size()))
                .body("items.detail", everyItem(equalTo(REFUSAL)));
        trail(reference, "CASE_SEALED").body("total", equalTo(0));
        seal(judicialOfficer(office), reference).statusCode(200).body("sealedAt", notNullValue());
    }

    @Test
    void noMachineReadsASealedCaseNorLearnsWhichCasesAreSealedAndTheOfficerStillReadsIt() {
        String office = freshOffice();
        String sealed = referred(freshCourt(), correction(office));
        close(office, sealed);
        seal(judicialOfficer(office), sealed).statusCode(200);
        String open = referred(freshCourt(), correction(office));
        List<String> machines = machines(office);

        for (String machine : machines) {
            refused(readWithPurpose(machine, sealed));
            refused(readWithPurpose(machine, open));
        }

        trail(sealed, "SEALED_CASE_READ_REFUSED").body("total", equalTo(machines.size()))
                .body("items.detail", everyItem(equalTo(REFUSAL)))
                .body("items.purpose", everyItem(equalTo("CASE_HANDLING")));
        trail(sealed, "SEALED_CASE_READ").body("total", equalTo(0));
        readWithPurpose(judicialOfficer(office), sealed).statusCode(200).body("reference", equalTo(sealed));
        trail(sealed, "SEALED_CASE_READ").body("total", equalTo(1));
    }

    @Test
    void aMachineHoldingTheLeadsWorkerIdSeesTheTeamsContactsMasked() {
        String reference = activeCaseLedByLead(dataSource, freshOffice());
        String path = "/cases/" + reference + "/team";
        given().auth().oauth2(socialWorker()).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("members", List.of(Map.of("role", "GUARDIAN", "name", GUARDIAN_NAME,
                        "phone", GUARDIAN_PHONE))))
                .when().put(path).then().statusCode(200).body("[0].name", equalTo(GUARDIAN_NAME));

        String machine = TestTokens.client("partner-agency").roles(Roles.PARTNER_SYSTEM, Roles.SOCIAL_WORKER)
                .claim("worker_id", LEAD).claim("agency_id", AGENCY).token();
        given().auth().oauth2(machine).when().get(path).then().statusCode(200)
                .body("[0].name", equalTo("张*华")).body("[0].phone", equalTo("139****4321"));
        given().auth().oauth2(socialWorker()).when().get(path).then().statusCode(200)
                .body("[0].name", equalTo(GUARDIAN_NAME)).body("[0].phone", equalTo(GUARDIAN_PHONE));
    }
}
