package org.youthjustice.platform.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import javax.management.ObjectName;
import java.util.Map;

/**
 * A real Kafka broker for {@code @QuarkusTest}s: an {@link EmbeddedKafka} started once per test JVM and
 * stopped when the JVM ends. Sets {@code kafka.bootstrap.servers}, which SmallRye Reactive Messaging and the
 * outbox relay read.
 */
public class KafkaResource implements QuarkusTestResourceLifecycleManager {

    public static final String BOOTSTRAP = "yjs.test.kafka.bootstrap-servers";
    private static final ObjectName CONTROL = JvmWide.name("KafkaBroker");

    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", bootstrapServers());
    }

    @Override
    public void stop() {
        // The broker outlives one application start: the JVM shutdown hook stops it.
    }

    /** The bootstrap servers of the shared broker, starting it if needed (for tests outside Quarkus). */
    public static String bootstrapServers() {
        return JvmWide.once(BOOTSTRAP, () -> {
            EmbeddedKafka kafka = EmbeddedKafka.onFreePorts();
            kafka.start();
            JvmWide.register(CONTROL, new BrokerControl(kafka));
            JvmWide.onShutdown("kafka", kafka::close);
            return kafka.bootstrapServers();
        });
    }

    /** Control of the shared broker, for tests of behaviour during a broker outage. */
    public static Broker broker() {
        bootstrapServers();
        return new Broker();
    }

    /** Takes the shared broker away and brings it back on the same address, with its data. */
    public static final class Broker {

        private Broker() {
        }

        public void stop() {
            JvmWide.invoke(CONTROL, "stop");
        }

        public void start() {
            JvmWide.invoke(CONTROL, "start");
        }
    }
}
