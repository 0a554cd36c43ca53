package org.youthjustice.platform.messaging;

import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.youthjustice.platform.correlation.CorrelationId;

import io.smallrye.common.annotation.Blocking;

/** A consumer as a service writes one: SmallRye delivers the record, the inbox makes handling idempotent. */
@ApplicationScoped
public class InboxTestConsumer {

    static final String TOPIC = "inbox-test.v1";
    static final String DEAD_LETTER_TOPIC = "inbox-test.v1.dlq";
    /** The one event type this consumer handles; the topic may carry others. */
    static final String INSTRUCTION = "test.instruction";

    /** What the test events ask the handler to do. */
    public record Instruction(String note, boolean fail) {
    }

    private final EventInbox inbox;
    private final DataSource dataSource;
    private final Map<UUID, AtomicInteger> runs = new ConcurrentHashMap<>();
    private final Map<UUID, String> correlationIds = new ConcurrentHashMap<>();

    InboxTestConsumer(EventInbox inbox, DataSource dataSource) {
        this.inbox = inbox;
        this.dataSource = dataSource;
    }

    @Incoming("inbox-test")
    @Blocking
    void consume(ConsumerRecord<String, String> record) {
        inbox.process("inbox-test", record, Set.of(INSTRUCTION), this::apply);
    }

    private void apply(EventEnvelope event) {
        runs.computeIfAbsent(event.id(), id -> new AtomicInteger()).incrementAndGet();
        CorrelationId.current().ifPresent(id -> correlationIds.put(event.id(), id));
        var instruction = event.data(Instruction.class);
        // written first, so that a failure shows whether the inbox rolled the effect back
        try (var connection = dataSource.getConnection();
                var insert = connection.prepareStatement("insert into test_effect (event_id, note) values (?, ?)")) {
            insert.setObject(1, event.id());
            insert.setString(2, instruction.note());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        if (instruction.fail()) {
            throw new IllegalStateException("handler refuses " + instruction.note());
        }
    }

    int runs(UUID eventId) {
        var count = runs.get(eventId);
        return count == null ? 0 : count.get();
    }

    String correlationId(UUID eventId) {
        return correlationIds.get(eventId);
    }
}
