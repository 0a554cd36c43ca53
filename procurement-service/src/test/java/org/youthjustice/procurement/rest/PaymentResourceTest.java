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
import org.youthjustice.platform.caller.Roles;
import org.youthjustice.platform.testing.TestTokens;
import org.youthjustice.platform.testing.TopicRecords;
import org.youthjustice.procurement.StoredContracts.Contract;
import org.youthjustice.procurement.domain.ContractPayment;
import org.youthjustice.procurement.domain.ContractStatus;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static io.restassured.module.jsv.JsonSchemaValidator.matchesJsonSchemaInClasspath;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.youthjustice.procurement.ContractCalls.evaluate;
import static org.youthjustice.procurement.ContractCalls.plannedInstalment;
import static org.youthjustice.procurement.ContractCalls.today;
import static org.youthjustice.procurement.ContractFixtures.admin;
import static org.youthjustice.procurement.ContractFixtures.auditor;
import static org.youthjustice.procurement.StoredContracts.contract;
import static org.youthjustice.procurement.ContractFixtures.officerOf;
import static org.youthjustice.procurement.StoredContracts.officerOf;
import static org.youthjustice.procurement.StoredContracts.setStatus;
import static org.youthjustice.procurement.ContractFixtures.supervisorOf;

@QuarkusTest
class PaymentResourceTest {

    /** Reads numbers as the exact decimal text they were sent as (1000000.00 stays 1000000.00). */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false).build();

    @Test
    void anOfficerPlansInstalmentsNumberedInOrderAndEveryReaderSeesThem() {
        Contract contract = contract(ContractStatus.DRAFT, "1000000.00");

        String location = plan(contract, officerOf(contract), "SIGNING", "300000").statusCode(201)
                .body("instalment", equalTo(1)).body("milestone", equalTo("SIGNING"))
                .body("plannedAmount", equalTo(300000.00f)).body("status", equalTo("PLANNED"))
                .body("paidAmount", nullValue()).body("paidOn", nullValue())
                .extract().header("Location");
        plan(contract, admin(), "MID_TERM", "400000.00").statusCode(201).body("instalment", equalTo(2));
        plan(contract, officerOf(contract), "FINAL", "300000.00").statusCode(201).body("instalment", equalTo(3));

        assertThat(location, containsString(contract.path() + "/payments/"));
        given().auth().oauth2(auditor()).when().get(location).then().statusCode(200).body("instalment", equalTo(1));
        for (String reader : List.of(officerOf(contract), supervisorOf(contract.providerCode()), auditor(), admin())) {
            given().auth().oauth2(reader).when().get(contract.path() + "/payments").then().statusCode(200)
                    .body("total", equalTo(3)).body("items.instalment", equalTo(List.of(1, 2, 3)))
                    .body("items.milestone", equalTo(List.of("SIGNING", "MID_TERM", "FINAL")))
                    .body("items.status", equalTo(List.of("PLANNED", "PLANNED", "PLANNED")));
        }
        given().auth().oauth2(auditor()).queryParam("size", 2).queryParam("page", 1)
                .when().get(contract.path() + "/payments").then().statusCode(200)
                .body("total", equalTo(3)).body("items.instalment", equalTo(List.of(3)));
    }

    @Test
    void aPlannedTotalBeyondTheBudgetIsRefusedNamingPlannedAmountAndWhatRemains() {
        Contract contract = contract(ContractStatus.AWARDED, "1000000.00");
        plan(contract, officerOf(contract), "SIGNING", "600000.00").statusCode(201);

        plan(contract, officerOf(contract), "FINAL", "400000.01").statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("plannedAmount"))
                .body("detail", containsString("400000.01")).body("detail", containsString("400000.00 CNY remain"));

        assertEquals(1, payments(contract));
        plan(contract, officerOf(contract), "FINAL", "400000.00").statusCode(201).body("instalment", equalTo(2));
    }

    @Test
    void amountsNeverDriftThreeThirdsPayTheBudgetExactlyAndNotAFenMore() throws Exception {
        Contract contract = contract(ContractStatus.ACTIVE, "1000000.00");
        String first = planned(contract, "SIGNING", "333333.33");
        String second = planned(contract, "SIGNING", "333333.33");
        String third = planned(contract, "FINAL", "333333.34");
        plan(contract, officerOf(contract), "FINAL", "0.01").statusCode(422)
                .body("errors.field", hasItem("plannedAmount")).body("detail", containsString("0.00 CNY remain"));

        pay(contract, first, "333333.33", today()).statusCode(200).body("status", equalTo("PAID"));
        pay(contract, second, "333333.33", today()).statusCode(200);
        pay(contract, third, "333333.35", today()).statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("paidAmount"))
                .body("detail", containsString("333333.35")).body("detail", containsString("333333.34 CNY remain"));
        pay(contract, third, "333333.34", today()).statusCode(200).body("paidAmount", equalTo(333333.34f));

        assertEquals(new BigDecimal("1000000.00"),
                QuarkusTransaction.requiringNew().call(() -> ContractPayment.paidTotal(contract.id())));
        try (TopicRecords records = TopicRecords.of("contracts.v1")) {
            ConsumerRecord<String, String> last = records.await(r -> isEvent(r, contract, "payment.made")
                    && r.value().contains(third));
            JsonNode data = JSON.readTree(last.value()).get("data");
            assertThat(data.toString(), matchesJsonSchemaInClasspath(
                    "events/procurement-service/payment.made.v1.schema.json"));
            assertEquals("1000000.00", data.get("paidTotal").decimalValue().toPlainString());
            assertEquals("333333.34", data.get("amount").decimalValue().toPlainString());
            assertEquals(3, data.get("instalment").asInt());
        }
    }

    @Test
    void amountsWithMoreThanTwoDecimalsOrNotPositiveAreInvalid() {
        Contract contract = contract(ContractStatus.ACTIVE, "1000.00");
        plan(contract, officerOf(contract), "SIGNING", "0.001").statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("plannedAmount"));
        plan(contract, officerOf(contract), "SIGNING", "0").statusCode(400)
                .body("errors.field", hasItem("plannedAmount"));
        String payment = planned(contract, "SIGNING", "100.00");

        pay(contract, payment, "0.001", today()).statusCode(400).body("errors.field", hasItem("paidAmount"));
        pay(contract, payment, "-1.00", today()).statusCode(400).body("errors.field", hasItem("paidAmount"));

        assertEquals(1, payments(contract));
        assertEquals(BigDecimal.ZERO.setScale(2), paidTotal(contract));
    }

    @Test
    void invalidBodiesAreRefusedWithTheFieldNamed() {
        Contract contract = contract(ContractStatus.ACTIVE, "1000.00");
        Map<String, Object> noMilestone = new HashMap<>(Map.of("plannedAmount", 10, "plannedOn", "2027-01-01"));
        body(contract, officerOf(contract), noMilestone).statusCode(400).body("errors.field", hasItem("milestone"));
        body(contract, officerOf(contract), "{\"milestone\": \"SIGNING\", \"plannedAmount\": \"ten\", "
                + "\"plannedOn\": \"2027-01-01\"}").statusCode(400).contentType("application/problem+json");
        body(contract, officerOf(contract), "{\"milestone\": \"BONUS\", \"plannedAmount\": 10, "
                + "\"plannedOn\": \"2027-01-01\"}").statusCode(400).contentType("application/problem+json");
        body(contract, officerOf(contract), "{\"milestone\": \"SIGNING\", \"plannedAmount\": 10, "
                + "\"plannedOn\": \"2027-01-01\", \"instalment\": 7}").statusCode(400)
                .contentType("application/problem+json");
        String payment = planned(contract, "SIGNING", "100.00");
        given().auth().oauth2(officerOf(contract)).contentType(ContentType.JSON).body(Map.of("paidAmount", 10))
                .when().post(contract.path() + "/payments/" + payment + "/disbursement")
                .then().statusCode(400).body("errors.field", hasItem("paidOn"));

        assertEquals(1, payments(contract));
        assertEquals(BigDecimal.ZERO.setScale(2), paidTotal(contract));
    }

    @Test
    void planningIsForDraftAwardedOrActiveContractsPayingForAwardedOrActiveOnes() {
        Contract closed = contract(ContractStatus.CLOSED, "1000.00");
        plan(closed, officerOf(closed), "SIGNING", "10.00").statusCode(409).contentType("application/problem+json");
        Contract terminated = contract(ContractStatus.TERMINATED, "1000.00");
        plan(terminated, officerOf(terminated), "SIGNING", "10.00").statusCode(409);
        assertEquals(0, payments(closed) + payments(terminated));

        Contract draft = contract(ContractStatus.DRAFT, "1000.00");
        String payment = planned(draft, "SIGNING", "10.00");
        pay(draft, payment, "10.00", today()).statusCode(409).contentType("application/problem+json")
                .body("contractStatus", equalTo("DRAFT"));
        setStatus(draft, ContractStatus.AWARDED);
        pay(draft, payment, "10.00", today()).statusCode(200).body("paidOn", equalTo(today()));
        pay(draft, payment, "10.00", today()).statusCode(409).body("detail", containsString("was paid"));
        String another = planned(draft, "FINAL", "10.00");
        setStatus(draft, ContractStatus.TERMINATED);
        pay(draft, another, "10.00", today()).statusCode(409);
        plan(draft, officerOf(draft), "FINAL", "10.00").statusCode(409);

        assertEquals(new BigDecimal("10.00"), paidTotal(draft));
        assertEquals(2, payments(draft));
    }

    @Test
    void aPaymentForADayToComeIsRefused() {
        Contract contract = contract(ContractStatus.ACTIVE, "1000.00");
        String payment = planned(contract, "SIGNING", "10.00");
        pay(contract, payment, "10.00", LocalDate.parse(today()).plusDays(1).toString()).statusCode(422)
                .body("errors.field", hasItem("paidOn"));
        assertEquals(BigDecimal.ZERO.setScale(2), paidTotal(contract));
    }

    @Test
    void aMidTermInstalmentWaitsForAnEvaluation() {
        Contract contract = contract(ContractStatus.ACTIVE, "1000.00");
        String midTerm = planned(contract, "MID_TERM", "500.00");

        pay(contract, midTerm, "500.00", today()).statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("milestone"));
        assertEquals(BigDecimal.ZERO.setScale(2), paidTotal(contract));

        evaluate(contract, officerOf(contract), today(), "85.00", null).statusCode(201);
        pay(contract, midTerm, "500.00", today()).statusCode(200).body("status", equalTo("PAID"));
    }

    @Test
    void anUnqualifiedEvaluationWithholdsTheNextInstalmentUntilAQualifiedOne() {
        Contract contract = contract(ContractStatus.ACTIVE, "1000.00");
        String signing = planned(contract, "SIGNING", "300.00");
        String midTerm = planned(contract, "MID_TERM", "400.00");
        String last = planned(contract, "FINAL", "300.00");
        pay(contract, signing, "300.00", today()).statusCode(200);
        LocalDate today = LocalDate.parse(today());
        String unqualified = evaluate(contract, officerOf(contract),
                today.minusDays(10).toString(), "55.00", "Weekly supervision of visit records").statusCode(201)
                .body("withholdsNextInstalment", equalTo(true)).extract().path("id");

        given().auth().oauth2(supervisorOf(contract.providerCode())).when().get(contract.path() + "/payments")
                .then().statusCode(200).body("items.status", equalTo(List.of("PAID", "WITHHELD", "PLANNED")))
                .body("items[1].withheldBy", equalTo(unqualified)).body("items[2].withheldBy", nullValue());
        pay(contract, midTerm, "400.00", today()).statusCode(422).contentType("application/problem+json")
                .body("evaluationId", equalTo(unqualified)).body("detail", containsString(unqualified));
        pay(contract, last, "300.00", today()).statusCode(422).body("evaluationId", equalTo(unqualified));
        assertEquals(new BigDecimal("300.00"), paidTotal(contract));

        // a later unqualified evaluation goes on withholding; a later qualified one clears it
        String again = evaluate(contract, officerOf(contract), today.minusDays(7).toString(),
                "40.00", "Replace the team leader").statusCode(201).extract().path("id");
        pay(contract, midTerm, "400.00", today()).statusCode(422).body("evaluationId", equalTo(again));
        given().auth().oauth2(auditor()).when().get(contract.path() + "/evaluations/" + unqualified)
                .then().statusCode(200).body("withholdsNextInstalment", equalTo(false));
        evaluate(contract, officerOf(contract), today.minusDays(2).toString(), "60.00",
                "Keep the weekly supervision").statusCode(201).body("withholdsNextInstalment", equalTo(false));

        given().auth().oauth2(officerOf(contract)).when().get(contract.path() + "/payments/" + midTerm)
                .then().statusCode(200).body("status", equalTo("PLANNED")).body("withheldBy", nullValue());
        pay(contract, midTerm, "400.00", today()).statusCode(200);
        pay(contract, last, "300.00", today()).statusCode(200);
    }

    @Test
    void theBudgetThresholdsAreRaisedOnceEachAndOnePaymentMayRaiseBoth() throws Exception {
        Contract contract = contract(ContractStatus.ACTIVE, "1000.00");
        String half = planned(contract, "SIGNING", "500.00");
        String more = planned(contract, "SIGNING", "350.00");
        String rest = planned(contract, "FINAL", "150.00");
        pay(contract, half, "500.00", today()).statusCode(200);
        pay(contract, more, "350.00", today()).statusCode(200);
        pay(contract, rest, "150.00", today()).statusCode(200);
        Contract atOnce = contract(ContractStatus.AWARDED, "100.00");
        pay(atOnce, planned(atOnce, "SIGNING", "100.00"), "100.00", today()).statusCode(200);

        try (TopicRecords records = TopicRecords.of("contracts.v1")) {
            records.await(r -> isEvent(r, atOnce, "contract.budget-threshold")
                    && data(List.of(r)).get(0).path("thresholdPercent").asInt() == 100);
            List<JsonNode> thresholds = data(records.all(r -> isEvent(r, contract, "contract.budget-threshold"),
                    Duration.ofSeconds(2)));
            assertEquals(List.of(80, 100), thresholds.stream().map(d -> d.get("thresholdPercent").asInt()).toList());
            for (JsonNode threshold : thresholds) {
                assertThat(threshold.toString(), matchesJsonSchemaInClasspath(
                        "events/procurement-service/contract.budget-threshold.v1.schema.json"));
            }
            assertEquals("850.00", thresholds.get(0).get("paidTotal").decimalValue().toPlainString());
            assertEquals("85.00", thresholds.get(0).get("burnPercent").decimalValue().toPlainString());
            assertEquals(today(), thresholds.get(0).get("reachedOn").asText());
            assertEquals("100.00", thresholds.get(1).get("burnPercent").decimalValue().toPlainString());
            assertEquals(3, records.all(r -> isEvent(r, contract, "payment.made"), Duration.ZERO).size());
            assertEquals(List.of(80, 100), data(records.all(r -> isEvent(r, atOnce, "contract.budget-threshold"),
                    Duration.ZERO)).stream().map(d -> d.get("thresholdPercent").asInt()).toList());
        }
    }

    @Test
    void onlyTheOfficersOfThePurchaserAndAdminsPlanAndPay() {
        Contract contract = contract(ContractStatus.ACTIVE, "1000.00");
        String payment = planned(contract, "SIGNING", "100.00");

        plan(contract, supervisorOf(contract.providerCode()), "SIGNING", "10.00").statusCode(403)
                .contentType("application/problem+json");
        plan(contract, auditor(), "SIGNING", "10.00").statusCode(403);
        given().contentType(ContentType.JSON).body(planBody("SIGNING", "10.00"))
                .when().post(contract.path() + "/payments").then().statusCode(401);
        plan(contract, officerOf("DP-ELSEWHERE"), "SIGNING", "10.00").statusCode(404)
                .contentType("application/problem+json");
        pay(contract, payment, "100.00", today(), supervisorOf(contract.providerCode())).statusCode(403);
        pay(contract, payment, "100.00", today(), officerOf("DP-ELSEWHERE")).statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("paidAmount", 100, "paidOn", today()))
                .when().post(contract.path() + "/payments/" + payment + "/disbursement").then().statusCode(401);

        assertEquals(1, payments(contract));
        assertEquals(BigDecimal.ZERO.setScale(2), paidTotal(contract));
        pay(contract, payment, "100.00", today(), admin()).statusCode(200);
    }

    @Test
    void readersOutsideTheContractGet404AndOtherRoles403() {
        Contract contract = contract(ContractStatus.ACTIVE, "1000.00");
        String payment = planned(contract, "SIGNING", "100.00");

        for (String outsider : List.of(officerOf("DP-ELSEWHERE"), supervisorOf("52440100MJL000000X"))) {
            given().auth().oauth2(outsider).when().get(contract.path() + "/payments").then().statusCode(404)
                    .contentType("application/problem+json");
            given().auth().oauth2(outsider).when().get(contract.path() + "/payments/" + payment).then()
                    .statusCode(404);
        }
        given().auth().oauth2(TestTokens.user("sw.li").roles(Roles.SOCIAL_WORKER).token())
                .when().get(contract.path() + "/payments").then().statusCode(403);
        given().when().get(contract.path() + "/payments").then().statusCode(401);
        given().auth().oauth2(admin()).when().get(contract(ContractStatus.ACTIVE, "10.00").path() + "/payments/"
                + payment).then().statusCode(404);
        given().auth().oauth2(admin()).queryParam("size", 101).when().get(contract.path() + "/payments")
                .then().statusCode(400).body("errors.field", hasItem(endsWith("size")));
    }

    static ValidatableResponse plan(Contract contract, String token, String milestone, String amount) {
        return body(contract, token, planBody(milestone, amount));
    }

    /** Plans an instalment as the purchaser's officer; returns its id. */
    static String planned(Contract contract, String milestone, String amount) {
        return plan(contract, officerOf(contract), milestone, amount).statusCode(201).extract().path("id");
    }

    private static Map<String, Object> planBody(String milestone, String amount) {
        return plannedInstalment(milestone, amount);
    }

    private static ValidatableResponse body(Contract contract, String token, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post(contract.path() + "/payments").then();
    }

    static ValidatableResponse pay(Contract contract, String payment, String amount, String on) {
        return pay(contract, payment, amount, on, officerOf(contract));
    }

    private static ValidatableResponse pay(Contract contract, String payment, String amount, String on,
            String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("paidAmount", new BigDecimal(amount), "paidOn", on))
                .when().post(contract.path() + "/payments/" + payment + "/disbursement").then();
    }

    private static long payments(Contract contract) {
        return QuarkusTransaction.requiringNew().call(() -> ContractPayment.count("contractId", contract.id()));
    }

    private static BigDecimal paidTotal(Contract contract) {
        return QuarkusTransaction.requiringNew().call(() -> ContractPayment.paidTotal(contract.id()));
    }

    /** Whether {@code record} is an event of {@code type} about {@code contract} (the outbox keeps it as jsonb). */
    static boolean isEvent(ConsumerRecord<String, String> record, Contract contract, String type) {
        try {
            return contract.id().toString().equals(record.key())
                    && type.equals(JSON.readTree(record.value()).path("type").asText());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<JsonNode> data(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(r -> {
            try {
                return JSON.readTree(r.value()).get("data");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
