package org.youthjustice.procurement.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static io.restassured.config.JsonConfig.jsonConfig;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.youthjustice.procurement.ContractFixtures.admin;
import static org.youthjustice.procurement.ContractFixtures.auditor;
import static org.youthjustice.procurement.ContractFixtures.contract;
import static org.youthjustice.procurement.ContractFixtures.drafted;
import static org.youthjustice.procurement.ContractFixtures.draftedContract;
import static org.youthjustice.procurement.ContractFixtures.freshCreditCode;
import static org.youthjustice.procurement.ContractFixtures.freshDepartment;
import static org.youthjustice.procurement.ContractFixtures.freshProvider;
import static org.youthjustice.procurement.ContractFixtures.freshSite;
import static org.youthjustice.procurement.ContractFixtures.move;
import static org.youthjustice.procurement.ContractFixtures.officerOf;
import static org.youthjustice.procurement.ContractFixtures.socialWorkerOf;
import static org.youthjustice.procurement.ContractFixtures.supervisorOf;

@QuarkusTest
class ContractResourceTest {

    private static ValidatableResponse post(String token, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post("/contracts").then();
    }

    /** How many contracts numbered {@code number} exist, as an admin lists them. */
    private static int contractsNumbered(String purchaser, String number) {
        List<String> numbers = given().auth().oauth2(admin()).queryParam("purchaserCode", purchaser)
                .queryParam("size", 100).when().get("/contracts").then().statusCode(200)
                .extract().path("items.number");
        return (int) numbers.stream().filter(number::equals).count();
    }

    @Test
    void anOfficerDraftsForTheirDepartmentWithTheCostModelsDefaults() {
        String department = freshDepartment();
        Map<String, Object> body = contract(department, freshProvider());

        var created = post(officerOf(department), body).statusCode(201).header("ETag", equalTo("\"0\"")).extract();
        String id = created.path("id");
        assertEquals(true, created.header("Location").endsWith("/contracts/" + id), created.header("Location"));

        given().auth().oauth2(officerOf(department)).when().get("/contracts/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"0\"")).body("number", equalTo(body.get("number")))
                .body("status", equalTo("DRAFT")).body("termsVersion", equalTo(1))
                .body("purchaseMode", equalTo("BY_POST")).body("serviceType", equalTo("JUDICIAL_SOCIAL_WORK"))
                .body("terms.currency", equalTo("CNY")).body("terms.clientRatio", equalTo(20))
                .body("terms.fundedPosts", equalTo(3)).body("terms.sites", equalTo(body.get("sites")))
                .body("terms.periodEnd", equalTo("2027-12-31"))
                .body("statusHistory.to", contains("DRAFT")).body("statusHistory[0].from", nullValue());
        String unitCost = given().auth().oauth2(admin()).when().get("/contracts/" + id).then().extract().asString();
        assertEquals(true, unitCost.contains("\"unitCostPerPostYear\":100000.00"), unitCost);
    }

    @Test
    void amountsAreKeptToTheFenAndReadBackAsSent() {
        String department = freshDepartment();
        Map<String, Object> body = contract(department, freshProvider());
        body.put("budget", new BigDecimal("1234567.89"));
        body.put("unitCostPerPostYear", new BigDecimal("98765.43"));
        body.put("fundingSources", List.of(
                Map.of("source", "FISCAL", "amount", new BigDecimal("411522.63")),
                Map.of("source", "CHARITABLE", "amount", new BigDecimal("411522.63")),
                Map.of("source", "OTHER", "amount", new BigDecimal("411522.63"))));

        String created = post(officerOf(department), body).statusCode(201).extract().asString();
        String id = io.restassured.path.json.JsonPath.from(created).getString("id");
        String read = given().auth().oauth2(auditor()).when().get("/contracts/" + id).then().statusCode(200)
                .extract().asString();

        for (String answer : List.of(created, read)) {
            assertEquals(true, answer.contains("\"budget\":1234567.89"), answer);
            assertEquals(true, answer.contains("\"unitCostPerPostYear\":98765.43"), answer);
            assertEquals(3, answer.split("\"amount\":411522.63", -1).length - 1, answer);
        }
        BigDecimal budget = given().config(io.restassured.RestAssured.config().jsonConfig(jsonConfig()
                        .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL)))
                .auth().oauth2(admin()).when().get("/contracts/" + id).then().extract().path("terms.budget");
        assertEquals(new BigDecimal("1234567.89"), budget);
    }

    @Test
    void moreThanTwoDecimalsAStringForANumberAndAFractionForAnIntegerAreRefused() {
        String department = freshDepartment();
        Map<String, Object> fen = contract(department, freshProvider());
        fen.put("budget", new BigDecimal("100000.001"));
        post(officerOf(department), fen).statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("budget"));

        Map<String, Object> text = contract(department, freshProvider());
        text.put("fundedPosts", "3");
        post(officerOf(department), text).statusCode(400).body("errors.field", hasItem("fundedPosts"));

        Map<String, Object> fraction = contract(department, freshProvider());
        fraction.put("fundedPosts", 2.5);
        post(officerOf(department), fraction).statusCode(400).body("errors.field", hasItem("fundedPosts"));

        Map<String, Object> unknown = contract(department, freshProvider());
        unknown.put("status", "ACTIVE");
        post(officerOf(department), unknown).statusCode(400).body("errors.field", hasItem("status"));

        Map<String, Object> site = contract(department, freshProvider());
        site.put("sites", List.of("JO-4401-01"));
        post(officerOf(department), site).statusCode(400).body("errors.field", hasItem("sites[0]"));

        Map<String, Object> code = contract(department, freshProvider());
        String provider = code.get("providerCode").toString();
        code.put("providerCode", provider.substring(0, 17) + (provider.charAt(17) == '0' ? '1' : '0'));
        post(officerOf(department), code).statusCode(400).body("errors.field", hasItem("providerCode"));

        for (Map<String, Object> refused : List.of(fen, text, fraction, unknown, site, code)) {
            assertEquals(0, contractsNumbered(department, refused.get("number").toString()));
        }
    }

    @Test
    void fundingThatDoesNotAddUpToTheBudgetIsRefusedNamingTheFundingSources() {
        String department = freshDepartment();
        Map<String, Object> body = contract(department, freshProvider());
        body.put("fundingSources", List.of(Map.of("source", "FISCAL", "amount", new BigDecimal("200000.00")),
                Map.of("source", "CHARITABLE", "amount", new BigDecimal("99999.99"))));
        post(officerOf(department), body).statusCode(422).contentType("application/problem+json")
                .body("errors.field", contains("fundingSources"));

        Map<String, Object> twice = contract(department, freshProvider());
        twice.put("fundingSources", List.of(Map.of("source", "FISCAL", "amount", new BigDecimal("150000.00")),
                Map.of("source", "FISCAL", "amount", new BigDecimal("150000.00"))));
        post(officerOf(department), twice).statusCode(400).body("errors.field", contains("fundingSources"));

        assertEquals(0, contractsNumbered(department, body.get("number").toString()));
        assertEquals(0, contractsNumbered(department, twice.get("number").toString()));
    }

    @Test
    void aPeriodBackwardsOrLongerThanFiveYearsIsRefusedNamingItsEnd() {
        String department = freshDepartment();
        Map<String, Object> backwards = contract(department, freshProvider());
        backwards.put("periodEnd", "2026-12-31");
        post(officerOf(department), backwards).statusCode(422).body("errors.field", contains("periodEnd"));

        Map<String, Object> tooLong = contract(department, freshProvider());
        tooLong.put("periodEnd", "2032-01-01");
        post(officerOf(department), tooLong).statusCode(422).body("errors.field", contains("periodEnd"));

        Map<String, Object> fiveYears = contract(department, freshProvider());
        fiveYears.put("periodEnd", "2031-12-31");
        post(officerOf(department), fiveYears).statusCode(201);
    }

    @Test
    void anUnknownProviderOrDepartmentIsRefusedNamingIt() {
        String department = freshDepartment();
        Map<String, Object> unknownProvider = contract(department, freshCreditCode());
        post(officerOf(department), unknownProvider).statusCode(422).body("errors.field", contains("providerCode"));

        Map<String, Object> unknownDepartment = contract("DP-NONE-" + freshCreditCode().substring(8), freshProvider());
        post(admin(), unknownDepartment).statusCode(422).body("errors.field", contains("purchaserCode"));

        assertEquals(0, contractsNumbered(department, unknownProvider.get("number").toString()));
    }

    @Test
    void aTakenNumberIsAConflict() {
        Map<String, Object> first = draftedContract();
        Map<String, Object> again = contract(first.get("purchaserCode").toString(), freshProvider());
        again.put("number", first.get("number"));
        post(officerOf(first.get("purchaserCode").toString()), again).statusCode(409);
    }

    @Test
    void whoMayDraftAndNothingIsKeptAfterARefusal() {
        String department = freshDepartment();
        Map<String, Object> body = contract(department, freshProvider());

        post(officerOf(freshDepartment()), body).statusCode(403);
        post(supervisorOf(body.get("providerCode").toString()), body).statusCode(403);
        post(auditor(), body).statusCode(403);
        given().contentType(ContentType.JSON).body(body).when().post("/contracts").then().statusCode(401);
        assertEquals(0, contractsNumbered(department, body.get("number").toString()));

        post(admin(), body).statusCode(201);
        assertEquals(1, contractsNumbered(department, body.get("number").toString()));
    }

    @Test
    void aContractIsReadWithinScopeOnlyAndAnotherScopesIsNotFound() {
        Map<String, Object> c = draftedContract();
        String id = c.get("id").toString();
        String provider = c.get("providerCode").toString();

        for (String reader : List.of(officerOf(c.get("purchaserCode").toString()), supervisorOf(provider), auditor(),
                admin())) {
            given().auth().oauth2(reader).when().get("/contracts/" + id).then().statusCode(200)
                    .body("id", equalTo(id));
        }
        given().auth().oauth2(officerOf(freshDepartment())).when().get("/contracts/" + id).then().statusCode(404);
        given().auth().oauth2(supervisorOf(freshProvider())).when().get("/contracts/" + id).then().statusCode(404);
        given().auth().oauth2(socialWorkerOf(provider)).when().get("/contracts/" + id).then().statusCode(403);
        given().when().get("/contracts/" + id).then().statusCode(401);
    }

    @Test
    void theListIsScopedFilteredAndNewestFirst() {
        String department = freshDepartment();
        String provider = freshProvider();
        Map<String, Object> first = contract(department, provider);
        String firstId = drafted(first);
        Map<String, Object> second = contract(department, freshProvider());
        second.put("serviceType", "YOUTH_AFFAIRS_SOCIAL_WORK");
        String secondId = drafted(second);
        move(secondId, "AWARDED");

        given().auth().oauth2(officerOf(department)).when().get("/contracts").then().statusCode(200)
                .body("total", equalTo(2)).body("items.id", contains(secondId, firstId));
        given().auth().oauth2(officerOf(freshDepartment())).queryParam("purchaserCode", department)
                .when().get("/contracts").then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(supervisorOf(provider)).queryParam("purchaserCode", department)
                .when().get("/contracts").then().statusCode(200).body("items.id", contains(firstId));
        given().auth().oauth2(auditor()).queryParam("purchaserCode", department).queryParam("status", "AWARDED")
                .when().get("/contracts").then().statusCode(200).body("items.id", contains(secondId));
        given().auth().oauth2(admin()).queryParam("purchaserCode", department)
                .queryParam("serviceType", "JUDICIAL_SOCIAL_WORK")
                .when().get("/contracts").then().statusCode(200).body("items.id", contains(firstId));
        @SuppressWarnings("unchecked")
        String site = ((List<String>) first.get("sites")).get(0);
        given().auth().oauth2(admin()).queryParam("site", site).when().get("/contracts").then().statusCode(200)
                .body("items.id", contains(firstId));
        given().auth().oauth2(admin()).queryParam("providerCode", provider).when().get("/contracts")
                .then().statusCode(200).body("items.id", contains(firstId));
        given().auth().oauth2(admin()).queryParam("site", freshSite()).queryParam("size", 1).when().get("/contracts")
                .then().statusCode(200).body("total", equalTo(0));

        given().auth().oauth2(admin()).queryParam("status", "OPEN").when().get("/contracts").then().statusCode(400)
                .body("errors.field", hasItem("status"));
        given().auth().oauth2(admin()).queryParam("serviceType", "POLICING").when().get("/contracts").then()
                .statusCode(400).body("errors.field", hasItem("serviceType"));
        given().auth().oauth2(admin()).queryParam("site", "JO-1").when().get("/contracts").then().statusCode(400)
                .body("errors.field", hasItem("site"));
        given().auth().oauth2(socialWorkerOf(provider)).when().get("/contracts").then().statusCode(403);
        given().when().get("/contracts").then().statusCode(401);
    }
}
