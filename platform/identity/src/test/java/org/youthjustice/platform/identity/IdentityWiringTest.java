package org.youthjustice.platform.identity;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.youthjustice.platform.identity.TestKeys.CELL;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The beans as a service gets them, with the keys of the test application.properties. */
@QuarkusTest
class IdentityWiringTest {

    record ReferJuvenileRequest(@NotNull @ValidIdentityNumber String identityNumber) {
    }

    record ReferralBatch(List<@ValidIdentityNumber String> numbers) {
    }

    @Inject
    IdentityCipher cipher;

    @Inject
    BlindIndex blindIndex;

    @Inject
    Validator validator;

    @Test
    void encryptsUnderTheConfiguredPrimaryKey() {
        String token = cipher.encrypt("张小明", CELL);

        assertTrue(token.startsWith("v2:test2:"));
        assertEquals("张小明", cipher.decrypt(token, CELL));
    }

    @Test
    void readsAKeyGivenAsAnEnvironmentVariableAsInProduction() {
        // The same 32 bytes as YJS_IDENTITY_KEYS_FROMENV, set for the test JVM in this module's pom.
        String fromEnv = "LJ4sBm2vZ0j8oQ7h1f0n8l3Q9WkZbq5rQ4m1c7Yd2xE=";
        IdentityCipher writer = new IdentityCipher(
                IdentityKeys.of("fromenv", Map.of("fromenv", fromEnv), TestKeys.random(32)));

        assertEquals("张小明", cipher.decrypt(writer.encrypt("张小明", CELL), CELL));
    }

    @Test
    void indexesWithTheConfiguredBlindIndexKey() {
        assertEquals(blindIndex.of("11010519491231002X"), blindIndex.ofIdentityNumber("11010519491231002x"));
    }

    @Test
    void validatesIdentityNumbersInRequests() {
        assertTrue(validator.validate(new ReferJuvenileRequest("11010519491231002X")).isEmpty());
        assertEquals("must not be null", only(validator.validate(new ReferJuvenileRequest(null))).getMessage());

        ConstraintViolation<ReferJuvenileRequest> wrongCheck =
                only(validator.validate(new ReferJuvenileRequest("110105194912310021")));

        assertEquals("identityNumber", wrongCheck.getPropertyPath().toString());
        assertEquals("check character does not match", wrongCheck.getMessage());
        assertFalse(wrongCheck.getMessage().contains("110105"));
        assertEquals("must have 18 characters",
                only(validator.validate(new ReferJuvenileRequest("1101051949"))).getMessage());
    }

    @Test
    void validatesIdentityNumbersInsideCollections() {
        assertEquals(1, validator.validate(new ReferralBatch(List.of("11010519491231002X", "123"))).size());
    }

    private static <T> ConstraintViolation<T> only(Set<ConstraintViolation<T>> violations) {
        assertEquals(1, violations.size(), violations.toString());
        return violations.iterator().next();
    }
}
