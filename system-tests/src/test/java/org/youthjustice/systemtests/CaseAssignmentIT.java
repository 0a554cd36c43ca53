package org.youthjustice.systemtests;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.youthjustice.local.SuiteSettings;
import org.youthjustice.platform.identity.IdentityNumber;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The life of a case across the services with real Keycloak users: a court refers, the judicial officer accepts,
 * the agency supervisor assigns {@code sw.li} (whom case-service knows to be posted at the office from
 * worker-service's events), {@code sw.li} sees the case and {@code sw.chen} of the same agency does not; and
 * worker-service, following case-service's events, counts the case in sw.li's caseload and allocation.
 */
@ExtendWith(RunningSuite.class)
class CaseAssignmentIT {

    private static RequestSpecification as(SuiteSettings suite, String user) {
        return given().baseUri(suite.gatewayUrl()).auth().oauth2(Keycloak.tokenOf(suite, user));
    }

    private static String etag(SuiteSettings suite, String user, String reference) {
        return as(suite, user).get("/api/cases/" + reference).then().statusCode(200).extract().header("ETag");
    }

    @Test
    void aSupervisorAssignsSwLiWhoSeesTheCaseAndSwChenDoesNot(SuiteSettings suite) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String identityNumber = IdentityNumber.compose("440104", LocalDate.of(2010, 1, 1).plusDays(random.nextInt(1000)),
                random.nextInt(1, 999)).value();
        String reference = as(suite, "court.liu").contentType(ContentType.JSON).body(Map.of(
                        "type", "CORRECTION", "correctionKind", "PROBATION", "officeCode", "JO-440104-01",
                        "periodStart", "2027-01-01", "periodEnd", "2027-12-31", "offenceDate", "2026-06-01",
                        "regionCode", "440104",
                        "juvenile", Map.of("name", "测试少年", "identityNumber", identityNumber, "phone", "13800009998",
                                "address", "广东省广州市越秀区测试路10号")))
                .post("/api/cases").then().statusCode(201).extract().path("reference");

        as(suite, "jo.zhao").contentType(ContentType.JSON).header("If-Match", etag(suite, "jo.zhao", reference))
                .body(Map.of("to", "INTAKE", "reason", "Referral accepted"))
                .post("/api/cases/" + reference + "/transitions").then().statusCode(200);

        // the supervisor's agency serves the office (case-service knows it from worker-service's worker.posted, which
        // may take a moment after the suite starts): the accepted, unassigned case is theirs to pick up
        await().atMost(Duration.ofSeconds(60)).until(() -> as(suite, "sup.wang").queryParam("assigned", "false")
                .queryParam("size", 100).get("/api/cases").then().statusCode(200).extract()
                .jsonPath().getList("items.reference").contains(reference));
        float freeBefore = freeCapacityOfSwLi(suite);
        as(suite, "sup.wang").contentType(ContentType.JSON).header("If-Match", etag(suite, "sup.wang", reference))
                .body(Map.of("workerId", "W0001", "reason", "Judicial specialisation, posted at the office"))
                .put("/api/cases/" + reference + "/assignment")
                .then().statusCode(200).body("assignedWorkerId", equalTo("W0001"));

        as(suite, "sw.li").get("/api/cases/" + reference)
                .then().statusCode(200).body("assignedWorkerId", equalTo("W0001"));
        as(suite, "sw.li").queryParam("size", 100).get("/api/cases")
                .then().statusCode(200).body("items.reference", hasItem(reference));
        as(suite, "sw.chen").get("/api/cases/" + reference).then().statusCode(404);

        // worker-service follows case.assigned: sw.li's caseload holds the case, and her free capacity in the
        // allocation recommendation is one (unweighted, not yet assessed) case less
        await().atMost(Duration.ofSeconds(60)).until(() -> as(suite, "sup.wang").get("/api/workers/W0001/caseload")
                .then().statusCode(200).extract().jsonPath().getList("caseReferences.reference").contains(reference));
        as(suite, "sw.li").get("/api/workers/W0001/caseload")
                .then().statusCode(200).body("caseReferences.reference", hasItem(reference));
        assertEquals(freeBefore - 1, freeCapacityOfSwLi(suite), 0.001);
    }

    /** W0001's free weighted capacity in the recommendation for a correction case at her office. */
    private static float freeCapacityOfSwLi(SuiteSettings suite) {
        return as(suite, "sup.wang").contentType(ContentType.JSON)
                .body(Map.of("officeCode", "JO-440104-01", "caseType", "CORRECTION", "limit", 50))
                .post("/api/allocations/recommendations")
                .then().statusCode(200).extract().jsonPath()
                .getFloat("candidates.find { it.workerId == 'W0001' }.freeCapacity");
    }
}
