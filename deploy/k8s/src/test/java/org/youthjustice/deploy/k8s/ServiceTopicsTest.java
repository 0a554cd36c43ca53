package org.youthjustice.deploy.k8s;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The topics are read from the services' code, so a new topic there without a KafkaTopic fails the build. */
class ServiceTopicsTest {

    private static final Path REPOSITORY = Path.of(System.getProperty("repository.root", "../.."))
            .toAbsolutePath().normalize();

    @Test
    void readsPublishedConsumedAndDeadLetterTopicsOfEveryService() {
        Map<String, ServiceTopics> services = ServiceTopics.scan(REPOSITORY).stream()
                .collect(Collectors.toMap(ServiceTopics::app, s -> s));

        assertThat(services.get("case-service").published()).containsExactly("cases.v1");
        assertThat(services.get("case-service").consumed()).containsExactly("workers.v1");
        assertThat(services.get("case-service").writes()).containsExactly("cases.v1", "workers.v1.dlq");
        assertThat(services.get("notification-service").writes()).containsExactly("cases.v1.dlq",
                "contracts.v1.dlq", "notifications.v1", "workers.v1.dlq");
        assertThat(services.get("gateway").all()).isEmpty();
        // the platform's test topics (inbox-test.v1) are test resources, not a service's
        assertThat(services.values().stream().flatMap(s -> s.all().stream()).collect(Collectors.toSet()))
                .isEqualTo(Set.of("cases.v1", "workers.v1", "contracts.v1", "notifications.v1", "cases.v1.dlq",
                        "workers.v1.dlq", "contracts.v1.dlq"));
    }

    @Test
    void profiledAndOutgoingTopicsCountToo(@TempDir Path repository) throws IOException {
        Path service = repository.resolve("example-service");
        Files.createDirectories(service.resolve("src/main/resources"));
        Files.writeString(service.resolve("src/main/resources/application.properties"), """
                %prod.mp.messaging.incoming.orders.topic=orders.v1
                %prod.mp.messaging.incoming.orders.dead-letter-queue.topic=orders.v1.dlq
                mp.messaging.outgoing.audit.topic=audit.v1
                """);
        Path out = service.resolve("src/main/java/org/example/messaging/out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("ExampleEvents.java"),
                "class ExampleEvents { static final String TOPIC = \"examples.v1\"; }");
        Files.createDirectories(repository.resolve("docs"));

        assertThat(ServiceTopics.scan(repository)).containsExactly(new ServiceTopics("example-service",
                Set.of("audit.v1", "examples.v1"), Set.of("orders.v1"), Set.of("orders.v1.dlq")));
    }
}
