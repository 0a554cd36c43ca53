package org.youthjustice.cases;

import io.quarkus.arc.Arc;
import io.restassured.http.ContentType;
import org.youthjustice.platform.caller.Roles;
import org.youthjustice.platform.identity.IdentityNumber;
import org.youthjustice.platform.testing.TestTokens;
import org.youthjustice.platform.time.ServiceZone;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static io.restassured.RestAssured.given;

/** Tokens and fresh referrals, so that every test works on courts, offices and juveniles of its own. */
public final class Fixtures {

    public static final String NAME = "张小明";
    public static final String PHONE = "13812345678";
    public static final String ADDRESS = "广东省广州市越秀区北京路100号";
    public static final String GUARDIAN_NAME = "张大华";
    public static final String GUARDIAN_PHONE = "13987654321";

    private static final AtomicLong APPOINTMENT_IDS = new AtomicLong(ThreadLocalRandom.current().nextLong(1L << 40));
    private static final AtomicLong POSTING_IDS = new AtomicLong(ThreadLocalRandom.current().nextLong(1L << 40));
    private static final AtomicInteger SEQUENCE = new AtomicInteger(ThreadLocalRandom.current().nextInt(1000));
    private static final LocalDate FIRST_BIRTH_DAY =
            LocalDate.of(2009, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(300));

    private Fixtures() {
    }

    public static String admin() {
        return TestTokens.user("admin.ops").roles(Roles.ADMIN).token();
    }

    public static String courtOfficer(String court) {
        return TestTokens.user("court.liu").roles(Roles.COURT_OFFICER).claim("court_code", court).token();
    }

    public static String judicialOfficer(String office) {
        return TestTokens.user("jo.zhao").roles(Roles.JUDICIAL_OFFICER).claim("office_code", office).token();
    }

    public static String socialWorker() {
        return TestTokens.user("sw.li").roles(Roles.SOCIAL_WORKER).claim("worker_id", "W0001")
                .claim("agency_id", "52440100MJL123454L").token();
    }

    public static String socialWorker(String workerId, String agencyId) {
        return TestTokens.user("sw." + workerId.toLowerCase()).roles(Roles.SOCIAL_WORKER).claim("worker_id", workerId)
                .claim("agency_id", agencyId).token();
    }

    public static String supervisor(String agencyId) {
        return TestTokens.user("sup." + agencyId.substring(12).toLowerCase()).roles(Roles.AGENCY_SUPERVISOR)
                .claim("agency_id", agencyId).token();
    }

    public static String supervisor() {
        return TestTokens.user("sup.wang").roles(Roles.AGENCY_SUPERVISOR).claim("agency_id", "52440100MJL123454L")
                .token();
    }

    public static String auditor() {
        return TestTokens.user("auditor.sun").roles(Roles.AUDITOR).token();
    }

    public static String procurementOfficer() {
        return TestTokens.user("proc.huang").roles(Roles.PROCUREMENT_OFFICER).claim("department_code", "DP-4401-JUSTICE")
                .token();
    }

    /** A judicial-office code that no other test uses. */
    public static String freshOffice() {
        return "JO-" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000) + "-01";
    }

    /** A court code that no other test uses. */
    public static String freshCourt() {
        return "CT-" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    }

    /** A fictional, valid identity number of a juvenile born in 2009, that no other test of this run uses. */
    public static String freshIdentityNumber() {
        int next = SEQUENCE.incrementAndGet();
        return IdentityNumber.compose("440104", FIRST_BIRTH_DAY.plusDays(next / 1000), next % 1000).value();
    }

    /** The body of a correction referral with every field, for a fresh juvenile, supervised by {@code office}. */
    public static Map<String, Object> correction(String office) {
        Map<String, Object> juvenile = new HashMap<>();
        juvenile.put("name", NAME);
        juvenile.put("identityNumber", freshIdentityNumber());
        juvenile.put("phone", PHONE);
        juvenile.put("address", ADDRESS);
        juvenile.put("guardians", List.of(Map.of("name", GUARDIAN_NAME, "phone", GUARDIAN_PHONE)));
        Map<String, Object> body = new HashMap<>();
        body.put("type", "CORRECTION");
        body.put("correctionKind", "PROBATION");
        body.put("officeCode", office);
        body.put("periodStart", "2026-12-01");
        body.put("periodEnd", "2027-11-30");
        body.put("offenceDate", "2026-05-10");
        body.put("regionCode", "440104");
        body.put("gridCode", "440104-003-07");
        body.put("juvenile", juvenile);
        return body;
    }

    @SuppressWarnings("unchecked")
    public static String identityNumberOf(Map<String, Object> body) {
        return (String) ((Map<String, Object>) body.get("juvenile")).get("identityNumber");
    }

    @SuppressWarnings("unchecked")
    public static void setJuvenileField(Map<String, Object> body, String field, Object value) {
        ((Map<String, Object>) body.get("juvenile")).put(field, value);
    }

    /** Refers {@code body} as an officer of {@code court}; returns the case reference. */
    public static String referred(String court, Map<String, Object> body) {
        return given().auth().oauth2(courtOfficer(court)).contentType(ContentType.JSON).body(body)
                .when().post("/cases").then().statusCode(201).extract().jsonPath().getString("reference");
    }

    /** A worker id that no other test uses. */
    public static String freshWorker() {
        return "W" + ThreadLocalRandom.current().nextInt(100_000_000, 1_000_000_000);
    }

    /** An agency code (18 characters) that no other test uses. */
    public static String freshAgency() {
        return "52440100" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 10_000_000_000L);
    }

    /**
     * Makes case-service know that {@code workerId} of {@code agencyId} is posted at {@code site} from today on, as
     * it would from worker-service's {@code worker.posted} (written directly: the event path has its own test).
     */
    public static void posted(String workerId, String agencyId, String site) {
        DataSource dataSource = Arc.container().instance(DataSource.class).get();
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(
                "insert into worker_posting (posting_id, worker_id, agency_id, site_code, first_day) "
                        + "values (?, ?, ?, ?, current_date - 1)")) {
            insert.setLong(1, POSTING_IDS.incrementAndGet());
            insert.setString(2, workerId);
            insert.setString(3, agencyId);
            insert.setString(4, site);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Makes case-service know that {@code court} appointed {@code workerId} a people's assessor for a term from
     * {@code firstDay} to {@code lastDay}, as it would from worker-service's {@code assessor.appointed} (written
     * directly: the event path has its own test).
     */
    public static void appointed(String workerId, String court, LocalDate firstDay, LocalDate lastDay) {
        DataSource dataSource = Arc.container().instance(DataSource.class).get();
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(
                "insert into assessor_appointment (appointment_id, worker_id, court_code, first_day, last_day) "
                        + "values (?, ?, ?, ?, ?)")) {
            insert.setLong(1, APPOINTMENT_IDS.incrementAndGet());
            insert.setString(2, workerId);
            insert.setString(3, court);
            insert.setObject(4, firstDay);
            insert.setObject(5, lastDay);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code workerIds} appointed people's assessors at {@code court} for a term that began a year ago. */
    public static void appointed(String court, String... workerIds) {
        LocalDate today = LocalDate.now(ServiceZone.ZONE);
        for (String workerId : workerIds) {
            appointed(workerId, court, today.minusYears(1), today.plusYears(4));
        }
    }

    /** Accepts the case (INTAKE) as an officer of {@code office} and makes {@code workerId}, posted there, its lead. */
    public static void assignedTo(String office, String reference, String workerId, String agencyId) {
        posted(workerId, agencyId, office);
        given().auth().oauth2(judicialOfficer(office)).header("If-Match", etagOf(reference))
                .contentType(ContentType.JSON).body(Map.of("to", "INTAKE", "reason", "Accepted"))
                .when().post("/cases/" + reference + "/transitions").then().statusCode(200);
        given().auth().oauth2(judicialOfficer(office)).header("If-Match", etagOf(reference))
                .contentType(ContentType.JSON).body(Map.of("workerId", workerId, "reason", "Posted here"))
                .when().put("/cases/" + reference + "/assignment").then().statusCode(200);
    }

    public static String etagOf(String reference) {
        return given().auth().oauth2(admin()).when().get("/cases/" + reference)
                .then().statusCode(200).extract().header("ETag");
    }
}
