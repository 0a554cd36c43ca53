package org.youthjustice.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceModuleTest {

    private final SuiteSettings settings = SuiteSettings.fromEnvironment(Path.of("/repo"), Map.of());

    @Test
    void aDomainServiceGetsItsPortDatabaseWithTheOwnerRoleForFlywayBrokerAndIssuer() {
        assertEquals(Map.of(
                        "QUARKUS_HTTP_HOST", "127.0.0.1",
                        "QUARKUS_HTTP_PORT", "8081",
                        "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:15432/cases",
                        "QUARKUS_DATASOURCE_USERNAME", "case_service",
                        "QUARKUS_DATASOURCE_PASSWORD", "local-demo",
                        "QUARKUS_FLYWAY_USERNAME", "case_service_owner",
                        "QUARKUS_FLYWAY_PASSWORD", "local-demo",
                        "KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092",
                        "YJS_IDENTITY_LOCAL_KEY_FILE", settings.dataDir().resolve("identity-keys.properties").toString(),
                        "QUARKUS_OIDC_AUTH_SERVER_URL", "http://127.0.0.1:8180/realms/youth-justice"),
                ServiceModule.CASE.environment(settings));
        assertEquals("jdbc:postgresql://127.0.0.1:15432/notifications",
                ServiceModule.NOTIFICATION.environment(settings).get("QUARKUS_DATASOURCE_JDBC_URL"));
        assertEquals("procurement_service",
                ServiceModule.PROCUREMENT.environment(settings).get("QUARKUS_DATASOURCE_USERNAME"));
    }

    @Test
    void theGatewayGetsItsRoutesAndIssuerButNoDatabase() {
        assertEquals(Map.of(
                        "QUARKUS_HTTP_HOST", "127.0.0.1",
                        "QUARKUS_HTTP_PORT", "8080",
                        "QUARKUS_OIDC_AUTH_SERVER_URL", "http://127.0.0.1:8180/realms/youth-justice",
                        "GATEWAY_ROUTES_CASE_URL", "http://127.0.0.1:8081",
                        "GATEWAY_ROUTES_WORKER_URL", "http://127.0.0.1:8082",
                        "GATEWAY_ROUTES_PROCUREMENT_URL", "http://127.0.0.1:8083",
                        "GATEWAY_ROUTES_NOTIFICATION_URL", "http://127.0.0.1:8084"),
                ServiceModule.GATEWAY.environment(settings));
    }

    @Test
    void eachServiceRunsItsQuarkusFastJar() {
        assertEquals(Path.of("/repo/worker-service/target/quarkus-app/quarkus-run.jar"),
                ServiceModule.WORKER.jar(Path.of("/repo")));
    }
}
