package org.youthjustice.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class KafkaBrokerTest {

    private final SuiteSettings settings = SuiteSettings.fromEnvironment(Path.of("/repo"),
            Map.of("YJS_KAFKA_PORT", "19092", "YJS_KAFKA_CONTROLLER_PORT", "19093"));
    private final Properties properties = KafkaBroker.serverProperties(settings);

    @Test
    void oneNodeIsBrokerAndControllerOnLoopbackOnly() {
        assertEquals("broker,controller", properties.getProperty("process.roles"));
        assertEquals("1", properties.getProperty("node.id"));
        assertEquals("1@127.0.0.1:19093", properties.getProperty("controller.quorum.voters"));
        assertEquals("PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093", properties.getProperty("listeners"));
        assertEquals("PLAINTEXT://127.0.0.1:19092", properties.getProperty("advertised.listeners"));
        assertEquals("CONTROLLER", properties.getProperty("controller.listener.names"));
    }

    @Test
    void internalTopicsNeedNoMoreReplicasThanTheOneBroker() {
        assertEquals("1", properties.getProperty("offsets.topic.replication.factor"));
        assertEquals("1", properties.getProperty("transaction.state.log.replication.factor"));
        assertEquals("1", properties.getProperty("transaction.state.log.min.isr"));
        assertEquals("1", properties.getProperty("share.coordinator.state.topic.replication.factor"));
        assertEquals("1", properties.getProperty("share.coordinator.state.topic.min.isr"));
    }

    @Test
    void theLogIsKeptUnderTheDataDirectory() {
        assertEquals("/repo/.local/kafka", properties.getProperty("log.dirs"));
    }

    @Test
    void topicsThatCannotBeCreatedFailTheStartWithinItsDeadline() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        SuiteSettings unreachable = SuiteSettings.fromEnvironment(Path.of("/repo"),
                Map.of("YJS_KAFKA_PORT", String.valueOf(closed)));

        SuiteStartException refused = assertThrows(SuiteStartException.class,
                () -> KafkaBroker.createTopics(unreachable));
        assertTrue(refused.getMessage().contains("notifications.v1"), refused.getMessage());
    }
}
