package org.youthjustice.procurement.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.endsWith;
import static org.youthjustice.procurement.ContractFixtures.admin;
import static org.youthjustice.procurement.ContractFixtures.auditor;
import static org.youthjustice.procurement.ContractFixtures.freshDepartment;
import static org.youthjustice.procurement.ContractFixtures.freshProvider;
import static org.youthjustice.procurement.ContractFixtures.officerOf;
import static org.youthjustice.procurement.ContractFixtures.socialWorkerOf;
import static org.youthjustice.procurement.ContractFixtures.supervisorOf;

@QuarkusTest
class PurchasingDepartmentResourceTest {

    private static Map<String, Object> department(String code) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", "Tianhe District Bureau of Justice");
        body.put("kind", "JUSTICE_BUREAU");
        body.put("regionCode", "440106");
        return body;
    }

    private static String freshCode() {
        return "DP-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    @Test
    void anAdminRegistersADepartmentThatOfficersSupervisorsAndAuditorsRead() {
        String code = freshCode();
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(department(code))
                .when().post("/purchasing-departments")
                .then().statusCode(201).header("Location", endsWith("/purchasing-departments/" + code))
                .body("code", equalTo(code)).body("kind", equalTo("JUSTICE_BUREAU"))
                .body("regionCode", equalTo("440106"));

        for (String reader : new String[] {officerOf(code), supervisorOf(freshProvider()), auditor(), admin()}) {
            given().auth().oauth2(reader).when().get("/purchasing-departments/" + code)
                    .then().statusCode(200).body("name", equalTo("Tianhe District Bureau of Justice"));
        }
        given().auth().oauth2(auditor()).queryParam("size", 100).when().get("/purchasing-departments")
                .then().statusCode(200).body("total", greaterThanOrEqualTo(1)).body("size", equalTo(100));
    }

    @Test
    void onlyAdminsRegisterAndNothingIsKeptAfterARefusal() {
        String code = freshCode();
        given().auth().oauth2(officerOf(code)).contentType(ContentType.JSON).body(department(code))
                .when().post("/purchasing-departments").then().statusCode(403);
        given().contentType(ContentType.JSON).body(department(code))
                .when().post("/purchasing-departments").then().statusCode(401);

        given().auth().oauth2(admin()).when().get("/purchasing-departments/" + code).then().statusCode(404);
    }

    @Test
    void invalidInputIsRefusedWithTheFieldNamed() {
        String code = freshCode();
        Map<String, Object> badRegion = department(code);
        badRegion.put("regionCode", "4401");
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(badRegion)
                .when().post("/purchasing-departments").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("regionCode"));
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(department("JUSTICE-1"))
                .when().post("/purchasing-departments").then().statusCode(400).body("errors.field", hasItem("code"));
        Map<String, Object> unknownKind = department(code);
        unknownKind.put("kind", "POLICE");
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(unknownKind)
                .when().post("/purchasing-departments").then().statusCode(400).body("errors.field", hasItem("kind"));

        given().auth().oauth2(admin()).when().get("/purchasing-departments/" + code).then().statusCode(404);
    }

    @Test
    void aTakenCodeIsAConflictAndKeepsTheFirst() {
        String code = freshDepartment();
        Map<String, Object> again = department(code);
        again.put("name", "Another bureau");
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(again)
                .when().post("/purchasing-departments").then().statusCode(409);

        given().auth().oauth2(admin()).when().get("/purchasing-departments/" + code)
                .then().statusCode(200).body("name", equalTo("Test bureau " + code));
    }

    @Test
    void socialWorkersAndAnonymousCallersReadNoDepartment() {
        String code = freshDepartment();
        given().auth().oauth2(socialWorkerOf(freshProvider())).when().get("/purchasing-departments/" + code)
                .then().statusCode(403);
        given().auth().oauth2(socialWorkerOf(freshProvider())).when().get("/purchasing-departments")
                .then().statusCode(403);
        given().when().get("/purchasing-departments").then().statusCode(401);
        given().auth().oauth2(admin()).queryParam("size", 101).when().get("/purchasing-departments")
                .then().statusCode(400).body("errors.field", hasItem("size"));
    }
}
