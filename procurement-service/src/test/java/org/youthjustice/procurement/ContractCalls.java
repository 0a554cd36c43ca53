package org.youthjustice.procurement;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.youthjustice.platform.time.ServiceZone;
import org.youthjustice.procurement.StoredContracts.Contract;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Calls of the payments and evaluations API that several tests make. */
public final class ContractCalls {

    public static final List<String> INDICATORS = List.of("INPUT", "PROCESS", "OUTPUT", "OUTCOME", "SATISFACTION");

    private ContractCalls() {
    }

    /** Today in the service zone, as the service counts days. */
    public static String today() {
        return ServiceZone.today(Clock.systemUTC()).toString();
    }

    /** Records an evaluation with the five indicators weighted 20 each, all scored {@code score}. */
    public static ValidatableResponse evaluate(Contract contract, String token, String on, String score, String plan) {
        return postEvaluation(contract, token, evaluation(on, fiveAt(score), plan));
    }

    public static ValidatableResponse postEvaluation(Contract contract, String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post(contract.path() + "/evaluations").then();
    }

    public static Map<String, Object> evaluation(String on, List<Map<String, Object>> indicators, String plan) {
        Map<String, Object> body = new HashMap<>();
        body.put("evaluator", "Guangzhou Social Work Evaluation Centre");
        body.put("evaluatedOn", on);
        body.put("indicators", indicators);
        if (plan != null) {
            body.put("rectificationPlan", plan);
        }
        return body;
    }

    /** The five indicators weighted 20 each, all scored {@code score}. */
    public static List<Map<String, Object>> fiveAt(String score) {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (String indicator : INDICATORS) {
            lines.add(indicator(indicator, 20, score));
        }
        return lines;
    }

    public static Map<String, Object> indicator(String indicator, int weight, String score) {
        return Map.of("indicator", indicator, "weight", weight, "score", new BigDecimal(score));
    }

    public static Map<String, Object> plannedInstalment(String milestone, String amount) {
        return Map.of("milestone", milestone, "plannedAmount", new BigDecimal(amount), "plannedOn", "2027-01-15");
    }
}
