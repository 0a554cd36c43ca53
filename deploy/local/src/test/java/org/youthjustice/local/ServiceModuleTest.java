package org.youthjustice.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ServiceModuleTest {

    private final SuiteSettings settings = SuiteSettings.fromEnvironment(Path.of("/repo"), Map.of());

    @Test
    void aDomainServiceGetsItsPortDatabaseWithTheOwnerRoleForFlywayBrokerAndIssuer() {
        assertEquals(Map.ofEntries(
                        Map.entry("MALLOC_ARENA_MAX", "2"),
                        Map.entry("QUARKUS_HTTP_HOST", "127.0.0.1"),
                        Map.entry("QUARKUS_HTTP_PORT", "8081"),
                        Map.entry("QUARKUS_MANAGEMENT_HOST", "127.0.0.1"),
                        Map.entry("QUARKUS_MANAGEMENT_PORT", "9081"),
                        Map.entry("YJS_OPENAPI_ENABLED", "true"),
                        Map.entry("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:15432/cases"),
                        Map.entry("QUARKUS_DATASOURCE_USERNAME", "case_service"),
                        Map.entry("QUARKUS_DATASOURCE_PASSWORD", "local-demo"),
                        Map.entry("QUARKUS_FLYWAY_USERNAME", "case_service_owner"),
                        Map.entry("QUARKUS_FLYWAY_PASSWORD", "local-demo"),
                        Map.entry("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092"),
                        Map.entry("YJS_IDENTITY_LOCAL_KEY_FILE",
                                settings.dataDir().resolve("identity-keys.properties").toString()),
                        Map.entry("QUARKUS_OIDC_AUTH_SERVER_URL", "http://127.0.0.1:8180/realms/youth-justice"),
                        Map.entry("YJS_VISITS_MISSED_CHECK_EVERY", "10s")),
                ServiceModule.CASE.environment(settings));
        assertEquals("jdbc:postgresql://127.0.0.1:15432/notifications",
                ServiceModule.NOTIFICATION.environment(settings).get("QUARKUS_DATASOURCE_JDBC_URL"));
        assertEquals("procurement_service",
                ServiceModule.PROCUREMENT.environment(settings).get("QUARKUS_DATASOURCE_USERNAME"));
    }

    @Test
    void notificationServiceMailsTheLocalSmtpServerInPlainTextAndMayCallOnlyTheDemoReceiverInternally() {
        SuiteSettings moved = SuiteSettings.fromEnvironment(Path.of("/repo"),
                Map.of("YJS_SMTP_PORT", "13025", "YJS_WEBHOOK_RECEIVER_PORT", "18089"));

        assertEquals(Map.of(
                        "QUARKUS_MAILER_HOST", "127.0.0.1",
                        "QUARKUS_MAILER_PORT", "13025",
                        "QUARKUS_MAILER_START_TLS", "DISABLED",
                        "QUARKUS_MAILER_TLS", "false"),
                only(ServiceModule.NOTIFICATION.environment(moved), "QUARKUS_MAILER_"));
        assertEquals("127.0.0.1:18089",
                ServiceModule.NOTIFICATION.environment(moved).get("YJS_WEBHOOKS_ALLOWED_INTERNAL_HOSTS"));
        assertEquals(Map.of(), only(ServiceModule.WORKER.environment(moved), "QUARKUS_MAILER_"));
    }

    @Test
    void theGatewayGetsItsRoutesWithTheServicesManagementPortsAndIssuerButNoDatabase() {
        assertEquals(Map.of(
                        "MALLOC_ARENA_MAX", "2",
                        "QUARKUS_HTTP_HOST", "127.0.0.1",
                        "QUARKUS_HTTP_PORT", "8080",
                        "QUARKUS_MANAGEMENT_HOST", "127.0.0.1",
                        "QUARKUS_MANAGEMENT_PORT", "9080",
                        "YJS_OPENAPI_ENABLED", "true",
                        "QUARKUS_OIDC_AUTH_SERVER_URL", "http://127.0.0.1:8180/realms/youth-justice"),
                without(ServiceModule.GATEWAY.environment(settings), "GATEWAY_ROUTES_"));
        assertEquals(Map.of(
                        "GATEWAY_ROUTES_CASE_URL", "http://127.0.0.1:8081",
                        "GATEWAY_ROUTES_WORKER_URL", "http://127.0.0.1:8082",
                        "GATEWAY_ROUTES_PROCUREMENT_URL", "http://127.0.0.1:8083",
                        "GATEWAY_ROUTES_NOTIFICATION_URL", "http://127.0.0.1:8084",
                        "GATEWAY_ROUTES_CASE_MANAGEMENT_URL", "http://127.0.0.1:9081",
                        "GATEWAY_ROUTES_WORKER_MANAGEMENT_URL", "http://127.0.0.1:9082",
                        "GATEWAY_ROUTES_PROCUREMENT_MANAGEMENT_URL", "http://127.0.0.1:9083",
                        "GATEWAY_ROUTES_NOTIFICATION_MANAGEMENT_URL", "http://127.0.0.1:9084"),
                only(ServiceModule.GATEWAY.environment(settings), "GATEWAY_ROUTES_"));
    }

    @Test
    void eachServiceRunsItsQuarkusFastJar() {
        assertEquals(Path.of("/repo/worker-service/target/quarkus-app/quarkus-run.jar"),
                ServiceModule.WORKER.jar(Path.of("/repo")));
    }

    private static Map<String, String> only(Map<String, String> environment, String prefix) {
        return environment.entrySet().stream().filter(entry -> entry.getKey().startsWith(prefix))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static Map<String, String> without(Map<String, String> environment, String prefix) {
        return environment.entrySet().stream().filter(entry -> !entry.getKey().startsWith(prefix))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
