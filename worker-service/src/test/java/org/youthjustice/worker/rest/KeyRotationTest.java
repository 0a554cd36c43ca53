package org.youthjustice.worker.rest;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.youthjustice.platform.identity.BlindIndex;
import org.youthjustice.platform.identity.IdentityKeys;
import org.youthjustice.platform.testing.LegacyIdentityTokens;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.youthjustice.worker.Fixtures.admin;
import static org.youthjustice.worker.Fixtures.agency;
import static org.youthjustice.worker.Fixtures.freshWorkerId;
import static org.youthjustice.worker.Fixtures.supervisorOf;
import static org.youthjustice.worker.Fixtures.worker;

/**
 * A rotation with the service mid-way: the key {@code retired} was primary once and is still configured, {@code test1}
 * is primary now; likewise the unversioned blind-index key of before beside the primary blind-index key {@code t1}.
 * Workers written then ({@code v1} tokens under {@code retired}, indexes under the unversioned key) stay readable and
 * findable by identity number, and the job moves them to {@code v2} tokens under {@code test1} and indexes under
 * {@code t1}, leaving their ETags as they were.
 */
@QuarkusTest
@TestProfile(KeyRotationTest.RotatedKeys.class)
class KeyRotationTest {

    static final String RETIRED_KEY = "p0Vq4y6uH1k9bX2rT7mW3cN8dJ5sA0fL4gE6hZ1iQ2o=";
    static final String RETIRED_INDEX_KEY = "Zm9yIGEgY2lwaGVyIG9ubHksIG5ldmVyIGFuIGluZGV4IQ==";

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
    BlindIndex blindIndex;

    @Test
    void workersWrittenUnderTheOldKeysStayReadableAndFindableAndTheJobMovesThem() throws SQLException {
        String agency = agency();
        List<String> workers = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String workerId = freshWorkerId();
            Map<String, Object> body = worker(workerId, agency);
            given().auth().oauth2(admin()).contentType(ContentType.JSON).body(body)
                    .when().post("/workers").then().statusCode(201);
            String number = (String) body.get("identityNumber");
            writtenBeforeTheRotation(workerId, number);
            workers.add(workerId);
            numbers.add(number);
        }
        String etag = etagOf(workers.get(0));
        for (int i = 0; i < workers.size(); i++) {
            readsBack(workers.get(i), numbers.get(i));
            registeredAgainIsRefused(agency, numbers.get(i));
        }

        given().auth().oauth2(admin()).when().post("/identity-key-rotations")
                .then().statusCode(200)
                .body("primaryKeyId", equalTo("test1"))
                .body("blindIndexPrimaryKeyId", equalTo("t1"))
                .body("rows", greaterThanOrEqualTo(3))
                .body("values", greaterThanOrEqualTo(9))
                .body("indexes", greaterThanOrEqualTo(3))
                .body("failed", equalTo(0))
                .body("remaining", equalTo(0))
                .body("keysInUse.keySet()", contains("test1"))
                .body("blindIndexKeysInUse", contains("t1"));

        for (int i = 0; i < workers.size(); i++) {
            List<String> stored = raw(workers.get(i));
            assertTrue(stored.subList(0, 3).stream().allMatch(token -> token.startsWith("v2:test1:")),
                    "every value of " + workers.get(i) + " is under the primary key, bound to its row");
            assertEquals(blindIndex.ofIdentityNumber(numbers.get(i)), stored.get(3), "re-indexed under t1");
            readsBack(workers.get(i), numbers.get(i));
            registeredAgainIsRefused(agency, numbers.get(i));
        }
        assertEquals(etag, etagOf(workers.get(0)), "re-encryption does not change the worker");
        given().auth().oauth2(admin()).when().post("/identity-key-rotations")
                .then().statusCode(200).body("rows", equalTo(0)).body("remaining", equalTo(0));
    }

    @Test
    void onlyAdminsRunTheJob() {
        given().auth().oauth2(supervisorOf(agency())).when().post("/identity-key-rotations").then().statusCode(403);
        given().when().post("/identity-key-rotations").then().statusCode(401);
    }

    private static void readsBack(String workerId, String number) {
        given().auth().oauth2(admin()).when().get("/workers/" + workerId).then().statusCode(200)
                .body("name", equalTo("张*明"))
                .body("identityNumber", equalTo(number.substring(0, 4) + "**********" + number.substring(14)))
                .body("phone", equalTo("138****5678"));
    }

    /** Another registration of the same person is refused: the worker is found by the index of the number. */
    static void registeredAgainIsRefused(String agency, String number) {
        Map<String, Object> again = worker(freshWorkerId(), agency);
        again.put("identityNumber", number);
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(again)
                .when().post("/workers").then().statusCode(409);
    }

    static String etagOf(String workerId) {
        return given().auth().oauth2(admin()).when().get("/workers/" + workerId)
                .then().statusCode(200).extract().header("ETag");
    }

    /** Rewrites the worker as the service wrote it while {@code retired} and the unversioned index key were primary. */
    private void writtenBeforeTheRotation(String workerId, String number) throws SQLException {
        try (Connection connection = db.getConnection();
             PreparedStatement update = connection.prepareStatement("update worker set name_cipher = ?,"
                     + " identity_number_cipher = ?, phone_cipher = ?, identity_number_index = ?"
                     + " where worker_id = ?")) {
            update.setString(1, LegacyIdentityTokens.v1("retired", RETIRED_KEY, "张小明"));
            update.setString(2, LegacyIdentityTokens.v1("retired", RETIRED_KEY, number));
            update.setString(3, LegacyIdentityTokens.v1("retired", RETIRED_KEY, "13812345678"));
            update.setString(4, INDEX_BEFORE.ofIdentityNumber(number));
            update.setString(5, workerId);
            assertEquals(1, update.executeUpdate());
        }
    }

    private List<String> raw(String workerId) throws SQLException {
        try (Connection connection = db.getConnection();
             PreparedStatement select = connection.prepareStatement("select name_cipher, identity_number_cipher,"
                     + " phone_cipher, identity_number_index from worker where worker_id = ?")) {
            select.setString(1, workerId);
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next());
                return List.of(row.getString(1), row.getString(2), row.getString(3), row.getString(4));
            }
        }
    }
}
