package org.youthjustice.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Keycloak from the distribution this module unpacks, in development mode with an in-memory database: the realm is
 * imported from {@code deploy/keycloak/youth-justice-realm.json} at every start (docs/adr/0001).
 */
final class KeycloakServer {

    static final String PART = "keycloak";
    static final String REALM_FILE = "youth-justice-realm.json";
    /** The master realm's administrator of the local Keycloak: a local demo credential. */
    static final String LOCAL_ADMIN = "admin";

    private KeycloakServer() {
    }

    static Path distribution(SuiteSettings settings) {
        return settings.repoRoot().resolve("deploy/local/target/keycloak-" + version());
    }

    static Path realmFile(SuiteSettings settings) {
        return settings.repoRoot().resolve("deploy/keycloak").resolve(REALM_FILE);
    }

    static String readinessUrl(SuiteSettings settings) {
        return settings.realmUrl() + "/.well-known/openid-configuration";
    }

    static List<String> arguments(SuiteSettings settings) {
        return List.of("start-dev", "--db", "dev-mem",
                "--http-host", SuiteSettings.HOST,
                "--http-port", String.valueOf(settings.port(PortSetting.KEYCLOAK)),
                "--hostname", settings.keycloakUrl(),
                "--import-realm");
    }

    static Process start(SuiteSettings settings, LaunchedProcesses processes) {
        Path home = distribution(settings);
        copyRealm(settings, home);
        List<String> command = new ArrayList<>(List.of("bash", home.resolve("bin/kc.sh").toString()));
        command.addAll(arguments(settings));
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile());
        Map<String, String> environment = builder.environment();
        environment.put("JAVA_HOME", JavaRuntime.keycloakHome().toString());
        environment.put("KC_BOOTSTRAP_ADMIN_USERNAME", LOCAL_ADMIN);
        environment.put("KC_BOOTSTRAP_ADMIN_PASSWORD", LOCAL_ADMIN);
        builder.redirectErrorStream(true).redirectOutput(Redirect.to(settings.logFile(PART).toFile()));
        return processes.start(PART, builder);
    }

    private static void copyRealm(SuiteSettings settings, Path home) {
        try {
            Path importDir = Files.createDirectories(home.resolve("data/import"));
            Files.copy(realmFile(settings), importDir.resolve(REALM_FILE), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("could not copy the realm into " + home, e);
        }
    }

    static String version() {
        Properties properties = new Properties();
        try (InputStream in = KeycloakServer.class.getResourceAsStream("local-run.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("local-run.properties is missing from the launcher jar", e);
        }
        return properties.getProperty("keycloak.version");
    }
}
