package org.youthjustice.cases.rest;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.youthjustice.cases.domain.CipherColumns;
import org.youthjustice.platform.caller.Roles;
import org.youthjustice.platform.identity.BlindIndex;
import org.youthjustice.platform.identity.CipherCell;
import org.youthjustice.platform.identity.EncryptedTable;
import org.youthjustice.platform.identity.IdentityCipher;
import org.youthjustice.platform.identity.IdentityKeys;
import org.youthjustice.platform.identity.ReencryptionJob;
import org.youthjustice.platform.identity.ReencryptionResult;
import org.youthjustice.platform.testing.LegacyIdentityTokens;
import org.youthjustice.platform.testing.TestTokens;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.youthjustice.cases.Fixtures.ADDRESS;
import static org.youthjustice.cases.Fixtures.GUARDIAN_NAME;
import static org.youthjustice.cases.Fixtures.NAME;
import static org.youthjustice.cases.Fixtures.PHONE;
import static org.youthjustice.cases.Fixtures.correction;
import static org.youthjustice.cases.Fixtures.etagOf;
import static org.youthjustice.cases.Fixtures.freshCourt;
import static org.youthjustice.cases.Fixtures.freshOffice;
import static org.youthjustice.cases.Fixtures.identityNumberOf;
import static org.youthjustice.cases.Fixtures.judicialOfficer;
import static org.youthjustice.cases.Fixtures.setJuvenileField;
import static org.youthjustice.cases.Fixtures.socialWorker;
import static org.youthjustice.cases.LedCases.LEAD;
import static org.youthjustice.cases.LedCases.activeCaseLedBy;

/**
 * Both keys rotated twice over data in every registered cipher column, then the old keys removed. This service runs
 * with only the newest keys ({@code test1}, blind-index key {@code t1}: the test profile's); the data is first put
 * back as it was under the first keys ({@code v1} tokens under {@code k1}, indexes under an unversioned key), then
 * the platform's job runs as the service configured for each rotation would run it: first {@code k1}, {@code k2} with
 * {@code k2} primary (blind-index keys unversioned, {@code b2}, {@code b2} primary), then {@code k2}, {@code test1}
 * with {@code test1} primary ({@code b2}, {@code t1}). Each configuration also holds the keys the rest of the
 * database is under, as a real deployment would. Afterwards every value reads back through the API of a service
 * that never had the old keys, and the juvenile is still found by identity number.
 */
@QuarkusTest
class KeyRotationTwiceTest {

    private static final String TEST1 = "3q6Yx0bq2mYb1m3R2mJbq8m2oQ0x0fJH5a1dQ7v8Zk4=";
    private static final String T1 = "Jc1m8s0G2oQb3zv1l4Yp6Wc0q9n2xT5uR8eK7aH3dF0=";
    private static final String K1 = LegacyIdentityTokens.randomKey();
    private static final String K2 = LegacyIdentityTokens.randomKey();
    private static final String UNVERSIONED = LegacyIdentityTokens.randomKey();
    private static final String B2 = LegacyIdentityTokens.randomKey();

    private static final String MEMBER_NAME = "王建国";
    private static final String MEMBER_PHONE = "13987654321";
    private static final String GOAL = "Back at school with 李老师's class";
    private static final String PLACE = "广州市越秀区北京路100号";
    private static final String VISIT_NOTE = "Met the mother, 张大华; back at school";
    private static final String SERVICE_NOTE = "Talked about school with 李老师";
    private static final String RISK_NOTE = "Conflict with 王建国 at home";

    @Inject
    AgroalDataSource db;

    @Inject
    IdentityCipher cipher;

    @Test
    void everyEncryptedValueReadsBackAfterBothKeysRotatedTwiceAndTheOldKeysAreGone() throws SQLException {
        String office = freshOffice();
        Map<String, Object> referral = correction(office);
        String number = identityNumberOf(referral);
        String reference = activeCaseLedBy(db, office, referral, LEAD);
        withDataInEveryColumn(reference);
        long caseId = caseId(reference);
        String etag = etagOf(reference);

        // as written under the first keys
        IdentityKeys first = IdentityKeys.of("k1", Map.of("k1", K1), UNVERSIONED);
        List<String> clear = asFirstWritten(caseId, first, number);
        assertTrue(clear.containsAll(List.of(NAME, number, PHONE, ADDRESS, MEMBER_NAME, MEMBER_PHONE, GOAL, PLACE,
                VISIT_NOTE, SERVICE_NOTE, RISK_NOTE)), "a value in every registered column of the case");

        // first rotation: k1 -> k2, unversioned -> b2
        IdentityKeys firstRotation = IdentityKeys.of("k2", Map.of("k1", K1, "k2", K2, "test1", TEST1), "b2",
                Map.of("b2", B2, "t1", T1), UNVERSIONED);
        assertEquals(1, openCasesFoundBy(new BlindIndex(firstRotation), number), "found while under the old key");
        ReencryptionResult rotated = job(firstRotation).run();
        assertEquals(0, rotated.failed());
        assertEquals(0, rotated.remaining());
        assertEquals(clear, storedValues(caseId, "v2:k2:", new IdentityCipher(firstRotation)));
        assertTrue(storedIndex(caseId).startsWith("b2:"));
        assertEquals(1, openCasesFoundBy(new BlindIndex(firstRotation), number));

        // second rotation: k2 -> test1, b2 -> t1
        IdentityKeys secondRotation = IdentityKeys.of("test1", Map.of("k2", K2, "test1", TEST1), "t1",
                Map.of("b2", B2, "t1", T1), null);
        assertEquals(1, openCasesFoundBy(new BlindIndex(secondRotation), number), "found while under b2");
        rotated = job(secondRotation).run();
        assertEquals(0, rotated.failed());
        assertEquals(0, rotated.remaining());
        assertEquals(Map.of("test1", rotated.keysInUse().keyIds().get("test1")), rotated.keysInUse().keyIds(),
                "no stored value under k1 or k2 any more");
        assertEquals(List.of("t1"), rotated.keysInUse().blindIndexKeyIdNames());
        assertEquals(clear, storedValues(caseId, "v2:test1:", cipher));

        // this service has only test1 and t1: everything reads, the juvenile is found
        readsEverythingBack(reference, office, number);
        assertEquals(etag, etagOf(reference), "re-encryption does not change the case");
        Map<String, Object> again = correction(office);
        setJuvenileField(again, "identityNumber", number);
        given().auth().oauth2(anotherCourtOfficer()).contentType(ContentType.JSON).body(again)
                .when().post("/cases").then().statusCode(409);
    }

    private void withDataInEveryColumn(String reference) {
        String path = "/cases/" + reference;
        Map<String, Object> member = new HashMap<>();
        member.put("role", "GUARDIAN");
        member.put("name", MEMBER_NAME);
        member.put("phone", MEMBER_PHONE);
        given().auth().oauth2(socialWorker()).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("members", List.of(member))).when().put(path + "/team").then().statusCode(200);
        Map<String, Object> goal = new HashMap<>();
        goal.put("title", GOAL);
        goal.put("area", "EDUCATION");
        goal.put("targetDate", "2027-03-01");
        goal.put("progress", 10);
        goal.put("status", "OPEN");
        given().auth().oauth2(socialWorker()).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("goals", List.of(goal))).when().put(path + "/plan").then().statusCode(200);
        given().auth().oauth2(socialWorker()).contentType(ContentType.JSON)
                .body(Map.of("level", "HIGH", "factors", List.of("FAMILY_CONFLICT"), "note", RISK_NOTE))
                .when().post(path + "/risk-assessments").then().statusCode(201);
        given().auth().oauth2(socialWorker()).contentType(ContentType.JSON)
                .body(Map.of("at", Instant.now().minus(1, ChronoUnit.HOURS).toString(), "placeKind", "HOME",
                        "place", PLACE, "note", VISIT_NOTE))
                .when().post(path + "/visits").then().statusCode(201);
        // two services: a batch of two rows is full, so the job goes on after a (case id, id) row key
        for (String kind : List.of("EDUCATION", "FAMILY_RELATIONS")) {
            given().auth().oauth2(socialWorker()).contentType(ContentType.JSON)
                    .body(Map.of("kind", kind, "minutes", 45,
                            "deliveredOn", RiskAssessmentTest.today().toString(), "note", SERVICE_NOTE))
                    .when().post(path + "/services").then().statusCode(201);
        }
    }

    private void readsEverythingBack(String reference, String office, String number) {
        String path = "/cases/" + reference;
        given().auth().oauth2(socialWorker()).when().get(path).then().statusCode(200)
                .body("juvenile.name", equalTo("张*明"));
        given().auth().oauth2(judicialOfficer(office)).contentType(ContentType.JSON)
                .body(Map.of("purpose", "IDENTITY_VERIFICATION"))
                .when().post(path + "/identity-reveals")
                .then().statusCode(200).body("name", equalTo(NAME)).body("identityNumber", equalTo(number))
                .body("phone", equalTo(PHONE)).body("address", equalTo(ADDRESS))
                .body("guardians[0].name", equalTo(GUARDIAN_NAME));
        given().auth().oauth2(socialWorker()).when().get(path + "/team").then().statusCode(200)
                .body("name", contains(MEMBER_NAME)).body("phone", contains(MEMBER_PHONE));
        given().auth().oauth2(socialWorker()).when().get(path + "/plan").then().statusCode(200)
                .body("goals.title", contains(GOAL));
        given().auth().oauth2(socialWorker()).when().get(path + "/visits?status=COMPLETED").then().statusCode(200)
                .body("items.place", contains(PLACE)).body("items.note", contains(VISIT_NOTE));
        given().auth().oauth2(socialWorker()).when().get(path + "/services").then().statusCode(200)
                .body("items.note", contains(SERVICE_NOTE, SERVICE_NOTE));
        given().auth().oauth2(socialWorker()).when().get(path + "/risk-assessments").then().statusCode(200)
                .body("items.note", contains(RISK_NOTE));
    }

    private ReencryptionJob job(IdentityKeys keys) {
        return new ReencryptionJob(new IdentityCipher(keys), new BlindIndex(keys), CipherColumns.ALL, db, 2);
    }

    /**
     * Puts every registered value of the case back as the first keys wrote it (v1 tokens under {@code k1}, the
     * index under the unversioned key); answers the values in clear, in registry order.
     */
    private List<String> asFirstWritten(long caseId, IdentityKeys first, String number) throws SQLException {
        List<String> clear = new ArrayList<>();
        try (Connection connection = db.getConnection()) {
            for (EncryptedTable table : CipherColumns.ALL.tables()) {
                for (Row row : rows(connection, table, caseId)) {
                    for (String column : table.cipherColumns()) {
                        String value = cipher.decrypt(row.tokens().get(column),
                                new CipherCell(table.name(), column, row.key()));
                        if (value != null) {
                            clear.add(value);
                            set(connection, table, row, column, LegacyIdentityTokens.v1("k1", K1, value));
                        }
                    }
                }
            }
            try (PreparedStatement index = connection.prepareStatement(
                    "update juvenile_case set identity_number_index = ? where id = ?")) {
                index.setString(1, new BlindIndex(first).ofIdentityNumber(number));
                index.setLong(2, caseId);
                assertEquals(1, index.executeUpdate());
            }
        }
        return clear;
    }

    /** Every registered value of the case, each checked to be a token starting {@code prefix}, in clear. */
    private List<String> storedValues(long caseId, String prefix, IdentityCipher reader) throws SQLException {
        List<String> clear = new ArrayList<>();
        try (Connection connection = db.getConnection()) {
            for (EncryptedTable table : CipherColumns.ALL.tables()) {
                for (Row row : rows(connection, table, caseId)) {
                    for (String column : table.cipherColumns()) {
                        String token = row.tokens().get(column);
                        if (token != null) {
                            assertTrue(token.startsWith(prefix), table.name() + "." + column);
                            clear.add(reader.decrypt(token, new CipherCell(table.name(), column, row.key())));
                        }
                    }
                }
            }
        }
        assertFalse(clear.isEmpty());
        return clear;
    }

    /** The rows of the case in the table, with their row key as the registry forms it. */
    private static List<Row> rows(Connection connection, EncryptedTable table, long caseId) throws SQLException {
        boolean isCase = table == CipherColumns.JUVENILE_CASE;
        String sql = "select " + String.join(" || ':' || ", table.rowKey()) + ", " + String.join(", ",
                table.cipherColumns()) + " from " + table.name() + (isCase ? " where id = ?" : " where case_id = ?")
                + " order by " + String.join(", ", table.rowKey());
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, caseId);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    Map<String, String> tokens = new HashMap<>();
                    for (int i = 0; i < table.cipherColumns().size(); i++) {
                        tokens.put(table.cipherColumns().get(i), result.getString(i + 2));
                    }
                    rows.add(new Row(result.getString(1), tokens));
                }
            }
        }
        assertFalse(rows.isEmpty(), "the case has rows in " + table.name());
        return rows;
    }

    private static void set(Connection connection, EncryptedTable table, Row row, String column, String token)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("update " + table.name() + " set " + column
                + " = ? where " + String.join(" || ':' || ", table.rowKey()) + " = ?")) {
            update.setString(1, token);
            update.setString(2, row.key());
            assertEquals(1, update.executeUpdate());
        }
    }

    private long caseId(String reference) throws SQLException {
        try (Connection connection = db.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select id from juvenile_case where reference = ?")) {
            select.setString(1, reference);
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next());
                return row.getLong(1);
            }
        }
    }

    private String storedIndex(long caseId) throws SQLException {
        try (Connection connection = db.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select identity_number_index from juvenile_case where id = ?")) {
            select.setLong(1, caseId);
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next());
                return row.getString(1);
            }
        }
    }

    /** Open cases whose index is the number's index under any key of {@code index}: how referrals look them up. */
    private long openCasesFoundBy(BlindIndex index, String number) throws SQLException {
        try (Connection connection = db.getConnection();
             PreparedStatement select = connection.prepareStatement("select count(*) from juvenile_case"
                     + " where identity_number_index = any(?) and status <> 'CLOSED'")) {
            select.setArray(1, connection.createArrayOf("varchar",
                    index.allOfIdentityNumber(number).toArray(String[]::new)));
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private record Row(String key, Map<String, String> tokens) {
    }

    /** An officer of a fresh court, a caller of its own: refused referrals are limited per caller. */
    static String anotherCourtOfficer() {
        return TestTokens.user("court-" + UUID.randomUUID()).roles(Roles.COURT_OFFICER)
                .claim("court_code", freshCourt()).token();
    }
}
