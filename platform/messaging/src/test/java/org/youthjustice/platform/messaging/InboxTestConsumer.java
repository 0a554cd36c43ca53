package org.youthjustice.platform.messaging;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.youthjustice.platform.correlation.CorrelationId;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.smallrye.common.annotation.Blocking;

/** A consumer as a service writes one: SmallRye delivers the record, the inbox makes handling idempotent. */
@ApplicationScoped
public class InboxTestConsumer implements EventConsumer {

    static final String TOPIC = "inbox-test.v1";
    static final String DEAD_LETTER_TOPIC = "inbox-test.v1.dlq";
    /** The one event type this consumer handles; the topic may carry others. */
    static final String INSTRUCTION = "test.instruction";

    /**
     * What the test events ask the handler to do.
     *
     * @param lock an advisory lock the handler takes with a short lock timeout: while a test holds it, the handler
     *             fails as on a busy database (SQLSTATE 55P03), a failure of the infrastructure
     */
    public record Instruction(String note, boolean fail, Long lock) {
        Instruction(String note, boolean fail) {
            this(note, fail, null);
        }
    }

    private final EventInbox inbox;
    private final DataSource dataSource;
    private final TransactionSynchronizationRegistry transactions;
    private final Map<UUID, AtomicInteger> runs = new ConcurrentHashMap<>();
    private final Map<UUID, String> correlationIds = new ConcurrentHashMap<>();
    /** The span current while the handler ran on each event. */
    private final Map<UUID, SpanContext> spanContexts = new ConcurrentHashMap<>();
    /** The transaction of each event's last run: the one that committed, once it is handled. */
    private final Map<UUID, Object> transactionsOf = new ConcurrentHashMap<>();
    /** Notes the handler refuses, as a bug would, until a test "fixes" it. */
    private final Set<String> refusedNotes = ConcurrentHashMap.newKeySet();

    InboxTestConsumer(EventInbox inbox, DataSource dataSource, TransactionSynchronizationRegistry transactions) {
        this.inbox = inbox;
        this.dataSource = dataSource;
        this.transactions = transactions;
    }

    @Incoming("inbox-test")
    @Blocking
    void onRecords(ConsumerRecords<String, String> records) {
        inbox.processBatch(this, records);
    }

    @Override
    public String channel() {
        return "inbox-test";
    }

    @Override
    public boolean consume(ConsumerRecord<String, String> record) {
        return inbox.process("inbox-test", record, Set.of(INSTRUCTION), this::apply);
    }

    private void apply(EventEnvelope event) {
        runs.computeIfAbsent(event.id(), id -> new AtomicInteger()).incrementAndGet();
        CorrelationId.current().ifPresent(id -> correlationIds.put(event.id(), id));
        spanContexts.put(event.id(), Span.current().getSpanContext());
        transactionsOf.put(event.id(), transactions.getTransactionKey());
        var instruction = event.data(Instruction.class);
        // written first, so that a failure shows whether the inbox rolled the effect back
        try (var connection = dataSource.getConnection();
                var insert = connection.prepareStatement("insert into test_effect (event_id, note) values (?, ?)")) {
            insert.setObject(1, event.id());
            insert.setString(2, instruction.note());
            insert.executeUpdate();
            if (instruction.lock() != null) {
                lock(connection, instruction.lock());
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        if (instruction.fail() || refusedNotes.contains(instruction.note())) {
            throw new IllegalStateException("handler refuses " + instruction.note());
        }
    }

    private static void lock(Connection connection, long lock) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("set local lock_timeout = '100ms'");
        }
        try (var select = connection.prepareStatement("select pg_advisory_xact_lock(?)")) {
            select.setLong(1, lock);
            select.execute();
        }
    }

    void refuse(String note) {
        refusedNotes.add(note);
    }

    void accept(String note) {
        refusedNotes.remove(note);
    }

    int runs(UUID eventId) {
        var count = runs.get(eventId);
        return count == null ? 0 : count.get();
    }

    /** How many transactions the events' last runs took between them. */
    long transactions(Collection<UUID> eventIds) {
        return eventIds.stream().map(transactionsOf::get).distinct().count();
    }

    String correlationId(UUID eventId) {
        return correlationIds.get(eventId);
    }

    SpanContext spanContext(UUID eventId) {
        return spanContexts.get(eventId);
    }
}
