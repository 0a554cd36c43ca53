package org.youthjustice.platform.idempotency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;
import org.youthjustice.platform.testing.OidcResource;
import org.youthjustice.platform.testing.PostgresResource;
import org.youthjustice.platform.testing.ScratchSchema;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A live service database has applied the platform's V0_1 and V0_2 and its own migrations up to V30 when this
 * module's V0_3 arrives: with the platform's default {@code quarkus.flyway.out-of-order=true} it is applied, without
 * it Flyway refuses to start.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(OidcResource.class)
class UpgradeMigrationTest {

    @ConfigProperty(name = "quarkus.flyway.out-of-order")
    boolean outOfOrder;

    @Test
    void aDatabaseAtV30GetsThePlatformTableAtTheNextStart() throws SQLException {
        try (ScratchSchema schema = ScratchSchema.create()) {
            schema.flyway("db/platform").target("0.2").load().migrate();
            // the service's own migrations, applied after V0_2, in a run that does not see the platform's
            schema.flyway("db/upgrade").ignoreMigrationPatterns("*:missing").load().migrate();

            FlywayException refused = assertThrows(FlywayException.class,
                    () -> schema.flyway("db/platform", "db/upgrade").outOfOrder(false).load().migrate());
            assertTrue(refused.getMessage().contains("not applied"), refused.getMessage());

            var applied = schema.flyway("db/platform", "db/upgrade").outOfOrder(outOfOrder).load().migrate();

            assertTrue(outOfOrder, "the platform's default");
            assertEquals(1, applied.migrationsExecuted);
            assertEquals("0.3", applied.migrations.get(0).version);
            try (var connection = schema.connection(); var statement = connection.createStatement();
                 var row = statement.executeQuery("select to_regclass('idempotent_request')")) {
                row.next();
                assertNotNull(row.getString(1));
            }
        }
    }
}
