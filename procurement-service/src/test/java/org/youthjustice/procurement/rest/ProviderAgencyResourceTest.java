package org.youthjustice.procurement.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.youthjustice.procurement.ContractFixtures.admin;
import static org.youthjustice.procurement.ContractFixtures.auditor;
import static org.youthjustice.procurement.ContractFixtures.freshCreditCode;
import static org.youthjustice.procurement.ContractFixtures.freshDepartment;
import static org.youthjustice.procurement.ContractFixtures.officerOf;
import static org.youthjustice.procurement.ContractFixtures.provider;
import static org.youthjustice.procurement.ContractFixtures.supervisorOf;

@QuarkusTest
class ProviderAgencyResourceTest {

    @Test
    void officersAuditorsAndAdminsReadTheKnownAgenciesByRegion() {
        String shenzhen = provider("440300");
        String guangzhou = provider("440100");

        for (String reader : new String[] {officerOf(freshDepartment()), auditor(), admin()}) {
            given().auth().oauth2(reader).queryParam("regionCode", "440300").queryParam("size", 100)
                    .when().get("/provider-agencies")
                    .then().statusCode(200).body("items.regionCode", everyItem(equalTo("440300")))
                    .body("items.creditCode", not(hasItem(guangzhou)));
            given().auth().oauth2(reader).when().get("/provider-agencies/" + shenzhen)
                    .then().statusCode(200).body("creditCode", equalTo(shenzhen))
                    .body("regionCode", equalTo("440300")).body("status", equalTo("ACTIVE"));
        }
    }

    @Test
    void anAgencyNotKnownYetIsNotFound() {
        given().auth().oauth2(admin()).when().get("/provider-agencies/" + freshCreditCode()).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void supervisorsAndAnonymousCallersAreRefusedAndAFilterIsChecked() {
        String code = provider("440100");
        given().auth().oauth2(supervisorOf(code)).when().get("/provider-agencies/" + code).then().statusCode(403);
        given().auth().oauth2(supervisorOf(code)).when().get("/provider-agencies").then().statusCode(403);
        given().when().get("/provider-agencies").then().statusCode(401);
        given().auth().oauth2(admin()).queryParam("regionCode", "44A100").when().get("/provider-agencies")
                .then().statusCode(400).body("errors.field", hasItem("regionCode"));
    }
}
