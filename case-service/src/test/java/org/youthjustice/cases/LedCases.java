package org.youthjustice.cases;

import io.agroal.api.AgroalDataSource;
import io.restassured.http.ContentType;
import org.youthjustice.platform.caller.Roles;
import org.youthjustice.platform.testing.TestTokens;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.youthjustice.cases.Fixtures.correction;
import static org.youthjustice.cases.Fixtures.etagOf;
import static org.youthjustice.cases.Fixtures.freshCourt;
import static org.youthjustice.cases.Fixtures.judicialOfficer;
import static org.youthjustice.cases.Fixtures.referred;

/**
 * Cases with a lead worker, for the tests of tracking: the worker is posted at the office in the replica of
 * worker-service's postings, and a judicial officer of the office assigns them.
 */
public final class LedCases {

    /** The agency of {@link Fixtures#socialWorker()} and {@link Fixtures#supervisor()}. */
    public static final String AGENCY = "52440100MJL123454L";
    public static final String LEAD = "W0001";
    public static final String OTHER_WORKER = "W0002";

    private LedCases() {
    }

    /** A social worker of {@link #AGENCY} with worker id {@link #OTHER_WORKER}, who leads none of these cases. */
    public static String otherWorker() {
        return TestTokens.user("sw.chen").roles(Roles.SOCIAL_WORKER).claim("worker_id", OTHER_WORKER)
                .claim("agency_id", AGENCY).token();
    }

    /** A referral of a fresh juvenile supervised by {@code office}, accepted, led by {@link #LEAD}, and ACTIVE. */
    public static String activeCaseLedByLead(AgroalDataSource dataSource, String office) {
        return activeCaseLedBy(dataSource, office, correction(office), LEAD);
    }

    /** The referral {@code body}, accepted, led by {@code workerId} (of {@link #AGENCY}), and ACTIVE. */
    public static String activeCaseLedBy(AgroalDataSource dataSource, String office, Map<String, Object> body,
                                         String workerId) {
        return activeCaseLedBy(dataSource, freshCourt(), office, body, workerId);
    }

    /** The referral {@code body} of {@code court}, accepted, led by {@code workerId} (of {@link #AGENCY}), ACTIVE. */
    public static String activeCaseLedBy(AgroalDataSource dataSource, String court, String office,
                                         Map<String, Object> body, String workerId) {
        String reference = referred(court, body);
        move(office, reference, "INTAKE");
        assign(dataSource, office, reference, workerId);
        move(office, reference, "ACTIVE");
        return reference;
    }

    /** Posts {@code workerId} at {@code office} and makes them the lead worker of the case, as a judicial officer. */
    public static void assign(AgroalDataSource dataSource, String office, String reference, String workerId) {
        Fixtures.posted(workerId, AGENCY, office);
        given().auth().oauth2(judicialOfficer(office)).header("If-Match", etagOf(reference))
                .contentType(ContentType.JSON).body(Map.of("workerId", workerId, "reason", "Posted at the office"))
                .when().put("/cases/" + reference + "/assignment").then().statusCode(200);
    }

    public static void move(String office, String reference, String status) {
        given().auth().oauth2(judicialOfficer(office)).header("If-Match", etagOf(reference))
                .contentType(ContentType.JSON).body(Map.of("to", status, "reason", "Step of the test"))
                .when().post("/cases/" + reference + "/transitions").then().statusCode(200);
    }

    public static void execute(AgroalDataSource dataSource, String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
