package org.youthjustice.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SuiteSettingsTest {

    private static final Path ROOT = Path.of("/repo");

    @Test
    void withoutVariablesTheDesignDefaultsApplyAndDataIsUnderDotLocal() {
        SuiteSettings settings = SuiteSettings.fromEnvironment(ROOT, Map.of());

        assertEquals(8080, settings.port(PortSetting.GATEWAY));
        assertEquals(8081, settings.port(PortSetting.CASE_SERVICE));
        assertEquals(8082, settings.port(PortSetting.WORKER_SERVICE));
        assertEquals(8083, settings.port(PortSetting.PROCUREMENT_SERVICE));
        assertEquals(8084, settings.port(PortSetting.NOTIFICATION_SERVICE));
        assertEquals(8180, settings.port(PortSetting.KEYCLOAK));
        assertEquals(9092, settings.port(PortSetting.KAFKA));
        assertEquals(9093, settings.port(PortSetting.KAFKA_CONTROLLER));
        assertEquals(15432, settings.port(PortSetting.POSTGRES));
        assertEquals(3025, settings.port(PortSetting.SMTP));
        assertEquals(8089, settings.port(PortSetting.WEBHOOK_RECEIVER));
        assertEquals(Path.of("/repo/.local"), settings.dataDir());
        assertEquals(Path.of("/repo/.local/mail"), settings.mailDir());
        assertEquals(Path.of("/repo/.local/logs/webhooks.log"), settings.webhookLog());
        assertEquals("http://127.0.0.1:8089/hooks/agency-system", settings.webhookReceiverUrl());
    }

    @Test
    void eachVariableMovesItsPort() {
        SuiteSettings settings = SuiteSettings.fromEnvironment(ROOT, Map.of(
                "YJS_GATEWAY_PORT", "18080", "YJS_KEYCLOAK_PORT", " 18180 ", "YJS_POSTGRES_PORT", "25432",
                "YJS_KAFKA_PORT", "19092", "YJS_KAFKA_CONTROLLER_PORT", "19093"));

        assertEquals(18080, settings.port(PortSetting.GATEWAY));
        assertEquals(18180, settings.port(PortSetting.KEYCLOAK));
        assertEquals(25432, settings.port(PortSetting.POSTGRES));
        assertEquals("127.0.0.1:19092", settings.kafkaBootstrapServers());
        assertEquals(19093, settings.port(PortSetting.KAFKA_CONTROLLER));
        assertEquals(8081, settings.port(PortSetting.CASE_SERVICE));
        assertEquals("http://127.0.0.1:18080", settings.gatewayUrl());
        assertEquals("http://127.0.0.1:18180/realms/youth-justice", settings.realmUrl());
        assertEquals("jdbc:postgresql://127.0.0.1:25432/cases", settings.jdbcUrl("cases"));
    }

    @Test
    void yjsDataDirMovesTheDataDirectory() {
        SuiteSettings settings = SuiteSettings.fromEnvironment(ROOT, Map.of("YJS_DATA_DIR", "/tmp/bench-suite"));

        assertEquals(Path.of("/tmp/bench-suite"), settings.dataDir());
        assertEquals(Path.of("/tmp/bench-suite/logs/kafka.log"), settings.logFile("kafka"));
        assertEquals(Path.of("/repo/.local"), SuiteSettings.fromEnvironment(ROOT, Map.of("YJS_DATA_DIR", " ")).dataDir());
    }

    @Test
    void aValueThatIsNotAPortNamesTheVariable() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> SuiteSettings.fromEnvironment(ROOT, Map.of("YJS_CASE_PORT", "eighty")));

        assertEquals("YJS_CASE_PORT must be a port number (1-65535), was 'eighty'", error.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> SuiteSettings.fromEnvironment(ROOT, Map.of("YJS_CASE_PORT", "70000")));
    }

    @Test
    void twoPartsOnOnePortAreRefusedNamingBothVariables() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> SuiteSettings.fromEnvironment(ROOT, Map.of("YJS_WORKER_PORT", "8080")));

        assertEquals("port 8080 is set for both worker-service (YJS_WORKER_PORT) and gateway (YJS_GATEWAY_PORT)",
                error.getMessage());
    }

    @Test
    void testSettingsUseTheGivenDataDirectoryAndDistinctFreePorts() {
        SuiteSettings settings = SuiteSettings.withFreePorts(ROOT, Path.of("/tmp/suite-under-test"));

        assertEquals(Path.of("/tmp/suite-under-test"), settings.dataDir());
        long distinct = Arrays.stream(PortSetting.values()).mapToInt(settings::port).distinct().count();
        assertEquals(PortSetting.values().length, distinct);
        Arrays.stream(PortSetting.values()).forEach(setting -> assertEquals(true,
                PortCheck.isFree(settings.port(setting)), setting + " should be free"));
    }
}
