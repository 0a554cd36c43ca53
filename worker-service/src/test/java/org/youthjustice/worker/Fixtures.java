package org.youthjustice.worker;

import io.restassured.http.ContentType;
import org.youthjustice.platform.caller.Roles;
import org.youthjustice.platform.identity.IdentityNumber;
import org.youthjustice.platform.testing.TestTokens;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;

/** Tokens and fresh records, so that every test works on agencies and workers of its own. */
public final class Fixtures {

    private Fixtures() {
    }

    public static String admin() {
        return TestTokens.user("admin.ops").roles(Roles.ADMIN).token();
    }

    public static String supervisorOf(String agency) {
        return TestTokens.user("sup.wang").roles(Roles.AGENCY_SUPERVISOR).claim("agency_id", agency).token();
    }

    public static String socialWorker(String workerId, String agency) {
        return TestTokens.user("sw." + workerId).roles(Roles.SOCIAL_WORKER)
                .claim("worker_id", workerId).claim("agency_id", agency).token();
    }

    public static String judicialOfficer(String office) {
        return TestTokens.user("jo.zhao").roles(Roles.JUDICIAL_OFFICER).claim("office_code", office).token();
    }

    public static String courtOfficer(String court) {
        return TestTokens.user("court.liu").roles(Roles.COURT_OFFICER).claim("court_code", court).token();
    }

    public static String procurementOfficer() {
        return TestTokens.user("proc.huang").roles(Roles.PROCUREMENT_OFFICER).claim("department_code", "DP-4401-JUSTICE")
                .token();
    }

    /** A registered agency of its own. */
    public static String agency() {
        String code = CreditCodes.fresh();
        given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(Map.of("creditCode", code, "name", "Test Centre " + code, "region", "440100"))
                .when().post("/agencies").then().statusCode(201);
        return code;
    }

    public static String freshWorkerId() {
        return "W" + ThreadLocalRandom.current().nextLong(100_000_000L, 1_000_000_000L);
    }

    /** A fictional, valid identity number that no other test uses. */
    public static String freshIdentityNumber() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(random.nextInt(15_000));
        return IdentityNumber.compose("440104", birth, random.nextInt(1000)).value();
    }

    /** The body of a registration with every field, for a fresh worker id and identity number. */
    public static Map<String, Object> worker(String workerId, String agency) {
        Map<String, Object> body = new HashMap<>();
        body.put("workerId", workerId);
        body.put("agencyCode", agency);
        body.put("name", "张小明");
        body.put("identityNumber", freshIdentityNumber());
        body.put("phone", "13812345678");
        body.put("qualification", Map.of("level", "SOCIAL_WORKER", "certificateNumber", "2024035440100123",
                "issuedOn", "2024-06-30", "expiresOn", "2030-06-29"));
        body.put("specialisations", List.of("JUDICIAL", "YOUTH_AFFAIRS"));
        body.put("frontLine", true);
        return body;
    }

    /** A registered worker of {@code agency}; returns the worker id. */
    public static String registeredWorker(String agency) {
        String workerId = freshWorkerId();
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(worker(workerId, agency))
                .when().post("/workers").then().statusCode(201);
        return workerId;
    }

    /** A judicial-office site code that no other test uses. */
    public static String freshOffice() {
        return "JO-" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000) + "-01";
    }

    /** A court site code that no other test uses. */
    public static String freshCourt() {
        return "CT-" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    }

    public static Map<String, Object> posting(String site, String kind, String from, String to, String fraction) {
        Map<String, Object> body = new HashMap<>();
        body.put("siteCode", site);
        body.put("siteKind", kind);
        body.put("from", from);
        if (to != null) {
            body.put("to", to);
        }
        body.put("fraction", new java.math.BigDecimal(fraction));
        body.put("dutyDaysPerWeek", 3);
        return body;
    }

    /** Posts the worker as an admin; returns the posting id. */
    public static long posted(String workerId, Map<String, Object> posting) {
        return given().auth().oauth2(admin()).contentType(ContentType.JSON).body(posting)
                .when().post("/workers/" + workerId + "/postings")
                .then().statusCode(201).extract().jsonPath().getLong("postingId");
    }
}
