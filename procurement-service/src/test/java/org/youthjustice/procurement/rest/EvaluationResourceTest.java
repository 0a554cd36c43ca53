package org.youthjustice.procurement.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.youthjustice.platform.testing.TopicRecords;
import org.youthjustice.procurement.StoredContracts.Contract;
import org.youthjustice.procurement.domain.ContractEvaluation;
import org.youthjustice.procurement.domain.ContractStatus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static io.restassured.module.jsv.JsonSchemaValidator.matchesJsonSchemaInClasspath;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.youthjustice.procurement.ContractCalls.INDICATORS;
import static org.youthjustice.procurement.ContractCalls.evaluate;
import static org.youthjustice.procurement.ContractCalls.evaluation;
import static org.youthjustice.procurement.ContractCalls.fiveAt;
import static org.youthjustice.procurement.ContractCalls.indicator;
import static org.youthjustice.procurement.ContractCalls.postEvaluation;
import static org.youthjustice.procurement.ContractCalls.today;
import static org.youthjustice.procurement.ContractFixtures.admin;
import static org.youthjustice.procurement.ContractFixtures.auditor;
import static org.youthjustice.procurement.StoredContracts.contract;
import static org.youthjustice.procurement.ContractFixtures.officerOf;
import static org.youthjustice.procurement.StoredContracts.officerOf;
import static org.youthjustice.procurement.ContractFixtures.supervisorOf;
import static org.youthjustice.procurement.rest.PaymentResourceTest.isEvent;

@QuarkusTest
class EvaluationResourceTest {

    /** Reads numbers as the exact decimal text they were sent as (1000000.00 stays 1000000.00). */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false).build();

    @Test
    void anOfficerRecordsAWeightedEvaluationThatEveryReaderSeesAndThatIsPublished() throws Exception {
        Contract contract = contract(ContractStatus.ACTIVE, "1000.00");
        Map<String, Object> body = body(today(), List.of(
                indicator("INPUT", 10, "90"), indicator("PROCESS", 20, "85.5"), indicator("OUTPUT", 30, "80.25"),
                indicator("OUTCOME", 25, "70"), indicator("SATISFACTION", 15, "95.75")), null);

        // 9.00 + 17.10 + 24.075 + 17.50 + 14.3625 = 82.0375, half up 82.04
        String location = post(contract, officerOf(contract), body).statusCode(201)
                .body("score", equalTo(82.04f)).body("rating", equalTo("GOOD"))
                .body("indicators.indicator", equalTo(INDICATORS))
                .body("indicators.weight", equalTo(List.of(10, 20, 30, 25, 15)))
                .body("indicators[2].score", equalTo(80.25f))
                .body("evaluator", equalTo("Guangzhou Social Work Evaluation Centre"))
                .body("rectificationPlan", nullValue()).body("withholdsNextInstalment", equalTo(false))
                .body("barredUntil", nullValue())
                .extract().header("Location");

        assertThat(location, containsString(contract.path() + "/evaluations/"));
        for (String reader : List.of(officerOf(contract), supervisorOf(contract.providerCode()), auditor(), admin())) {
            given().auth().oauth2(reader).when().get(contract.path() + "/evaluations").then().statusCode(200)
                    .body("total", equalTo(1)).body("items[0].score", equalTo(82.04f));
            given().auth().oauth2(reader).when().get(location).then().statusCode(200)
                    .body("rating", equalTo("GOOD"));
        }
        String id = location.substring(location.lastIndexOf('/') + 1);
        try (TopicRecords records = TopicRecords.of("contracts.v1")) {
            ConsumerRecord<String, String> record = records.await(r -> isEvent(r, contract, "evaluation.completed"));
            JsonNode data = JSON.readTree(record.value()).get("data");
            assertThat(data.toString(), matchesJsonSchemaInClasspath(
                    "events/procurement-service/evaluation.completed.v1.schema.json"));
            assertEquals(id, data.get("evaluationId").asText());
            assertEquals("82.04", data.get("score").decimalValue().toPlainString());
            assertEquals("GOOD", data.get("rating").asText());
            assertFalse(data.get("rectificationRequired").asBoolean());
            assertFalse(record.value().contains("Evaluation Centre"), "the evaluator does not travel");
        }
    }

    @Test
    void theRatingBoundariesHoldToTheHundredth() {
        Contract contract = contract(ContractStatus.ACTIVE, "1000.00");
        evaluate(contract, officerOf(contract), today(), "89.99", null).statusCode(201)
                .body("score", equalTo(89.99f)).body("rating", equalTo("GOOD"));
        evaluate(contract, officerOf(contract), today(), "90.00", null).statusCode(201)
                .body("rating", equalTo("EXCELLENT"));
        evaluate(contract, officerOf(contract), today(), "80", null).statusCode(201).body("rating", equalTo("GOOD"));
        evaluate(contract, officerOf(contract), today(), "79.99", "Plan").statusCode(201)
                .body("rating", equalTo("QUALIFIED"));
        evaluate(contract, officerOf(contract), today(), "60", "Plan").statusCode(201)
                .body("rating", equalTo("QUALIFIED")).body("barredUntil", nullValue());
        evaluate(contract, officerOf(contract), today(), "59.99", "Plan").statusCode(201)
                .body("rating", equalTo("UNQUALIFIED"));
        // half up once at the end: 50 × 89.99 + 50 × 90.00 = 89.995 → 90.00
        List<Map<String, Object>> halves = new ArrayList<>(List.of(indicator("INPUT", 50, "89.99"),
                indicator("PROCESS", 50, "90.00"), indicator("OUTPUT", 0, "0"), indicator("OUTCOME", 0, "0"),
                indicator("SATISFACTION", 0, "0")));
        post(contract, officerOf(contract), body(today(), halves, null)).statusCode(201)
                .body("score", equalTo(90.00f)).body("rating", equalTo("EXCELLENT"));
    }

    @Test
    void anUnqualifiedEvaluationBarsTheProviderForTheConfiguredPeriodAndIsPublished() throws Exception {
        Contract contract = contract(ContractStatus.CLOSED, "1000.00");
        LocalDate on = LocalDate.parse(today()).minusDays(3);

        String id = evaluate(contract, admin(), on.toString(), "59.99", "Replace the team leader").statusCode(201)
                .body("rating", equalTo("UNQUALIFIED")).body("rectificationPlan", equalTo("Replace the team leader"))
                .body("withholdsNextInstalment", equalTo(true))
                .body("barredUntil", equalTo(on.plusYears(2).toString())).extract().path("id");

        try (TopicRecords records = TopicRecords.of("contracts.v1")) {
            JsonNode data = JSON.readTree(records.await(r -> isEvent(r, contract, "evaluation.completed")
                    && r.value().contains(id)).value()).get("data");
            assertThat(data.toString(), matchesJsonSchemaInClasspath(
                    "events/procurement-service/evaluation.completed.v1.schema.json"));
            assertEquals("UNQUALIFIED", data.get("rating").asText());
            assertEquals(true, data.get("rectificationRequired").asBoolean());
            assertEquals(on.plusYears(2).toString(), data.get("barredUntil").asText());
            assertFalse(data.toString().contains("team leader"), "the plan does not travel");
        }
    }

    @Test
    void belowGoodARectificationPlanIsRequiredAndAtAnyRatingItIsKept() {
        Contract contract = contract(ContractStatus.ACTIVE, "1000.00");
        evaluate(contract, officerOf(contract), today(), "79.99", null).statusCode(422)
                .contentType("application/problem+json").body("errors.field", hasItem("rectificationPlan"));
        evaluate(contract, officerOf(contract), today(), "30", "   ").statusCode(422)
                .body("errors.field", hasItem("rectificationPlan"));
        assertEquals(0, evaluations(contract));

        evaluate(contract, officerOf(contract), today(), "95", "Share the visit protocol").statusCode(201)
                .body("rating", equalTo("EXCELLENT")).body("rectificationPlan", equalTo("Share the visit protocol"));
    }

    @Test
    void theIndicatorsMustBeTheFiveEachOnceWithWeightsAddingUpTo100() {
        Contract contract = contract(ContractStatus.ACTIVE, "1000.00");
        List<Map<String, Object>> heavy = fiveAt("85");
        heavy.set(0, indicator("INPUT", 21, "85"));
        post(contract, officerOf(contract), body(today(), heavy, null)).statusCode(422)
                .contentType("application/problem+json").body("errors.field", hasItem("indicators"))
                .body("detail", containsString("101"));
        List<Map<String, Object>> twice = fiveAt("85");
        twice.set(4, indicator("INPUT", 20, "85"));
        post(contract, officerOf(contract), body(today(), twice, null)).statusCode(422)
                .body("errors.field", hasItem("indicators")).body("detail", containsString("INPUT"));
        List<Map<String, Object>> four = fiveAt("85");
        four.remove(4);
        four.set(0, indicator("INPUT", 40, "85"));
        post(contract, officerOf(contract), body(today(), four, null)).statusCode(422)
                .body("errors.field", hasItem("indicators"));
        List<Map<String, Object>> six = fiveAt("85");
        six.add(indicator("OUTPUT", 0, "85"));
        post(contract, officerOf(contract), body(today(), six, null)).statusCode(400)
                .body("errors.field", hasItem("indicators"));

        assertEquals(0, evaluations(contract));
    }

    @Test
    void invalidInputIsRefusedWithTheFieldNamed() {
        Contract contract = contract(ContractStatus.ACTIVE, "1000.00");
        List<Map<String, Object>> overHundred = fiveAt("85");
        overHundred.set(1, indicator("PROCESS", 20, "100.01"));
        post(contract, officerOf(contract), body(today(), overHundred, null)).statusCode(400)
                .body("errors.field", hasItem("indicators[1].score"));
        List<Map<String, Object>> thirdDecimal = fiveAt("85");
        thirdDecimal.set(2, indicator("OUTPUT", 20, "85.001"));
        post(contract, officerOf(contract), body(today(), thirdDecimal, null)).statusCode(400)
                .body("errors.field", hasItem("indicators[2].score"));
        Map<String, Object> blank = body(today(), fiveAt("85"), null);
        blank.put("evaluator", " ");
        post(contract, officerOf(contract), blank).statusCode(400).body("errors.field", hasItem("evaluator"));
        Map<String, Object> noDay = body(today(), fiveAt("85"), null);
        noDay.remove("evaluatedOn");
        post(contract, officerOf(contract), noDay).statusCode(400).body("errors.field", hasItem("evaluatedOn"));
        String fractionalWeight = "{\"evaluator\": \"Centre\", \"evaluatedOn\": \"" + today() + "\", \"indicators\": ["
                + "{\"indicator\": \"INPUT\", \"weight\": 20.5, \"score\": 85}]}";
        given().auth().oauth2(officerOf(contract)).contentType(ContentType.JSON).body(fractionalWeight)
                .when().post(contract.path() + "/evaluations").then().statusCode(400)
                .contentType("application/problem+json");
        post(contract, officerOf(contract), body(LocalDate.parse(today()).plusDays(1).toString(), fiveAt("85"), null))
                .statusCode(422).body("errors.field", hasItem("evaluatedOn"));

        assertEquals(0, evaluations(contract));
    }

    @Test
    void onlyActiveOrClosedContractsAreEvaluated() {
        for (ContractStatus status : List.of(ContractStatus.DRAFT, ContractStatus.AWARDED, ContractStatus.TERMINATED)) {
            Contract contract = contract(status, "1000.00");
            evaluate(contract, officerOf(contract), today(), "85", null).statusCode(409)
                    .contentType("application/problem+json").body("contractStatus", equalTo(status.name()));
            assertEquals(0, evaluations(contract));
        }
    }

    @Test
    void onlyTheOfficersOfThePurchaserAndAdminsEvaluateAndOutsidersReadNothing() {
        Contract contract = contract(ContractStatus.ACTIVE, "1000.00");
        evaluate(contract, supervisorOf(contract.providerCode()), today(), "85", null).statusCode(403)
                .contentType("application/problem+json");
        evaluate(contract, auditor(), today(), "85", null).statusCode(403);
        given().contentType(ContentType.JSON).body(body(today(), fiveAt("85"), null))
                .when().post(contract.path() + "/evaluations").then().statusCode(401);
        evaluate(contract, officerOf("DP-ELSEWHERE"), today(), "85", null).statusCode(404)
                .contentType("application/problem+json");
        assertEquals(0, evaluations(contract));

        String id = evaluate(contract, admin(), today(), "85", null).statusCode(201).extract().path("id");
        for (String outsider : List.of(officerOf("DP-ELSEWHERE"), supervisorOf("52440100MJL000000X"))) {
            given().auth().oauth2(outsider).when().get(contract.path() + "/evaluations").then().statusCode(404);
            given().auth().oauth2(outsider).when().get(contract.path() + "/evaluations/" + id).then().statusCode(404);
        }
        given().when().get(contract.path() + "/evaluations").then().statusCode(401);
        given().auth().oauth2(admin()).when().get(contract(ContractStatus.ACTIVE, "10.00").path() + "/evaluations/"
                + id).then().statusCode(404);
    }

    private static ValidatableResponse post(Contract contract, String token, Map<String, Object> body) {
        return postEvaluation(contract, token, body);
    }

    private static Map<String, Object> body(String on, List<Map<String, Object>> indicators, String plan) {
        return evaluation(on, indicators, plan);
    }

    private static long evaluations(Contract contract) {
        return QuarkusTransaction.requiringNew().call(() -> ContractEvaluation.count("contractId", contract.id()));
    }
}
