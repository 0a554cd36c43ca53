package org.youthjustice.platform.messaging;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.youthjustice.platform.messaging.InboxTestConsumer.Instruction;
import org.youthjustice.platform.testing.OidcResource;
import org.youthjustice.platform.testing.PostgresResource;
import org.youthjustice.platform.testing.ScramKafkaResource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The prod profile's Kafka settings (platform-messaging's {@code %prod.kafka.*}: SASL_SSL, SCRAM-SHA-512, the cluster
 * CA as a PEM trust store) against a broker that admits nothing else: the relay publishes and a consumer reads, and a
 * wrong password is refused.
 */
@QuarkusTest
@TestProfile(ScramKafkaTest.ProductionKafka.class)
class ScramKafkaTest {

    /** Generous: the machine is shared, and this application is started for this class alone. */
    private static final Duration DELIVERY = Duration.ofSeconds(60);

    /** The broker of the other tests would take any plaintext client: this profile has the SCRAM broker only. */
    public static class ProductionKafka implements QuarkusTestProfile {

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(PostgresResource.class), new TestResourceEntry(OidcResource.class),
                    new TestResourceEntry(ScramKafkaResource.class));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    @Inject
    Outbox outbox;

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "kafka.security.protocol")
    String securityProtocol;

    @Test
    void theRelayPublishesAndTheConsumerReadsAsAScramUserOverTls() {
        var key = "GZ-" + UUID.randomUUID();

        UUID id = QuarkusTransaction.requiringNew().call(() -> outbox.publish(InboxTestConsumer.TOPIC, key,
                InboxTestConsumer.INSTRUCTION, 1, new Instruction("over SASL_SSL", false)));

        assertEquals("SASL_SSL", securityProtocol);
        await().atMost(DELIVERY).until(() -> InboxTestEvents.effects(dataSource, id) == 1);
    }

    @Test
    void aWrongPasswordIsRefused() {
        Map<String, Object> settings = new HashMap<>(
                ScramKafkaResource.clientSettings(ScramKafkaResource.USER, "not-" + ScramKafkaResource.password()));

        try (Admin admin = Admin.create(settings)) {
            ExecutionException refused = assertThrows(ExecutionException.class,
                    () -> admin.describeCluster().nodes().get(30, TimeUnit.SECONDS));

            assertInstanceOf(SaslAuthenticationException.class, refused.getCause());
        }
    }
}
