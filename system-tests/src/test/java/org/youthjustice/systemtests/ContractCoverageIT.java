package org.youthjustice.systemtests;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.youthjustice.local.SuiteSettings;
import org.youthjustice.platform.identity.IdentityNumber;
import org.youthjustice.platform.time.ServiceZone;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 13, item 9: coverage across the suite. Guangzhou's procurement officer drafts, awards and activates a contract
 * with the demo agency Sunshine for an office of this test alone (a fresh code, so that no other test's or run's
 * postings and cases count), all through the gateway; the agency's supervisor posts a fresh worker there, a court
 * refers a juvenile to the office and the admin accepts, assigns and activates the case. procurement-service learns of
 * both only from worker-service's and case-service's events, and the contract's coverage shows the filled post and the
 * active client within a bounded wait.
 */
@ExtendWith(RunningSuite.class)
class ContractCoverageIT {

    private static final String SUNSHINE = DemoScopes.SUNSHINE;
    private static final String GUANGZHOU_JUSTICE = "DP-4401-JUSTICE";
    /** Events travel through Kafka to procurement-service: as long as the other system tests wait for theirs. */
    private static final Duration EVENTS = Duration.ofSeconds(120);

    /** One token per user for the test (it takes well under a token's 5 minutes), however often it polls. */
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private static RequestSpecification as(SuiteSettings suite, String user) {
        return given().baseUri(suite.gatewayUrl())
                .auth().oauth2(TOKENS.computeIfAbsent(user, name -> Keycloak.tokenOf(suite, name)))
                .contentType(ContentType.JSON);
    }

    @Test
    void anActiveContractsCoverageShowsTheWorkerPostedAtItsOfficeAndTheClientAssignedThere(SuiteSettings suite)
            throws Exception {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        // a judicial office no other test or run uses, in the contract's site format JO-<district>-<nn>
        String office = "JO-44%04d-%02d".formatted(random.nextInt(10_000), random.nextInt(100));
        String contractId = activeContract(suite, office);

        String worker = "W" + random.nextInt(100_000_000, 1_000_000_000);
        LocalDate today = LocalDate.now(ServiceZone.ZONE);
        as(suite, "sup.wang").body(Map.of("workerId", worker, "agencyCode", SUNSHINE, "name", "测试社工",
                        "identityNumber", IdentityNumber.compose("440104", LocalDate.of(1990, 1, 1)
                                .plusDays(random.nextInt(3650)), random.nextInt(1000)).value(),
                        "phone", "139" + random.nextInt(10_000_000, 100_000_000), "frontLine", true))
                .post("/api/workers").then().statusCode(201);
        as(suite, "sup.wang").body(Map.of("siteCode", office, "siteKind", "JUDICIAL_OFFICE",
                        "from", today.minusDays(7).toString(), "fraction", 1, "dutyDaysPerWeek", 5))
                .post("/api/workers/" + worker + "/postings").then().statusCode(201);

        String reference = activeCaseLedBy(suite, office, worker);

        JsonPath coverage = Polling.until(EVENTS, () -> as(suite, "proc.huang")
                        .get("/api/contracts/" + contractId + "/coverage").then().statusCode(200).extract().jsonPath(),
                read -> filled(read).signum() > 0 && read.getLong("activeClients") > 0);
        System.out.printf("[coverage] contract %s at %s, case %s, worker %s: %s%n", contractId, office, reference,
                worker, coverage.prettify());
        assertEquals(1, coverage.getInt("fundedPosts"));
        assertEquals(0, BigDecimal.ONE.compareTo(filled(coverage)), "the worker posted at the office, full time");
        assertEquals(1, coverage.getLong("activeClients"), "the case assigned at the office");
        assertEquals(0, BigDecimal.ONE.compareTo(new BigDecimal(coverage.getString("clientsPerFilledPost"))));

        // the agency's supervisor reads the coverage of the agency's contract; a judicial officer may not
        as(suite, "sup.wang").get("/api/contracts/" + contractId + "/coverage").then().statusCode(200);
        as(suite, "jo.zhao").get("/api/contracts/" + contractId + "/coverage").then().statusCode(403);
    }

    /** Posts filled: the sum of the fractions of full time posted, a decimal. */
    private static BigDecimal filled(JsonPath coverage) {
        return new BigDecimal(coverage.getString("filledPosts"));
    }

    /** Drafted by proc.huang for Guangzhou's justice bureau, then awarded and activated with the ETag of each step. */
    private static String activeContract(SuiteSettings suite, String office) {
        LocalDate today = LocalDate.now(ServiceZone.ZONE);
        String number = "IT-COVERAGE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Response drafted = as(suite, "proc.huang").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.ofEntries(Map.entry("number", number), Map.entry("title", "Coverage system test"),
                        Map.entry("purchaserCode", GUANGZHOU_JUSTICE), Map.entry("providerCode", SUNSHINE),
                        Map.entry("purchaseMode", "BY_POST"), Map.entry("serviceType", "JUDICIAL_SOCIAL_WORK"),
                        Map.entry("sites", List.of(office)), Map.entry("periodStart", today.minusDays(30).toString()),
                        Map.entry("periodEnd", today.plusDays(334).toString()), Map.entry("fundedPosts", 1),
                        Map.entry("budget", 100_000),
                        Map.entry("fundingSources", List.of(Map.of("source", "FISCAL", "amount", 100_000)))))
                .post("/api/contracts");
        drafted.then().statusCode(201);
        String id = drafted.path("id");
        String etag = drafted.header("ETag");
        for (String to : List.of("AWARDED", "ACTIVE")) {
            Response moved = as(suite, "proc.huang").header("If-Match", etag)
                    .body(Map.of("to", to, "reason", "System test")).post("/api/contracts/" + id + "/transitions");
            moved.then().statusCode(200);
            etag = moved.header("ETag");
        }
        assertEquals("ACTIVE", as(suite, "proc.huang").get("/api/contracts/" + id).path("status"));
        return id;
    }

    /**
     * Referred by the Yuexiu court, accepted, assigned to the worker and activated by the admin. The assignment waits
     * until case-service has learnt of the worker's posting from worker-service's event (422 {@code not-posted} until
     * then).
     */
    private static String activeCaseLedBy(SuiteSettings suite, String office, String worker) throws Exception {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String identityNumber = IdentityNumber.compose(String.valueOf(random.nextInt(110_000, 660_000)),
                LocalDate.of(2010, 1, 1).plusDays(random.nextInt(900)), random.nextInt(1000)).value();
        String reference = as(suite, "court.liu").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("type", "PREVENTION", "referralSource", "SCHOOL", "officeCode", office,
                        "regionCode", "440104", "juvenile", Map.of("name", "测试少年", "identityNumber", identityNumber,
                                "phone", "138" + random.nextInt(10_000_000, 100_000_000),
                                "address", "广东省广州市越秀区测试路1号")))
                .post("/api/cases").then().statusCode(201).extract().path("reference");
        transition(suite, reference, "INTAKE");
        int assigned = Polling.until(EVENTS, () -> as(suite, "admin.ops").header("If-Match", etagOf(suite, reference))
                        .body(Map.of("workerId", worker, "reason", "Posted at the office"))
                        .put("/api/cases/" + reference + "/assignment").statusCode(),
                status -> status != 422);
        assertEquals(200, assigned, "the assignment of " + reference + " to " + worker);
        transition(suite, reference, "ACTIVE");
        return reference;
    }

    private static void transition(SuiteSettings suite, String reference, String to) {
        as(suite, "admin.ops").header("If-Match", etagOf(suite, reference))
                .body(Map.of("to", to, "reason", "System test"))
                .post("/api/cases/" + reference + "/transitions").then().statusCode(200);
    }

    private static String etagOf(SuiteSettings suite, String reference) {
        return as(suite, "admin.ops").get("/api/cases/" + reference).then().statusCode(200).extract().header("ETag");
    }
}
