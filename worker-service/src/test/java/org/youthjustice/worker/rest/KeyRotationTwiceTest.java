package org.youthjustice.worker.rest;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.youthjustice.platform.identity.BlindIndex;
import org.youthjustice.platform.identity.IdentityCipher;
import org.youthjustice.platform.identity.IdentityKeyException;
import org.youthjustice.platform.identity.IdentityKeyRotation;
import org.youthjustice.platform.identity.IdentityKeys;
import org.youthjustice.platform.identity.ReencryptionJob;
import org.youthjustice.platform.identity.ReencryptionResult;
import org.youthjustice.platform.testing.LegacyIdentityTokens;
import org.youthjustice.worker.domain.CipherColumns;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.youthjustice.worker.Fixtures.admin;
import static org.youthjustice.worker.Fixtures.agency;
import static org.youthjustice.worker.Fixtures.registeredWorker;
import static org.youthjustice.worker.rest.KeyRotationTest.etagOf;
import static org.youthjustice.worker.rest.KeyRotationTest.registeredAgainIsRefused;

/**
 * Both keys rotated twice over every registered column of a worker, then the old keys removed. This service runs
 * with only the newest keys ({@code test1}, blind-index key {@code t1}: the test profile's); the worker is first put
 * back as the first keys wrote it ({@code v1} tokens under {@code k1}, the index under an unversioned key), then the
 * platform's job runs as the service configured for each rotation would run it: {@code k1} to {@code k2} (unversioned
 * to {@code b2}), then {@code k2} to {@code test1} ({@code b2} to {@code t1}). Each configuration also holds the keys
 * the rest of the database is under, as a real deployment would. Afterwards the worker reads back through the API of
 * a service that never had the old keys, and is still found by identity number.
 */
@QuarkusTest
class KeyRotationTwiceTest {

    private static final String TEST1 = "FLiAUvAMM6OZEzriPgYMzVE/a5CgqQjpN5UdU5vvkPI=";
    private static final String T1 = "oa85qd7wI71nT0LXtFIiwpnhNg6DBtgo+DdRFG+m46M=";
    private static final String K1 = LegacyIdentityTokens.randomKey();
    private static final String K2 = LegacyIdentityTokens.randomKey();
    private static final String UNVERSIONED = LegacyIdentityTokens.randomKey();
    private static final String B2 = LegacyIdentityTokens.randomKey();
    private static final String NAME = "张小明";
    private static final String PHONE = "13812345678";

    @Inject
    AgroalDataSource db;

    @Inject
    IdentityCipher cipher;

    @Inject
    BlindIndex blindIndex;

    @Inject
    IdentityKeyRotation rotation;

    @Test
    void everyEncryptedValueReadsBackAfterBothKeysRotatedTwiceAndTheOldKeysAreGone() throws SQLException {
        String agency = agency();
        String workerId = registeredWorker(agency);
        String number = cipher.decrypt(raw(workerId).get(1), CipherColumns.WORKER_IDENTITY_NUMBER.at(workerId));
        String etag = etagOf(workerId);
        IdentityKeys first = IdentityKeys.of("k1", Map.of("k1", K1), UNVERSIONED);
        set(workerId, "name_cipher", LegacyIdentityTokens.v1("k1", K1, NAME));
        set(workerId, "identity_number_cipher", LegacyIdentityTokens.v1("k1", K1, number));
        set(workerId, "phone_cipher", LegacyIdentityTokens.v1("k1", K1, PHONE));
        set(workerId, "identity_number_index", new BlindIndex(first).ofIdentityNumber(number));

        IdentityKeys firstRotation = IdentityKeys.of("k2", Map.of("k1", K1, "k2", K2, "test1", TEST1), "b2",
                Map.of("b2", B2, "t1", T1), UNVERSIONED);
        assertEquals(1, workersFoundBy(new BlindIndex(firstRotation), number), "found while under the old key");
        ReencryptionResult rotated = job(firstRotation).run();
        assertEquals(0, rotated.failed());
        assertEquals(0, rotated.remaining());
        storedAs(workerId, "v2:k2:", "b2:", new IdentityCipher(firstRotation), number);
        assertEquals(1, workersFoundBy(new BlindIndex(firstRotation), number));

        IdentityKeys secondRotation = IdentityKeys.of("test1", Map.of("k2", K2, "test1", TEST1), "t1",
                Map.of("b2", B2, "t1", T1), null);
        assertEquals(1, workersFoundBy(new BlindIndex(secondRotation), number), "found while under b2");
        rotated = job(secondRotation).run();
        assertEquals(0, rotated.failed());
        assertEquals(0, rotated.remaining());
        assertEquals(List.of("test1"), List.copyOf(rotated.keysInUse().keyIds().keySet()),
                "no stored value under k1 or k2 any more");
        assertEquals(List.of("t1"), rotated.keysInUse().blindIndexKeyIdNames());
        storedAs(workerId, "v2:test1:", "t1:", cipher, number);

        // this service has only test1 and t1: everything reads, the worker is found
        given().auth().oauth2(admin()).when().get("/workers/" + workerId).then().statusCode(200)
                .body("name", equalTo("张*明"))
                .body("identityNumber", equalTo(number.substring(0, 4) + "**********" + number.substring(14)))
                .body("phone", equalTo("138****5678"));
        assertEquals(etag, etagOf(workerId), "re-encryption does not change the worker");
        registeredAgainIsRefused(agency, number);
        rotation.keysInUse().requireConfigured(cipher, blindIndex);
    }

    @Test
    void aKeyOrBlindIndexKeyThatStoredValuesAreStillUnderIsNamedAndRefused() throws SQLException {
        String workerId = registeredWorker(agency());
        String phone = raw(workerId).get(2);
        // a token under a key this service does not have, as after removing a key before the job was done
        String underRemovedKey = "v2:gone:" + phone.substring("v2:test1:".length());
        set(workerId, "phone_cipher", underRemovedKey);
        try {
            IdentityKeyException refused = assertThrows(IdentityKeyException.class,
                    () -> rotation.keysInUse().requireConfigured(cipher, blindIndex));
            assertTrue(refused.getMessage().contains("'gone'"), refused.getMessage());
            assertTrue(refused.getMessage().contains("worker.phone_cipher"), refused.getMessage());
            assertFalse(refused.getMessage().contains(underRemovedKey), "names the key and column, not the data");
            given().auth().oauth2(admin()).when().post("/identity-key-rotations").then().statusCode(200)
                    .body("failed", equalTo(1)).body("remaining", equalTo(1))
                    .body("keysInUse.gone[0]", equalTo("worker.phone_cipher"));
        } finally {
            set(workerId, "phone_cipher", phone);
        }
        rotation.keysInUse().requireConfigured(cipher, blindIndex);

        String index = raw(workerId).get(3);
        set(workerId, "identity_number_index", "gone:" + index.substring("t1:".length()));
        try {
            IdentityKeyException refused = assertThrows(IdentityKeyException.class,
                    () -> rotation.keysInUse().requireConfigured(cipher, blindIndex));
            assertTrue(refused.getMessage().contains("yjs.identity.blind-index-keys.gone"), refused.getMessage());
            assertTrue(refused.getMessage().contains("worker.identity_number_index"), refused.getMessage());
        } finally {
            set(workerId, "identity_number_index", index);
        }
        rotation.keysInUse().requireConfigured(cipher, blindIndex);
    }

    private ReencryptionJob job(IdentityKeys keys) {
        return new ReencryptionJob(new IdentityCipher(keys), new BlindIndex(keys), CipherColumns.ALL, db, 50);
    }

    private void storedAs(String workerId, String tokenPrefix, String indexPrefix, IdentityCipher reader,
                          String number) throws SQLException {
        List<String> stored = raw(workerId);
        assertTrue(stored.subList(0, 3).stream().allMatch(token -> token.startsWith(tokenPrefix)), tokenPrefix);
        assertTrue(stored.get(3).startsWith(indexPrefix), indexPrefix);
        assertEquals(NAME, reader.decrypt(stored.get(0), CipherColumns.WORKER_NAME.at(workerId)));
        assertEquals(number, reader.decrypt(stored.get(1), CipherColumns.WORKER_IDENTITY_NUMBER.at(workerId)));
        assertEquals(PHONE, reader.decrypt(stored.get(2), CipherColumns.WORKER_PHONE.at(workerId)));
    }

    private long workersFoundBy(BlindIndex index, String number) throws SQLException {
        try (Connection connection = db.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select count(*) from worker where identity_number_index = any(?)")) {
            select.setArray(1, connection.createArrayOf("varchar",
                    index.allOfIdentityNumber(number).toArray(String[]::new)));
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private void set(String workerId, String column, String value) throws SQLException {
        try (Connection connection = db.getConnection();
             PreparedStatement update = connection.prepareStatement("update worker set " + column
                     + " = ? where worker_id = ?")) {
            update.setString(1, value);
            update.setString(2, workerId);
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
