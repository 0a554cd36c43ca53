package org.youthjustice.cases;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.youthjustice.platform.caller.Roles;
import org.youthjustice.platform.testing.TestTokens;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.youthjustice.cases.Fixtures.etagOf;
import static org.youthjustice.cases.Fixtures.judicialOfficer;

/** Steps that bring a test's case where the test needs it: accepted, led by a worker, closed. */
public final class CaseSteps {

    /**
     * The agency of the workers these steps assign: one of this run only, so that the cases they lead are in no other
     * test's supervisor scope.
     */
    public static final String AGENCY = "5244" + ThreadLocalRandom.current().nextLong(1_000_000_000_000L,
            10_000_000_000_000L) + "X";

    private CaseSteps() {
    }

    /** A token of social worker {@code workerId} of {@link #AGENCY}. */
    public static String worker(String workerId) {
        return TestTokens.user("sw." + workerId.toLowerCase()).roles(Roles.SOCIAL_WORKER).claim("worker_id", workerId)
                .claim("agency_id", AGENCY).token();
    }

    /** Moves the case as an officer of {@code office}, with the current ETag. */
    public static void move(String office, String reference, String status, String closureReason) {
        Map<String, Object> body = closureReason == null
                ? Map.of("to", status, "reason", "Step of the test")
                : Map.of("to", status, "reason", "Step of the test", "closureReason", closureReason);
        given().auth().oauth2(judicialOfficer(office)).header("If-Match", etagOf(reference))
                .contentType(ContentType.JSON).body(body)
                .when().post("/cases/" + reference + "/transitions").then().statusCode(200);
    }

    /** Takes a referred case through INTAKE and ACTIVE to CLOSED. */
    public static void close(String office, String reference) {
        move(office, reference, "INTAKE", null);
        move(office, reference, "ACTIVE", null);
        move(office, reference, "CLOSED", "COMPLETED");
    }

    /** Posts {@code workerId} at {@code office} (as worker-service would have announced) and makes them lead. */
    public static void assignLead(String office, String reference, String workerId) {
        Fixtures.posted(workerId, AGENCY, office);
        given().auth().oauth2(judicialOfficer(office)).header("If-Match", etagOf(reference))
                .contentType(ContentType.JSON).body(Map.of("workerId", workerId, "reason", "Lead of the test"))
                .when().put("/cases/" + reference + "/assignment").then().statusCode(200);
    }

    /** An accepted case of a fresh court's referral to {@code office}, led by {@code lead}. */
    public static String caseLedBy(String office, String lead) {
        String reference = Fixtures.referred(Fixtures.freshCourt(), Fixtures.correction(office));
        move(office, reference, "INTAKE", null);
        assignLead(office, reference, lead);
        return reference;
    }

    /** An identity reveal of the case with the stated purpose, as the token's caller. */
    public static ValidatableResponse reveal(String token, String reference, String purpose) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("purpose", purpose))
                .when().post("/cases/" + reference + "/identity-reveals").then();
    }
}
