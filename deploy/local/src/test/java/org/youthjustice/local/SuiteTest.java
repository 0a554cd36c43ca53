package org.youthjustice.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the suite does before it starts anything; the full start is exercised by system-tests. */
class SuiteTest {

    @TempDir
    Path root;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    @Test
    void aTakenPortIsNamedWithItsPartAndVariableAndNothingIsStarted() throws IOException {
        pretendBuilt();
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress("127.0.0.1", 0));
            SuiteSettings settings = settingsWithGatewayOn(taken.getLocalPort());

            SuiteStartException error = assertThrows(SuiteStartException.class, () -> Suite.launch(settings, out));

            assertEquals("port " + taken.getLocalPort() + " (gateway) is in use: set YJS_GATEWAY_PORT to a free port",
                    error.getMessage());
            assertEquals(0, ProcessHandle.current().children().count(), "no process may be left running");
            assertFalse(Files.exists(settings.dataDir().resolve("postgres")), "PostgreSQL must not have started");
        }
    }

    @Test
    void whatIsNotBuiltIsListedWithTheBuildCommand() {
        SuiteSettings settings = SuiteSettings.withFreePorts(root, root.resolve(".local"));

        SuiteStartException error = assertThrows(SuiteStartException.class, () -> Suite.launch(settings, out));

        assertTrue(error.getMessage().startsWith("not built yet: case-service/target/quarkus-app/quarkus-run.jar"),
                error.getMessage());
        assertTrue(error.getMessage().contains("gateway/target/quarkus-app/quarkus-run.jar"), error.getMessage());
        assertTrue(error.getMessage().endsWith("build with ./mvnw -B install -DskipTests (deploy/local/run does it for you)"),
                error.getMessage());
        assertEquals(0, ProcessHandle.current().children().count());
    }

    @Test
    void aSuiteClosedBeforeItStartedStartsNothing() {
        Suite suite = new Suite(SuiteSettings.withFreePorts(root, root.resolve(".local")), out);
        suite.close();

        assertThrows(IllegalStateException.class, suite::start);
        assertEquals(0, ProcessHandle.current().children().count());
    }

    @Test
    void beforeItStartsNoPartRunsAndNoDatabaseRefusesAnyone() {
        Suite suite = new Suite(SuiteSettings.withFreePorts(root, root.resolve(".local")), out);

        assertFalse(suite.postgres().isRunning());
        assertFalse(suite.kafka().isRunning());
        assertEquals(List.of(), suite.service(ServiceModule.GATEWAY).pids());
        assertThrows(IllegalStateException.class, () -> suite.service(ServiceModule.CASE).kill());
        assertThrows(IllegalStateException.class, () -> suite.refuseDatabaseLogins(ServiceModule.WORKER));
        assertThrows(IllegalArgumentException.class, () -> suite.refuseDatabaseLogins(ServiceModule.GATEWAY),
                "the gateway has no database");
        suite.close();
    }

    private SuiteSettings settingsWithGatewayOn(int port) {
        SuiteSettings free = SuiteSettings.withFreePorts(root, root.resolve(".local"));
        Map<PortSetting, Integer> ports = new EnumMap<>(free.ports());
        ports.values().remove(port);
        ports.put(PortSetting.GATEWAY, port);
        if (ports.size() < PortSetting.values().length) {
            throw new IllegalStateException("the taken port was also picked as a free one");
        }
        return new SuiteSettings(root, root.resolve(".local"), ports);
    }

    private void pretendBuilt() throws IOException {
        for (ServiceModule service : ServiceModule.values()) {
            touch(service.jar(root));
        }
        Files.createDirectories(root.resolve("deploy/local/target/lib"));
        touch(root.resolve("deploy/local/target/keycloak-" + KeycloakServer.version() + "/bin/kc.sh"));
        touch(root.resolve("deploy/keycloak/youth-justice-realm.json"));
    }

    private static void touch(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.createFile(file);
    }
}
