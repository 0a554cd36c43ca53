package org.youthjustice.cases.rest;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.youthjustice.cases.service.IdentityReencryption;
import org.youthjustice.platform.identity.IdentityCipher;
import org.youthjustice.platform.identity.IdentityKeys;
import org.youthjustice.platform.identity.IdentityNumber;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.youthjustice.cases.Fixtures.ADDRESS;
import static org.youthjustice.cases.Fixtures.GUARDIAN_NAME;
import static org.youthjustice.cases.Fixtures.GUARDIAN_PHONE;
import static org.youthjustice.cases.Fixtures.NAME;
import static org.youthjustice.cases.Fixtures.PHONE;
import static org.youthjustice.cases.Fixtures.admin;
import static org.youthjustice.cases.Fixtures.auditor;
import static org.youthjustice.cases.Fixtures.correction;
import static org.youthjustice.cases.Fixtures.etagOf;
import static org.youthjustice.cases.Fixtures.freshCourt;
import static org.youthjustice.cases.Fixtures.freshOffice;
import static org.youthjustice.cases.Fixtures.identityNumberOf;
import static org.youthjustice.cases.Fixtures.judicialOfficer;
import static org.youthjustice.cases.Fixtures.referred;

/**
 * A rotation as the platform-identity README describes it: the key {@code retired} was primary once and is still
 * configured, {@code test1} is primary now. Cases written under {@code retired} stay readable and are moved to
 * {@code test1} by the job, in batches of two.
 */
@QuarkusTest
@TestProfile(KeyRotationTest.RotatedKeys.class)
class KeyRotationTest {

    static final String RETIRED_KEY = "p0Vq4y6uH1k9bX2rT7mW3cN8dJ5sA0fL4gE6hZ1iQ2o=";
    private static final String ANY_BLIND_INDEX_KEY = "Zm9yIGEgY2lwaGVyIG9ubHksIG5ldmVyIGFuIGluZGV4IQ==";
    private static final List<String> COLUMNS = List.of("name_cipher", "identity_number_cipher", "birth_date_cipher",
            "phone_cipher", "address_cipher", "guardians_cipher");

    /** What the service was configured with before the rotation: {@code retired} the primary key. */
    private static final IdentityCipher BEFORE = new IdentityCipher(
            IdentityKeys.of("retired", Map.of("retired", RETIRED_KEY), ANY_BLIND_INDEX_KEY));

    public static class RotatedKeys implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("yjs.identity.keys.retired", RETIRED_KEY, "yjs.identity.reencrypt.batch-size", "2");
        }
    }

    @Inject
    AgroalDataSource db;

    @Inject
    IdentityReencryption reencryption;

    @Test
    void casesWrittenUnderTheOldKeyStayReadableAndTheJobMovesThemToThePrimaryKey() throws SQLException {
        String office = freshOffice();
        List<String> references = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Map<String, Object> body = correction(office);
            String reference = referred(freshCourt(), body);
            writtenBeforeTheRotation(reference, identityNumberOf(body));
            references.add(reference);
            numbers.add(identityNumberOf(body));
        }
        String etag = etagOf(references.get(0));
        for (String reference : references) {
            assertTrue(rawTokens(reference).stream().allMatch(token -> token.startsWith("v1:retired:")));
            given().auth().oauth2(admin()).when().get("/cases/" + reference)
                    .then().statusCode(200).body("juvenile.name", equalTo("张*明"));
        }

        given().auth().oauth2(admin()).when().post("/identity-key-rotations")
                .then().statusCode(200)
                .body("primaryKeyId", equalTo("test1"))
                .body("cases", greaterThanOrEqualTo(3))
                .body("values", greaterThanOrEqualTo(18))
                .body("failed", equalTo(0))
                .body("remaining", equalTo(0));

        for (int i = 0; i < references.size(); i++) {
            String reference = references.get(i);
            assertTrue(rawTokens(reference).stream().allMatch(token -> token.startsWith("v1:test1:")),
                    "every identity value of " + reference + " is under the primary key");
            given().auth().oauth2(judicialOfficer(office)).contentType(ContentType.JSON)
                    .body(Map.of("purpose", "IDENTITY_VERIFICATION"))
                    .when().post("/cases/" + reference + "/identity-reveals")
                    .then().statusCode(200).body("name", equalTo(NAME)).body("identityNumber", equalTo(numbers.get(i)))
                    .body("phone", equalTo(PHONE)).body("address", equalTo(ADDRESS))
                    .body("guardians[0].name", equalTo(GUARDIAN_NAME));
        }
        assertEquals(etag, etagOf(references.get(0)), "re-encryption does not change the case");

        given().auth().oauth2(admin()).when().post("/identity-key-rotations")
                .then().statusCode(200).body("cases", equalTo(0)).body("remaining", equalTo(0));
        given().auth().oauth2(auditor()).queryParam("action", "IDENTITY_REENCRYPTED").queryParam("actor", "admin.ops")
                .when().get("/audit-events").then().statusCode(200).body("total", greaterThanOrEqualTo(2))
                .body("items[0].detail", equalTo("0 cases to key test1"));
    }

    @Test
    void twoReplicasRunningTheJobTogetherReencryptEachCaseOnce() throws Exception {
        String office = freshOffice();
        List<String> references = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            Map<String, Object> body = correction(office);
            String reference = referred(freshCourt(), body);
            writtenBeforeTheRotation(reference, identityNumberOf(body));
            references.add(reference);
        }

        ExecutorService replicas = Executors.newFixedThreadPool(2);
        try {
            Future<IdentityReencryption.Result> first = replicas.submit(reencryption::run);
            Future<IdentityReencryption.Result> second = replicas.submit(reencryption::run);
            IdentityReencryption.Result one = first.get(2, TimeUnit.MINUTES);
            IdentityReencryption.Result other = second.get(2, TimeUnit.MINUTES);
            assertEquals(references.size(), one.cases() + other.cases(), "each case re-encrypted by one replica");
            assertEquals(0, one.failed() + other.failed());
        } finally {
            replicas.shutdown();
        }
        for (String reference : references) {
            assertTrue(rawTokens(reference).stream().allMatch(token -> token.startsWith("v1:test1:")));
        }
        assertEquals(0, reencryption.run().remaining());
    }

    @Test
    void onlyAdminsRunTheJob() {
        for (String token : new String[] {judicialOfficer(freshOffice()), auditor()}) {
            given().auth().oauth2(token).when().post("/identity-key-rotations").then().statusCode(403);
        }
        given().when().post("/identity-key-rotations").then().statusCode(401);
    }

    /** Rewrites the case's identity as the service wrote it while {@code retired} was the primary key. */
    private void writtenBeforeTheRotation(String reference, String identityNumber) throws SQLException {
        String guardians = "[{\"name\":\"" + GUARDIAN_NAME + "\",\"phone\":\"" + GUARDIAN_PHONE + "\"}]";
        try (Connection connection = db.getConnection();
             PreparedStatement update = connection.prepareStatement("update juvenile_case set name_cipher = ?,"
                     + " identity_number_cipher = ?, birth_date_cipher = ?, phone_cipher = ?, address_cipher = ?,"
                     + " guardians_cipher = ? where reference = ?")) {
            update.setString(1, BEFORE.encrypt(NAME));
            update.setString(2, BEFORE.encrypt(identityNumber));
            update.setString(3, BEFORE.encrypt(IdentityNumber.parse(identityNumber).birthDate().toString()));
            update.setString(4, BEFORE.encrypt(PHONE));
            update.setString(5, BEFORE.encrypt(ADDRESS));
            update.setString(6, BEFORE.encrypt(guardians));
            update.setString(7, reference);
            assertEquals(1, update.executeUpdate());
        }
    }

    private List<String> rawTokens(String reference) throws SQLException {
        try (Connection connection = db.getConnection();
             PreparedStatement select = connection.prepareStatement("select " + String.join(", ", COLUMNS)
                     + " from juvenile_case where reference = ?")) {
            select.setString(1, reference);
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next());
                List<String> tokens = new ArrayList<>();
                for (String column : COLUMNS) {
                    tokens.add(row.getString(column));
                }
                return tokens;
            }
        }
    }
}
