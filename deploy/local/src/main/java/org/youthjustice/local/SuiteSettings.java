package org.youthjustice.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the suite keeps its data and which ports its parts listen on. Every part listens on 127.0.0.1 only.
 *
 * @param repoRoot the repository root: the service jars, the launcher's {@code target/lib}, Keycloak and the realm
 * @param dataDir  PostgreSQL and Kafka data, logs and the run markers
 * @param ports    one port per {@link PortSetting}, all different
 */
public record SuiteSettings(Path repoRoot, Path dataDir, Map<PortSetting, Integer> ports) {

    public static final String HOST = "127.0.0.1";
    public static final String REALM = "youth-justice";

    public SuiteSettings {
        repoRoot = repoRoot.toAbsolutePath().normalize();
        dataDir = dataDir.toAbsolutePath().normalize();
        EnumMap<PortSetting, Integer> copy = new EnumMap<>(PortSetting.class);
        copy.putAll(ports);
        Map<Integer, PortSetting> owners = new HashMap<>();
        for (PortSetting setting : PortSetting.values()) {
            Integer port = copy.get(setting);
            if (port == null) {
                throw new IllegalArgumentException("no port for " + setting.part());
            }
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException(
                        setting.variable() + " must be a port number (1-65535), was " + port);
            }
            PortSetting other = owners.putIfAbsent(port, setting);
            if (other != null) {
                throw new IllegalArgumentException("port " + port + " is set for both " + other.part() + " ("
                        + other.variable() + ") and " + setting.part() + " (" + setting.variable() + ")");
            }
        }
        ports = Collections.unmodifiableMap(copy);
    }

    /** Moves the data directory (e.g. a benchmark's own), relative to the current directory; {@code <root>/.local} without it. */
    public static final String DATA_DIR_VARIABLE = "YJS_DATA_DIR";

    /**
     * The defaults of DESIGN.md §7, each overridden by its {@code YJS_*_PORT} variable; data under {@code <root>/.local}
     * or {@code YJS_DATA_DIR}.
     */
    public static SuiteSettings fromEnvironment(Path repoRoot) {
        return fromEnvironment(repoRoot, System.getenv());
    }

    static SuiteSettings fromEnvironment(Path repoRoot, Map<String, String> environment) {
        Map<PortSetting, Integer> ports = new EnumMap<>(PortSetting.class);
        for (PortSetting setting : PortSetting.values()) {
            String value = environment.get(setting.variable());
            ports.put(setting, value == null || value.isBlank() ? setting.defaultPort() : parsePort(setting, value));
        }
        return new SuiteSettings(repoRoot, dataDirFromEnvironment(repoRoot, environment), ports);
    }

    static Path dataDirFromEnvironment(Path repoRoot, Map<String, String> environment) {
        String dataDir = environment.get(DATA_DIR_VARIABLE);
        return dataDir == null || dataDir.isBlank() ? repoRoot.resolve(".local") : Path.of(dataDir.trim());
    }

    /**
     * Settings for a test run beside a local run: every port free at the time of the call, data in {@code dataDir}.
     */
    public static SuiteSettings withFreePorts(Path repoRoot, Path dataDir) {
        List<ServerSocket> held = new ArrayList<>();
        Map<PortSetting, Integer> ports = new EnumMap<>(PortSetting.class);
        try {
            // all sockets stay open until every port is picked, so that no two parts get the same one
            for (PortSetting setting : PortSetting.values()) {
                ServerSocket socket = new ServerSocket(0);
                held.add(socket);
                ports.put(setting, socket.getLocalPort());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not pick free ports", e);
        } finally {
            held.forEach(SuiteSettings::closeQuietly);
        }
        return new SuiteSettings(repoRoot, dataDir, ports);
    }

    public int port(PortSetting setting) {
        return ports.get(setting);
    }

    public String url(PortSetting setting) {
        return "http://" + HOST + ":" + port(setting);
    }

    public String gatewayUrl() {
        return url(PortSetting.GATEWAY);
    }

    public String keycloakUrl() {
        return url(PortSetting.KEYCLOAK);
    }

    /** The issuer of every token: services use it as {@code quarkus.oidc.auth-server-url}. */
    public String realmUrl() {
        return keycloakUrl() + "/realms/" + REALM;
    }

    public String tokenUrl() {
        return realmUrl() + "/protocol/openid-connect/token";
    }

    public String kafkaBootstrapServers() {
        return HOST + ":" + port(PortSetting.KAFKA);
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + HOST + ":" + port(PortSetting.POSTGRES) + "/" + database;
    }

    /** Local development keys of identity encryption, generated by the first service that needs them. */
    public Path identityKeyFile() {
        return dataDir.resolve("identity-keys.properties");
    }

    public Path logDir() {
        return dataDir.resolve("logs");
    }

    public Path logFile(String part) {
        return logDir().resolve(part + ".log");
    }

    /** Every e-mail the local SMTP server received, one {@code <received-at>-<to>.eml} file each. */
    public Path mailDir() {
        return dataDir.resolve("mail");
    }

    /** One line per webhook delivery the demo partner system received. */
    public Path webhookLog() {
        return logFile("webhooks");
    }

    /** The demo webhook's signing secret, kept from its registration: the service shows it only then. */
    public Path webhookSecretFile() {
        return dataDir.resolve("config/webhook-secret");
    }

    /** Where the demo partner system takes notification-service's webhooks. */
    public String webhookReceiverUrl() {
        return url(PortSetting.WEBHOOK_RECEIVER) + DemoWebhookReceiver.PATH;
    }

    /** The runtime classpath copied by this module's build: Kafka runs from it. */
    public Path launcherLibDir() {
        return repoRoot.resolve("deploy/local/target/lib");
    }

    private static int parsePort(PortSetting setting, String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    setting.variable() + " must be a port number (1-65535), was '" + value + "'");
        }
    }

    private static void closeQuietly(ServerSocket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // nothing listens on it yet, so there is nothing to release
        }
    }
}
