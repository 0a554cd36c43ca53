package org.youthjustice.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What a user needs once the suite is up: where everything is, who to log in as, and a first call. */
final class Summary {

    private Summary() {
    }

    static String render(SuiteSettings settings) {
        StringBuilder text = new StringBuilder();
        text.append("\nYouth Justice Support is running.\n\n");
        line(text, "Gateway", settings.gatewayUrl() + "/api");
        for (ServiceModule service : ServiceModule.values()) {
            line(text, service == ServiceModule.CASE ? "Swagger UI" : "",
                    settings.url(service.port()) + "/q/swagger-ui   (" + service.module() + ")");
        }
        line(text, "Health/metrics", settings.url(PortSetting.GATEWAY_MANAGEMENT) + "/q/health, /q/metrics   (gateway; "
                + "each service on its management port: " + String.join(", ", ServiceModule.domainServices().stream()
                        .map(service -> String.valueOf(settings.port(service.managementPort()))).toList()) + ")");
        line(text, "Keycloak", settings.keycloakUrl() + "/admin   (admin console: "
                + KeycloakServer.LOCAL_ADMIN + " / " + KeycloakServer.LOCAL_ADMIN + ", realm " + SuiteSettings.REALM + ")");
        line(text, "Kafka", settings.kafkaBootstrapServers());
        line(text, "PostgreSQL", settings.jdbcUrl("<cases|workers|procurement|notifications>")
                + "   (services run as <service>_service, Flyway migrates as <service>_service_owner; password "
                + ServiceModule.LOCAL_DEMO_DB_PASSWORD + ")");
        line(text, "E-mail", "SMTP " + SuiteSettings.HOST + ":" + settings.port(PortSetting.SMTP)
                + " takes every mail; each one is a file in " + settings.mailDir() + " (any mail reader, or cat)");
        line(text, "Webhooks", "demo partner system " + settings.webhookReceiverUrl() + "; its deliveries in "
                + settings.webhookLog());
        line(text, "Data and logs", settings.dataDir() + "   (logs in " + settings.logDir() + ")");
        text.append("\nDemo users (password ").append(DemoData.DEMO_PASSWORD).append(", client ")
                .append(DemoData.CLI_CLIENT).append("):\n");
        for (DemoUser user : demoUsers(KeycloakServer.realmFile(settings))) {
            text.append(String.format("  %-12s %-20s %s", user.username(), String.join(",", user.roles()),
                    String.join(" ", user.claims())).stripTrailing()).append('\n');
        }
        text.append("\nA first call (get a token, then list the agencies through the gateway):\n")
                .append("  TOKEN=$(curl -s -d grant_type=password -d client_id=").append(DemoData.CLI_CLIENT)
                .append(" -d username=admin.ops -d password=").append(DemoData.DEMO_PASSWORD).append(" \\\n")
                .append("      ").append(settings.tokenUrl())
                .append(" | sed -E 's/.*\"access_token\":\"([^\"]+)\".*/\\1/')\n")
                .append("  curl -H \"Authorization: Bearer $TOKEN\" ").append(settings.gatewayUrl())
                .append("/api/agencies\n");
        return text.toString();
    }

    /** A demo user of the local realm, as the realm file declares it. */
    record DemoUser(String username, List<String> roles, List<String> claims) {
    }

    /** Users with a password in the realm file: the demo users (service accounts have none). */
    static List<DemoUser> demoUsers(Path realmFile) {
        try {
            JsonNode realm = new ObjectMapper().readTree(realmFile.toFile());
            List<DemoUser> users = new ArrayList<>();
            for (JsonNode user : realm.path("users")) {
                if (user.path("credentials").isEmpty()) {
                    continue;
                }
                List<String> roles = new ArrayList<>();
                user.path("realmRoles").forEach(role -> roles.add(role.asText()));
                List<String> claims = new ArrayList<>();
                for (Map.Entry<String, JsonNode> attribute : user.path("attributes").properties()) {
                    claims.add(attribute.getKey() + "=" + attribute.getValue().path(0).asText());
                }
                users.add(new DemoUser(user.path("username").asText(), roles, claims));
            }
            return users;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the realm file " + realmFile, e);
        }
    }

    private static void line(StringBuilder text, String label, String value) {
        text.append(String.format("  %-14s %s%n", label, value));
    }
}
