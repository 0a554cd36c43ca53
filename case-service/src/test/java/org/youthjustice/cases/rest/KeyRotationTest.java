package org.youthjustice.cases.rest;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.youthjustice.platform.identity.BlindIndex;
import org.youthjustice.platform.identity.IdentityCipher;
import org.youthjustice.platform.identity.IdentityKeyException;
import org.youthjustice.platform.identity.IdentityKeyRotation;
import org.youthjustice.platform.identity.IdentityKeys;
import org.youthjustice.platform.identity.IdentityNumber;
import org.youthjustice.platform.identity.ReencryptionResult;
import org.youthjustice.platform.testing.LegacyIdentityTokens;

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
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import static org.youthjustice.cases.Fixtures.setJuvenileField;

/**
 * A rotation as the platform-identity README describes it, with the service mid-way: the key {@code retired} was
 * primary once and is still configured, {@code test1} is primary now; likewise the unversioned blind-index key of
 * before is still configured beside the primary blind-index key {@code t1}. Cases written then ({@code v1} tokens
 * under {@code retired}, indexes under the unversioned key) stay readable and findable by identity number, and are
 * moved to {@code v2} tokens under {@code test1} and indexes under {@code t1} by the job, in batches of two.
 */
@QuarkusTest
@TestProfile(KeyRotationTest.RotatedKeys.class)
class KeyRotationTest {

    static final String RETIRED_KEY = "p0Vq4y6uH1k9bX2rT7mW3cN8dJ5sA0fL4gE6hZ1iQ2o=";
    static final String RETIRED_INDEX_KEY = "Zm9yIGEgY2lwaGVyIG9ubHksIG5ldmVyIGFuIGluZGV4IQ==";
    private static final List<String> COLUMNS = List.of("name_cipher", "identity_number_cipher", "birth_date_cipher",
            "phone_cipher", "address_cipher", "guardians_cipher");

    /** The blind index as the service computed it before the rotation: the unversioned key. */
    private static final BlindIndex INDEX_BEFORE = new BlindIndex(
            IdentityKeys.of("retired", Map.of("retired", RETIRED_KEY), RETIRED_INDEX_KEY));

    public static class RotatedKeys implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("yjs.identity.keys.retired", RETIRED_KEY, "yjs.identity.blind-index-key", RETIRED_INDEX_KEY,
                    "yjs.identity.reencrypt.batch-size", "2");
        }
    }

    @Inject
    AgroalDataSource db;

    @Inject
    IdentityKeyRotation rotation;

    @Inject
    IdentityCipher cipher;

    @Inject
    BlindIndex blindIndex;

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
        for (int i = 0; i < references.size(); i++) {
            String reference = references.get(i);
            assertTrue(rawTokens(reference).stream().allMatch(token -> token.startsWith("v1:retired:")));
            given().auth().oauth2(admin()).when().get("/cases/" + reference)
                    .then().statusCode(200).body("juvenile.name", equalTo("张*明"));
            referredAgainIsRefused(numbers.get(i), office);
        }

        given().auth().oauth2(admin()).when().post("/identity-key-rotations")
                .then().statusCode(200)
                .body("primaryKeyId", equalTo("test1"))
                .body("blindIndexPrimaryKeyId", equalTo("t1"))
                .body("rows", greaterThanOrEqualTo(3))
                .body("values", greaterThanOrEqualTo(18))
                .body("indexes", greaterThanOrEqualTo(3))
                .body("failed", equalTo(0))
                .body("remaining", equalTo(0))
                .body("keysInUse.keySet()", contains("test1"))
                .body("blindIndexKeysInUse", contains("t1"));

        for (int i = 0; i < references.size(); i++) {
            String reference = references.get(i);
            assertTrue(rawTokens(reference).stream().allMatch(token -> token.startsWith("v2:test1:")),
                    "every identity value of " + reference + " is under the primary key, bound to its row");
            assertEquals(blindIndex.ofIdentityNumber(numbers.get(i)), rawIndex(reference), "re-indexed under t1");
            referredAgainIsRefused(numbers.get(i), office);
            given().auth().oauth2(judicialOfficer(office)).contentType(ContentType.JSON)
                    .body(Map.of("purpose", "IDENTITY_VERIFICATION"))
                    .when().post("/cases/" + reference + "/identity-reveals")
                    .then().statusCode(200).body("name", equalTo(NAME)).body("identityNumber", equalTo(numbers.get(i)))
                    .body("phone", equalTo(PHONE)).body("address", equalTo(ADDRESS))
                    .body("guardians[0].name", equalTo(GUARDIAN_NAME));
        }
        assertEquals(etag, etagOf(references.get(0)), "re-encryption does not change the case");

        given().auth().oauth2(admin()).when().post("/identity-key-rotations")
                .then().statusCode(200).body("rows", equalTo(0)).body("remaining", equalTo(0));
        given().auth().oauth2(auditor()).queryParam("action", "IDENTITY_REENCRYPTED").queryParam("actor", "admin.ops")
                .when().get("/audit-events").then().statusCode(200).body("total", greaterThanOrEqualTo(2))
                .body("items[0].detail", equalTo("0 rows to key test1, blind index t1"));
    }

    @Test
    void aKeyThatStoredValuesAreStillUnderIsNamedAndRefused() throws SQLException {
        String office = freshOffice();
        Map<String, Object> body = correction(office);
        String reference = referred(freshCourt(), body);
        String phone = rawColumn(reference, "phone_cipher");
        // a token under a key this service does not have, as after removing a key before the job was done
        String underRemovedKey = "v2:gone:" + phone.substring("v2:test1:".length());
        setRawColumn(reference, "phone_cipher", underRemovedKey);
        try {
            IdentityKeyException refused = assertThrows(IdentityKeyException.class,
                    () -> rotation.keysInUse().requireConfigured(cipher, blindIndex));
            assertTrue(refused.getMessage().contains("'gone'"), refused.getMessage());
            assertTrue(refused.getMessage().contains("juvenile_case.phone_cipher"), refused.getMessage());
            assertFalse(refused.getMessage().contains(underRemovedKey), "names the key and column, not the data");

            given().auth().oauth2(admin()).when().post("/identity-key-rotations")
                    .then().statusCode(200).body("failed", greaterThanOrEqualTo(1))
                    .body("remaining", greaterThanOrEqualTo(1))
                    .body("keysInUse.gone", contains("juvenile_case.phone_cipher"));
        } finally {
            setRawColumn(reference, "phone_cipher", phone);
        }
        rotation.keysInUse().requireConfigured(cipher, blindIndex);
        given().auth().oauth2(admin()).when().get("/cases/" + reference).then().statusCode(200)
                .body("juvenile.phone", equalTo("138****5678"));
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
            Future<ReencryptionResult> first = replicas.submit(rotation::run);
            Future<ReencryptionResult> second = replicas.submit(rotation::run);
            ReencryptionResult one = first.get(2, TimeUnit.MINUTES);
            ReencryptionResult other = second.get(2, TimeUnit.MINUTES);
            assertEquals(references.size(), one.rows() + other.rows(), "each case re-encrypted by one replica");
            assertEquals(0, one.failed() + other.failed());
        } finally {
            replicas.shutdown();
        }
        for (String reference : references) {
            assertTrue(rawTokens(reference).stream().allMatch(token -> token.startsWith("v2:test1:")));
        }
        assertEquals(0, rotation.run().remaining());
    }

    @Test
    void onlyAdminsRunTheJob() {
        for (String token : new String[] {judicialOfficer(freshOffice()), auditor()}) {
            given().auth().oauth2(token).when().post("/identity-key-rotations").then().statusCode(403);
        }
        given().when().post("/identity-key-rotations").then().statusCode(401);
    }

    /**
     * Rewrites the case's identity as the service wrote it while {@code retired} was the primary key and the
     * blind-index key had no id: v1 tokens, an unversioned index.
     */
    private void writtenBeforeTheRotation(String reference, String identityNumber) throws SQLException {
        String guardians = "[{\"name\":\"" + GUARDIAN_NAME + "\",\"phone\":\"" + GUARDIAN_PHONE + "\"}]";
        try (Connection connection = db.getConnection();
             PreparedStatement update = connection.prepareStatement("update juvenile_case set name_cipher = ?,"
                     + " identity_number_cipher = ?, birth_date_cipher = ?, phone_cipher = ?, address_cipher = ?,"
                     + " guardians_cipher = ?, identity_number_index = ? where reference = ?")) {
            update.setString(1, before(NAME));
            update.setString(2, before(identityNumber));
            update.setString(3, before(IdentityNumber.parse(identityNumber).birthDate().toString()));
            update.setString(4, before(PHONE));
            update.setString(5, before(ADDRESS));
            update.setString(6, before(guardians));
            update.setString(7, INDEX_BEFORE.ofIdentityNumber(identityNumber));
            update.setString(8, reference);
            assertEquals(1, update.executeUpdate());
        }
    }

    private static String before(String value) {
        return LegacyIdentityTokens.v1("retired", RETIRED_KEY, value);
    }

    /** A second referral of the juvenile, by another court, is refused: the open case is found by its index. */
    private static void referredAgainIsRefused(String identityNumber, String office) {
        Map<String, Object> again = correction(office);
        setJuvenileField(again, "identityNumber", identityNumber);
        given().auth().oauth2(KeyRotationTwiceTest.anotherCourtOfficer()).contentType(ContentType.JSON)
                .body(again)
                .when().post("/cases").then().statusCode(409);
    }

    private String rawIndex(String reference) throws SQLException {
        return rawColumn(reference, "identity_number_index");
    }

    private String rawColumn(String reference, String column) throws SQLException {
        try (Connection connection = db.getConnection();
             PreparedStatement select = connection.prepareStatement("select " + column
                     + " from juvenile_case where reference = ?")) {
            select.setString(1, reference);
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next());
                return row.getString(1);
            }
        }
    }

    private void setRawColumn(String reference, String column, String value) throws SQLException {
        try (Connection connection = db.getConnection();
             PreparedStatement update = connection.prepareStatement("update juvenile_case set " + column
                     + " = ? where reference = ?")) {
            update.setString(1, value);
            update.setString(2, reference);
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
