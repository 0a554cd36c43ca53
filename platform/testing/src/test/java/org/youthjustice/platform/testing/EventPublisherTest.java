package org.youthjustice.platform.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What a consumer under test receives: the relay's record, and for a redelivery the very same record twice. */
class EventPublisherTest {

    private static final String TOPIC = "publisher-test.v1";

    @Test
    void aRedeliveryIsTheSameRecordTwiceWithTheHeadersOfTheRelay() throws Exception {
        String key = "W" + UUID.randomUUID();
        ObjectNode event = new ObjectMapper().createObjectNode().put("id", UUID.randomUUID().toString())
                .put("type", "worker.posted").put("correlationid", "corr-1");
        event.putObject("data").put("workerId", key);

        try (EventPublisher publisher = EventPublisher.to(TOPIC); TopicRecords topic = TopicRecords.of(TOPIC)) {
            publisher.publishTwice(key, event);
            topic.await(r -> key.equals(r.key()));
            List<ConsumerRecord<String, String>> received = topic.all(r -> key.equals(r.key()), Duration.ofSeconds(1));

            assertEquals(2, received.size());
            for (ConsumerRecord<String, String> record : received) {
                assertEquals(event, new ObjectMapper().readTree(record.value()));
                assertEquals("application/cloudevents+json", header(record, "content-type"));
                assertEquals("worker.posted", header(record, "ce_type"));
                assertEquals("corr-1", header(record, "correlation_id"));
            }
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
