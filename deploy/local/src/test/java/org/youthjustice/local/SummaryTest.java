package org.youthjustice.local;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SummaryTest {

    private final Path repoRoot = Path.of(System.getProperty("basedir", ".")).resolve("../..").normalize();
    private final String summary = Summary.render(SuiteSettings.fromEnvironment(repoRoot,
            Map.of("YJS_GATEWAY_PORT", "18080")));

    @Test
    void itShowsWhereEverythingIs() {
        assertTrue(summary.contains("http://127.0.0.1:18080/api"), summary);
        assertTrue(summary.contains("http://127.0.0.1:8081/q/swagger-ui   (case-service)"), summary);
        assertTrue(summary.contains("http://127.0.0.1:8180/admin   (admin console: admin / admin"), summary);
        assertTrue(summary.contains("http://127.0.0.1:9080/q/health, /q/metrics   (gateway; each service on its "
                + "management port: 9081, 9082, 9083, 9084)"), summary);
    }

    @Test
    void itSaysWhereToReadTheMailsAndTheWebhookDeliveries() {
        assertTrue(summary.contains("SMTP 127.0.0.1:3025 takes every mail; each one is a file in "
                + repoRoot.toAbsolutePath().normalize().resolve(".local/mail")), summary);
        assertTrue(summary.contains("demo partner system http://127.0.0.1:8089/hooks/agency-system; its deliveries in "
                + repoRoot.toAbsolutePath().normalize().resolve(".local/logs/webhooks.log")), summary);
    }

    @Test
    void itListsTheDemoUsersOfTheRealmWithTheirRoles() {
        assertTrue(summary.contains("sw.li        social-worker        worker_id=W0001 agency_id=52440100MJL123454L"),
                summary);
        assertTrue(summary.contains("admin.ops    admin"), summary);
        assertTrue(!summary.contains("service-account-"), summary);
    }

    @Test
    void theFirstCallGetsATokenAndListsTheAgenciesThroughTheGateway() {
        assertTrue(summary.contains("-d client_id=cli -d username=admin.ops -d password=demo"), summary);
        assertTrue(summary.contains("http://127.0.0.1:8180/realms/youth-justice/protocol/openid-connect/token"), summary);
        assertTrue(summary.contains("curl -H \"Authorization: Bearer $TOKEN\" http://127.0.0.1:18080/api/agencies"),
                summary);
    }
}
